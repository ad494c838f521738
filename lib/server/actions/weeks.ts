"use server";
// The intern's changes to a week, as the week page's editors send them. Each one: the session, the
// shared schema and the data layer (runAction), then the pages that show the week are refreshed.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { dayRefSchema, daySchema, moveDaySchema, newWeekSchema, weekItemsSchema } from "@/lib/schemas/week";
import { serverAction } from "../action";
import { submitWeek } from "../data/reviews";
import { createWeek } from "../data/create-week";
import { moveDay, removeDay, saveDay } from "../data/days";
import { saveWeekItems } from "../data/week-items";

/** The week's own page and the dashboard that lists it. */
function refreshWeek({ weekId }: { weekId: string }) {
  revalidatePath(`/weeks/${weekId}`);
  revalidatePath("/");
}

export const saveWeekItemsAction = serverAction(weekItemsSchema, saveWeekItems, refreshWeek);
export const saveDayAction = serverAction(daySchema, saveDay, refreshWeek);
export const removeDayAction = serverAction(dayRefSchema, removeDay, refreshWeek);
export const moveDayAction = serverAction(moveDaySchema, moveDay, refreshWeek);

const weekRef = z.object({ weekId: z.uuid({ error: "This week no longer exists." }) });

export const submitWeekAction = serverAction(weekRef, (viewer, { weekId }) => submitWeek(viewer, weekId), refreshWeek);

/** A new week, then its page (the form also works before the page is interactive). */
export const createWeekAction = serverAction(newWeekSchema, createWeek, (_input, { weekId }) => {
  redirect(`/weeks/${weekId}`);
});
