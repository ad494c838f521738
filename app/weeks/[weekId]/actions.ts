"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/server/action";
import { addReviewComment, decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { moveDay, removeDay, saveDay, saveWeekItems } from "@/lib/server/data/week-editing";
import {
  dayRefSchema,
  daySchema,
  moveDaySchema,
  reviewCommentSchema,
  reviewDecisionSchema,
  weekItemsSchema,
} from "@/lib/schemas/week";

function refresh(weekId: string) {
  revalidatePath(`/weeks/${weekId}`);
  revalidatePath("/");
}

export async function saveWeekItemsAction(input: z.input<typeof weekItemsSchema>) {
  const result = await runAction(weekItemsSchema, input, (viewer, data) => saveWeekItems(viewer, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function saveDayAction(input: z.input<typeof daySchema>) {
  const result = await runAction(daySchema, input, (viewer, data) => saveDay(viewer, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function removeDayAction(input: z.input<typeof dayRefSchema>) {
  const result = await runAction(dayRefSchema, input, (viewer, data) => removeDay(viewer, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function moveDayAction(input: z.input<typeof moveDaySchema>) {
  const result = await runAction(moveDaySchema, input, (viewer, data) => moveDay(viewer, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

const weekRef = z.object({ weekId: z.uuid({ error: "This week no longer exists." }) });

export async function submitWeekAction(input: { weekId: string }) {
  const result = await runAction(weekRef, input, (viewer, data) => submitWeek(viewer, data.weekId));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function decideWeekAction(input: z.input<typeof reviewDecisionSchema>) {
  const result = await runAction(reviewDecisionSchema, input, (viewer, data) => decideWeek(viewer, data));
  if (result.ok) {
    refresh(input.weekId);
    revalidatePath("/cohorts", "layout");
    revalidatePath("/reviews");
  }
  return result;
}

export async function addCommentAction(input: z.input<typeof reviewCommentSchema>) {
  const result = await runAction(reviewCommentSchema, input, (viewer, data) => addReviewComment(viewer, data));
  if (result.ok) refresh(input.weekId);
  return result;
}
