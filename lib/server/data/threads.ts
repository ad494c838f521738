import { say } from "@/lib/i18n/said";
import { LIMITS } from "@/lib/schemas/limits";
import "server-only";
// Conversations on a week: replies to a reviewer's comment and the thread's resolved state. Who may
// do which, and when a thread waits for a reviewer, is lib/worklog/threads.ts's; each change keeps
// the opening comment's awaiting_reviewer in its own transaction, under the opening comment's row lock.
import {
  awaitsReviewer,
  isWeeksIntern,
  replyRefusal,
  resolvedAfterReply,
  resolveRefusal,
  threadIdOf,
} from "@/lib/worklog/threads";
import type { Refusal } from "@/lib/worklog/status";
import type { Tx } from "../db";
import { db } from "../db";
import { assertRole, isUuid, weeksVisibleTo } from "./access";
import { audit } from "./audit";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { notifyCommentReplied, notifyWeekEvent } from "./notifications/write";
import type { Viewer } from "./viewer";

interface OpeningComment {
  id: string;
  weekId: string;
  internId: string;
  resolved: boolean;
}

/**
 * The thread a comment belongs to, if the viewer may see its week (else NotFoundError), with the
 * opening comment row-locked for the rest of the transaction (replies and resolves serialise on it).
 */
async function lockThread(tx: Tx, viewer: Viewer, commentId: string): Promise<OpeningComment> {
  const comment = isUuid(commentId)
    ? await tx.reviewComment.findFirst({
        where: { id: commentId, week: weeksVisibleTo(viewer) },
        select: { id: true, parentId: true, weekId: true, week: { select: { internId: true } } },
      })
    : null;
  if (!comment) throw new NotFoundError("comment");
  const threadId = threadIdOf(comment);
  const [opening] = await tx.$queryRaw<{ resolved: boolean }[]>`
    SELECT resolved_at IS NOT NULL AS resolved FROM review_comments
    WHERE id = ${threadId}::uuid AND week_id = ${comment.weekId}::uuid FOR UPDATE`;
  if (!opening) throw new NotFoundError("comment");
  return { id: threadId, weekId: comment.weekId, internId: comment.week.internId, resolved: opening.resolved };
}

function refuse(refusal: Refusal | null): void {
  if (refusal) throw new ForbiddenError(refusal.message);
}

/**
 * A reply in a comment's thread, by the week's intern or one of its reviewers. The intern's reply
 * reopens a resolved thread and leaves it waiting for a reviewer (who hears of it); a reviewer's
 * reply answers it (the intern hears of it, as a comment).
 */
export async function replyToComment(
  viewer: Viewer,
  input: { commentId: string; body: string },
): Promise<{ id: string; threadId: string; weekId: string; reopened: boolean }> {
  assertRole(viewer);
  const body = input.body.trim();
  if (!body) throw new ConflictError(say("errors.review.emptyComment"));
  return db.$transaction(async (tx) => {
    const thread = await lockThread(tx, viewer, input.commentId);
    refuse(replyRefusal(viewer, thread));
    // Counted under the thread's lock, so replies sent at once cannot pass the bound together.
    if ((await tx.reviewComment.count({ where: { parentId: thread.id } })) >= LIMITS.repliesPerThread) {
      throw new ConflictError(say("errors.review.threadFull", { limit: LIMITS.repliesPerThread }));
    }
    const byIntern = isWeeksIntern(viewer, thread);
    const resolved = resolvedAfterReply(thread, byIntern);
    const reply = await tx.reviewComment.create({
      data: { weekId: thread.weekId, authorId: viewer.id, body, parentId: thread.id },
      select: { id: true },
    });
    await tx.reviewComment.update({
      where: { id: thread.id },
      data: {
        awaitingReviewer: awaitsReviewer({ resolved, latestByIntern: byIntern }),
        ...(resolved ? {} : { resolvedAt: null, resolvedById: null }),
      },
    });
    const reopened = thread.resolved && !resolved;
    await audit(tx, { actorId: viewer.id, weekId: thread.weekId, action: "comment.replied", entityId: reply.id });
    if (reopened) {
      await audit(tx, { actorId: viewer.id, weekId: thread.weekId, action: "thread.reopened", entityId: thread.id });
    }
    const event = { weekId: thread.weekId, actorId: viewer.id, commentId: reply.id };
    if (byIntern) await notifyCommentReplied(tx, { ...event, threadId: thread.id });
    else await notifyWeekEvent(tx, { ...event, kind: "COMMENT_ADDED" });
    return { id: reply.id, threadId: thread.id, weekId: thread.weekId, reopened };
  });
}

/**
 * A reviewer resolves a thread (it no longer waits for anyone) or reopens it (it waits for a
 * reviewer again if the intern spoke last). Resolving a resolved thread, or reopening an open one,
 * is refused: someone did it a moment ago.
 */
export async function resolveThread(
  viewer: Viewer,
  input: { commentId: string; resolved: boolean },
): Promise<{ threadId: string; weekId: string }> {
  assertRole(viewer);
  return db.$transaction(async (tx) => {
    const thread = await lockThread(tx, viewer, input.commentId);
    refuse(resolveRefusal(viewer, thread));
    if (thread.resolved === input.resolved) {
      throw new ConflictError(say(input.resolved ? "threads.errors.alreadyResolved" : "threads.errors.alreadyOpen"));
    }
    const latest = await tx.reviewComment.findFirst({
      where: { OR: [{ id: thread.id }, { parentId: thread.id }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { authorId: true },
    });
    const latestByIntern = latest?.authorId === thread.internId;
    await tx.reviewComment.update({
      where: { id: thread.id },
      data: input.resolved
        ? { resolvedAt: new Date(), resolvedById: viewer.id, awaitingReviewer: false }
        : {
            resolvedAt: null,
            resolvedById: null,
            awaitingReviewer: awaitsReviewer({ resolved: false, latestByIntern }),
          },
    });
    await audit(tx, {
      actorId: viewer.id,
      weekId: thread.weekId,
      action: input.resolved ? "thread.resolved" : "thread.reopened",
      entityId: thread.id,
    });
    return { threadId: thread.id, weekId: thread.weekId };
  });
}
