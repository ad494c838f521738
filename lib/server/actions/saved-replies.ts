"use server";
// A reviewer's saved replies: add, change, remove, move up or down.
import { revalidatePath } from "next/cache";
import {
  savedReplyCreateSchema,
  savedReplyMoveSchema,
  savedReplyRefSchema,
  savedReplyUpdateSchema,
} from "@/lib/schemas/review";
import { serverAction } from "../action";
import { createSavedReply, deleteSavedReply, moveSavedReply, updateSavedReply } from "../data/saved-replies";

// Every review comment field offers them: the pages that have one read them again.
function refresh() {
  revalidatePath("/reviews", "layout");
  revalidatePath("/weeks", "layout");
  revalidatePath("/cohorts", "layout");
}

export const createSavedReplyAction = serverAction(savedReplyCreateSchema, createSavedReply, refresh);
export const updateSavedReplyAction = serverAction(savedReplyUpdateSchema, updateSavedReply, refresh);
export const deleteSavedReplyAction = serverAction(savedReplyRefSchema, deleteSavedReply, refresh);
export const moveSavedReplyAction = serverAction(savedReplyMoveSchema, moveSavedReply, refresh);
