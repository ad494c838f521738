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
  const result = await runAction(weekItemsSchema, input, async (data) => saveWeekItems(await viewer(), data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function saveDayAction(input: z.input<typeof daySchema>) {
  const result = await runAction(daySchema, input, async (data) => saveDay(await viewer(), data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function removeDayAction(input: z.input<typeof dayRefSchema>) {
  const result = await runAction(dayRefSchema, input, async (data) => removeDay(await viewer(), data));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function moveDayAction(input: z.input<typeof moveDaySchema>) {
  const result = await runAction(moveDaySchema, input, async (data) => moveDay(await viewer(), data));
  if (result.ok) refresh(input.weekId);
  return result;
}

const weekRef = z.object({ weekId: z.uuid({ error: "This week no longer exists." }) });

export async function submitWeekAction(input: { weekId: string }) {
  const result = await runAction(weekRef, input, async (data) => submitWeek(await viewer(), data.weekId));
  if (result.ok) refresh(input.weekId);
  return result;
}

export async function decideWeekAction(input: z.input<typeof reviewDecisionSchema>) {
  const result = await runAction(reviewDecisionSchema, input, async (data) => decideWeek(await viewer(), data));
  if (result.ok) {
    refresh(input.weekId);
    revalidatePath("/cohorts", "layout");
    revalidatePath("/reviews");
  }
  return result;
}

export async function addCommentAction(input: z.input<typeof reviewCommentSchema>) {
  const result = await runAction(reviewCommentSchema, input, async (data) => addReviewComment(await viewer(), data));
  if (result.ok) refresh(input.weekId);
  return result;
}
