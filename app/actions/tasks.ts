"use server";

import { runAction } from "@/lib/server/action";
import { setTaskDone } from "@/lib/server/data/tasks";
import { tickTaskSchema } from "@/lib/schemas/week";

/**
 * Ticks or unticks one task: sets the state given (a retry is harmless). Answers with the task's
 * state and its week's and day's counts, which the page shows at once (components/live-progress.tsx),
 * rather than revalidating: in Next.js a revalidation renders the whole page again into the action's
 * answer, which cost more than the tick itself (docs/PERFORMANCE.md).
 */
export async function tickTask(input: { taskId: string; done: boolean }) {
  return runAction(tickTaskSchema, input, (viewer, data) => setTaskDone(viewer, data));
}
