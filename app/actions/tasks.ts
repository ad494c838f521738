"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { requireRole } from "@/lib/server/data/session";
import { setTaskDone } from "@/lib/server/data/tasks";
import { tickTaskSchema } from "@/lib/schemas/week";

/** Ticks or unticks one task: sets the state given (a retry is harmless). */
export async function tickTask(input: { taskId: string; done: boolean }) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const result = await runAction(tickTaskSchema, input, (data) => setTaskDone(viewer, data));
  if (result.ok && result.data) {
    // The pages that show this tick: the dashboard and the week.
    revalidatePath("/");
    revalidatePath(`/weeks/${result.data.weekId}`);
  }
  return result;
}
