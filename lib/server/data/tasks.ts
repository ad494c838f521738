import "server-only";
import type { Counts, TickResult } from "@/lib/worklog/progress";
import { db } from "../db";
import { assertRole, isUuid, lockEditableWeek, weeksVisibleTo } from "./access";
import { audit } from "./audit";
import { NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

/**
 * Sets a task done or not done (the state given, not a toggle, so a retried request is harmless),
 * records when, and writes the audit trail. Answers with the task's state and its week's and day's
 * task counts after the change, so that the page can show them without being rendered again.
 */
export async function setTaskDone(viewer: Viewer, input: { taskId: string; done: boolean }): Promise<TickResult> {
  assertRole(viewer);
  const result = await db.$transaction(async (tx) => {
    const day = isUuid(input.taskId)
      ? await tx.day.findFirst({
          where: { tasks: { some: { id: input.taskId } }, week: weeksVisibleTo(viewer) },
          select: { id: true, weekId: true },
        })
      : null;
    if (!day) throw new NotFoundError("task");
    const week = await lockEditableWeek(tx, viewer, day.weekId);
    const doneAt = input.done ? new Date() : null;
    // Only when it is not in that state already: a retried request changes nothing and leaves no trail.
    const { count } = await tx.task.updateMany({
      where: { id: input.taskId, done: !input.done },
      data: { done: input.done, doneAt },
    });
    if (count > 0) {
      await audit(tx, {
        actorId: viewer.id,
        weekId: week.id,
        action: input.done ? "task.ticked" : "task.unticked",
        entityId: input.taskId,
      });
    }
    // The week's counts are kept by triggers on tasks (migration week_task_counters), already up to date here.
    const [state] = await tx.$queryRaw<
      {
        done: boolean;
        done_at: Date | null;
        week_done: number;
        week_total: number;
        day_done: number;
        day_total: number;
      }[]
    >`
      SELECT t.done, t.done_at, w.done_count AS week_done, w.task_count AS week_total,
             (SELECT count(*) FILTER (WHERE d.done) FROM tasks d WHERE d.day_id = t.day_id)::int AS day_done,
             (SELECT count(*) FROM tasks d WHERE d.day_id = t.day_id)::int AS day_total
      FROM tasks t JOIN weeks w ON w.id = ${week.id}::uuid
      WHERE t.id = ${input.taskId}::uuid`;
    if (!state) throw new NotFoundError("task");
    const counts = (done: number, total: number): Counts => ({ done, total });
    return {
      taskId: input.taskId,
      weekId: week.id,
      dayId: day.id,
      done: state.done,
      doneAt: state.done_at?.toISOString() ?? null,
      week: counts(state.week_done, state.week_total),
      day: counts(state.day_done, state.day_total),
    };
  });
  // Taken once the change is committed: a page rendered before this instant does not show it yet.
  return { ...result, at: Date.now() };
}
