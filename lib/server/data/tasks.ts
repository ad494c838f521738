import "server-only";
import { db } from "../db";
import { isUuid, weeksVisibleTo } from "./access";
import { audit } from "./audit";
import { NotFoundError } from "./errors";
import { lockEditableWeek } from "./week-editing";
import type { Viewer } from "./viewer";

/**
 * Sets a task done or not done (the state given, not a toggle, so a retried request is harmless),
 * records when, and writes the audit trail.
 */
export async function setTaskDone(
  viewer: Viewer,
  input: { taskId: string; done: boolean },
): Promise<{ weekId: string; done: boolean; doneAt: string | null }> {
  return db.$transaction(async (tx) => {
    const task = isUuid(input.taskId)
      ? await tx.task.findFirst({
          where: { id: input.taskId, day: { week: weeksVisibleTo(viewer) } },
          select: { id: true, day: { select: { weekId: true } } },
        })
      : null;
    if (!task) throw new NotFoundError("This task");
    const week = await lockEditableWeek(tx, viewer, task.day.weekId);
    const current = await tx.task.findUniqueOrThrow({ where: { id: task.id }, select: { done: true, doneAt: true } });
    if (current.done === input.done) return { weekId: week.id, done: current.done, doneAt: current.doneAt?.toISOString() ?? null };
    const doneAt = input.done ? new Date() : null;
    await tx.task.update({ where: { id: task.id }, data: { done: input.done, doneAt } });
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: input.done ? "task.ticked" : "task.unticked",
      entity: "task",
      entityId: task.id,
    });
    return { weekId: week.id, done: input.done, doneAt: doneAt?.toISOString() ?? null };
  });
}
