"use server";
import { tickTaskSchema } from "@/lib/schemas/week";
import { serverAction } from "../action";
import { setTaskDone } from "../data/tasks";

/**
 * Ticks or unticks one task: sets the state given (a retry is harmless). Answers with the task's
 * state and its week's and day's counts, which the page shows at once (components/live-progress.tsx),
 * rather than revalidating: in Next.js a revalidation renders the whole page again into the action's
 * answer, which cost more than the tick itself (docs/PERFORMANCE.md).
 */
export const tickTaskAction = serverAction(tickTaskSchema, setTaskDone);
