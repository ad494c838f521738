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
    const day = isUuid(input.taskId)
      ? await tx.day.findFirst({
          where: { tasks: { some: { id: input.taskId } }, week: weeksVisibleTo(viewer) },
          select: { weekId: true },
        })
      : null;
    if (!day) throw new NotFoundError("This task");
    const week = await lockEditableWeek(tx, viewer, day.weekId);
    const doneAt = input.done ? new Date() : null;
    // Only when it is not in that state already: a retried request changes nothing and leaves no trail.
    const { count } = await tx.task.updateMany({ where: { id: input.taskId, done: !input.done }, data: { done: input.done, doneAt } });
    if (count === 0) {
      const current = await tx.task.findUniqueOrThrow({ where: { id: input.taskId }, select: { done: true, doneAt: true } });
      return { weekId: week.id, done: current.done, doneAt: current.doneAt?.toISOString() ?? null };
    }
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: input.done ? "task.ticked" : "task.unticked",
      entity: "task",
      entityId: input.taskId,
    });
    return { weekId: week.id, done: input.done, doneAt: doneAt?.toISOString() ?? null };
  });
}
