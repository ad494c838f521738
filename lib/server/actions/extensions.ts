"use server";
// A reviewer extends a week's deadline, or removes the extension.
import { revalidatePath } from "next/cache";
import { extendWeekSchema, removeExtensionSchema } from "@/lib/schemas/extension";
import { serverAction } from "../action";
import { extendWeek, removeExtension } from "../data/extensions";

function refresh({ weekId }: { weekId: string }) {
  revalidatePath(`/weeks/${weekId}`);
  revalidatePath("/");
  revalidatePath("/cohorts", "layout");
  revalidatePath("/program");
}

export const extendWeekAction = serverAction(extendWeekSchema, extendWeek, refresh);

export const removeExtensionAction = serverAction(removeExtensionSchema, removeExtension, refresh);
