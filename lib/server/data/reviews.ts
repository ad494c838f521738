import { say } from "@/lib/i18n/said";
import "server-only";
// The review loop: the intern hands a week in, a mentor (or an admin) approves it or returns it
// with changes requested, and comments on it. Who may make which move is lib/worklog/status.ts's.
import { canReview } from "@/lib/worklog/status";
import { db } from "../db";
import { assertCanTransition, assertRole, findVisibleWeek, lockVisibleWeek } from "./access";
import { notifyWeekEvent } from "./notifications/write";
import { moveEditVersions } from "./week-content";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

/** The intern hands a draft (or a returned week) to their mentor: draft → submitted. */
export async function submitWeek(viewer: Viewer, weekId: string): Promise<void> {
  assertRole(viewer);
  await db.$transaction(async (tx) => {
    // The same row lock as any edit: only the owner, only a draft or a returned week.
    const week = await lockVisibleWeek(tx, viewer, weekId);
    assertCanTransition(viewer, week, "submit");
    await tx.week.update({ where: { id: week.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    await notifyWeekEvent(
      tx,
      { kind: "WEEK_SUBMITTED", weekId: week.id, actorId: viewer.id },
      { actorId: viewer.id, weekId: week.id, action: "week.submitted", entityId: week.id },
    );
  });
}

/** Approve a submitted week, or return it with changes requested (which needs a comment). */
export async function decideWeek(
  viewer: Viewer,
  input: { weekId: string; decision: "APPROVED" | "CHANGES_REQUESTED"; comment?: string },
): Promise<void> {
  assertRole(viewer);
  const comment = input.comment?.trim();
  if (input.decision === "CHANGES_REQUESTED" && !comment) {
    throw new ConflictError(say("errors.review.needsComment"));
  }
  await db.$transaction(async (tx) => {
    const week = await findVisibleWeek(viewer, input.weekId, { id: true, internId: true, status: true }, tx);
    assertCanTransition(viewer, week, input.decision === "APPROVED" ? "approve" : "request-changes");
    // Guarded update: if another mentor decided in the meantime, nothing changes here.
    const { count } = await tx.week.updateMany({
      where: { id: week.id, status: "SUBMITTED" },
      data: { status: input.decision, approvedAt: input.decision === "APPROVED" ? new Date() : null },
    });
    if (count === 0) throw new ConflictError(say("errors.review.reviewedMeanwhile"));
    await tx.reviewDecision.create({ data: { weekId: week.id, reviewerId: viewer.id, decision: input.decision } });
    // A returned week is editable again: a tab opened before it was handed in is not the week now.
    if (input.decision === "CHANGES_REQUESTED") await moveEditVersions(tx, week.id);
    const said = comment
      ? await tx.reviewComment.create({
          data: { weekId: week.id, authorId: viewer.id, body: comment },
          select: { id: true },
        })
      : null;
    await notifyWeekEvent(
      tx,
      {
        kind: input.decision === "APPROVED" ? "WEEK_APPROVED" : "CHANGES_REQUESTED",
        weekId: week.id,
        actorId: viewer.id,
        commentId: said?.id,
      },
      {
        actorId: viewer.id,
        weekId: week.id,
        action: input.decision === "APPROVED" ? "week.approved" : "week.changes-requested",
        entityId: week.id,
      },
    );
  });
}

/** A reviewer's comment on the week, or on one of its days or tasks. */
export async function addReviewComment(
  viewer: Viewer,
  input: { weekId: string; body: string; dayId?: string; taskId?: string },
): Promise<{ id: string }> {
  assertRole(viewer);
  const body = input.body.trim();
  if (!body) throw new ConflictError(say("errors.review.emptyComment"));
  return db.$transaction(async (tx) => {
    const week = await findVisibleWeek(viewer, input.weekId, { id: true, internId: true }, tx);
    if (!canReview(viewer, week)) {
      throw new ForbiddenError(say("errors.review.notYourCohort"));
    }
    if (
      input.dayId &&
      !(await tx.day.findFirst({ where: { id: input.dayId, weekId: week.id }, select: { id: true } }))
    ) {
      throw new NotFoundError("day");
    }
    if (
      input.taskId &&
      !(await tx.task.findFirst({ where: { id: input.taskId, day: { weekId: week.id } }, select: { id: true } }))
    ) {
      throw new NotFoundError("task");
    }
    const comment = await tx.reviewComment.create({
      data: { weekId: week.id, authorId: viewer.id, body, dayId: input.dayId ?? null, taskId: input.taskId ?? null },
      select: { id: true },
    });
    await notifyWeekEvent(
      tx,
      { kind: "COMMENT_ADDED", weekId: week.id, actorId: viewer.id, commentId: comment.id },
      { actorId: viewer.id, weekId: week.id, action: "comment.added", entityId: comment.id },
    );
    return comment;
  });
}
