"use server";
// Conversations on a week: a reply in a thread, a thread resolved or reopened.
import { revalidatePath } from "next/cache";
import { replySchema, resolveThreadSchema } from "@/lib/schemas/threads";
import { serverAction } from "../action";
import { replyToComment, resolveThread } from "../data/threads";

function refresh(_input: unknown, { weekId }: { weekId: string }) {
  revalidatePath(`/weeks/${weekId}`);
  revalidatePath("/reviews");
}

export const replyAction = serverAction(replySchema, replyToComment, refresh);

export const resolveThreadAction = serverAction(resolveThreadSchema, resolveThread, refresh);
