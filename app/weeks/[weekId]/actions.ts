"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/server/action";
import { addReviewComment, decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { requireRole } from "@/lib/server/data/session";
import { moveDay, removeDay, saveDay, saveWeekItems } from "@/lib/server/data/week-editing";
import {
  dayRefSchema,
  daySchema,
  moveDaySchema,
  reviewCommentSchema,
  reviewDecisionSchema,
  weekItemsSchema,
} from "@/lib/schemas/week";

const viewer = () => requireRole("INTERN", "MENTOR", "ADMIN");

function refresh(weekId: string) {
  revalidatePath(`/weeks/${weekId}`);
  revalidatePath("/");
}

export async function saveWeekItemsAction(input: z.input<typeof weekItemsSchema>) {
  const v = await viewer();
  const result = await runAction(weekItemsSchema, input, (data) => saveWeekItems(v, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function saveDayAction(input: z.input<typeof daySchema>) {
  const v = await viewer();
  const result = await runAction(daySchema, input, (data) => saveDay(v, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function removeDayAction(input: z.input<typeof dayRefSchema>) {
  const v = await viewer();
  const result = await runAction(dayRefSchema, input, (data) => removeDay(v, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function moveDayAction(input: z.input<typeof moveDaySchema>) {
  const v = await viewer();
  const result = await runAction(moveDaySchema, input, (data) => moveDay(v, data));
  if (result.ok) refresh(input.weekId);
  return result;
}

const weekRef = z.object({ weekId: z.uuid({ error: "This week no longer exists." }) });

export async function submitWeekAction(input: { weekId: string }) {
  const v = await viewer();
  const result = await runAction(weekRef, input, (data) => submitWeek(v, data.weekId));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function decideWeekAction(input: z.input<typeof reviewDecisionSchema>) {
  const v = await viewer();
  const result = await runAction(reviewDecisionSchema, input, (data) => decideWeek(v, data));
  if (result.ok) {
    refresh(input.weekId);
    revalidatePath("/cohorts", "layout");
    revalidatePath("/reviews");
  }
  return result;
}

export async function addCommentAction(input: z.input<typeof reviewCommentSchema>) {
  const v = await viewer();
  const result = await runAction(reviewCommentSchema, input, (data) => addReviewComment(v, data));
  if (result.ok) refresh(input.weekId);
  return result;
}
