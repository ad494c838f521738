"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/lib/server/action";
import { createWeek } from "@/lib/server/data/week-editing";
import type { ActionResult } from "@/lib/schemas/action-result";
import { newWeekSchema } from "@/lib/schemas/week";

export async function createWeekAction(_previous: ActionResult<{ weekId: string }> | null, formData: FormData) {
  const result = await runAction(newWeekSchema, Object.fromEntries(formData), (viewer, data) =>
    createWeek(viewer, data),
  );
  if (result.ok && result.data) redirect(`/weeks/${result.data.weekId}`);
  return result;
}
