import "server-only";
// A reviewer's saved replies: reusable review comments, in the order they keep them (positions
// 0, 1, 2, … per owner, kept dense). An admin may publish a reply to every mentor (`shared`); the
// others see it after their own, and only its owner changes it. Interns have none and see none.
import { say } from "@/lib/i18n/said";
import { LIMITS } from "@/lib/schemas/limits";
import { db, type Tx } from "../db";
import { assertRole } from "./access";
import { audit } from "./audit";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

export interface SavedReplyView {
  id: string;
  body: string;
  /** Offered to every mentor (an admin's). */
  shared: boolean;
  /** The viewer's own, which they may change; else a published one of an admin's. */
  own: boolean;
}

/** The viewer's own replies in their order, then the ones admins published, oldest first. */
export async function listSavedReplies(viewer: Viewer): Promise<SavedReplyView[]> {
  assertRole(viewer, "MENTOR", "ADMIN");
  // One statement (it is read with every grid, queue and week page a reviewer opens): published ones
  // while their author is still an admin who may sign in; each list bounded.
  const rows = await db.$queryRaw<{ id: string; body: string; shared: boolean; own: boolean }[]>`
    SELECT id::text, body, shared, own FROM (
      (SELECT r.id, r.body, r.shared, true AS own, r.position, r.created_at
       FROM saved_replies r WHERE r.owner_id = ${viewer.id}::uuid
       ORDER BY r.position, r.created_at, r.id LIMIT ${LIMITS.savedReplies})
      UNION ALL
      (SELECT r.id, r.body, r.shared, false AS own, r.position, r.created_at
       FROM saved_replies r JOIN users u ON u.id = r.owner_id
       WHERE r.shared AND r.owner_id <> ${viewer.id}::uuid AND u.role = 'ADMIN' AND u.deactivated_at IS NULL
       ORDER BY r.position, r.created_at, r.id LIMIT ${LIMITS.publishedReplies})
    ) replies
    ORDER BY own DESC, position, created_at, id`;
  return rows;
}

/** Serialises one owner's changes to their list, so that positions stay 0..n-1 whatever runs at once. */
async function lockOwner(tx: Tx, ownerId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${ownerId}::uuid FOR UPDATE`;
}

function assertMayPublish(viewer: Viewer, shared: boolean): void {
  if (shared && viewer.role !== "ADMIN") throw new ForbiddenError(say("review.errors.onlyAdminsPublish"));
}

/**
 * The viewer's own reply, under their lock. Another's private reply does not exist for them (404);
 * a published one they can see but not change (403).
 */
async function findOwnReply(tx: Tx, viewer: Viewer, id: string) {
  const reply = await tx.savedReply.findFirst({
    where: { id, OR: [{ ownerId: viewer.id }, { shared: true }] },
    select: { id: true, ownerId: true, position: true },
  });
  if (!reply) throw new NotFoundError("savedReply");
  if (reply.ownerId !== viewer.id) throw new ForbiddenError(say("review.errors.notYourReply"));
  return reply;
}

export async function createSavedReply(
  viewer: Viewer,
  input: { body: string; shared?: boolean },
): Promise<{ id: string }> {
  assertRole(viewer, "MENTOR", "ADMIN");
  assertMayPublish(viewer, input.shared ?? false);
  return db.$transaction(async (tx) => {
    await lockOwner(tx, viewer.id);
    const count = await tx.savedReply.count({ where: { ownerId: viewer.id } });
    if (count >= LIMITS.savedReplies) {
      throw new ConflictError(say("review.errors.tooManyReplies", { max: LIMITS.savedReplies }));
    }
    const reply = await tx.savedReply.create({
      data: { ownerId: viewer.id, body: input.body.trim(), position: count, shared: input.shared ?? false },
      select: { id: true },
    });
    await audit(tx, { actorId: viewer.id, action: "saved-reply.added", entityId: reply.id });
    return reply;
  });
}

export async function updateSavedReply(
  viewer: Viewer,
  input: { id: string; body: string; shared?: boolean },
): Promise<void> {
  assertRole(viewer, "MENTOR", "ADMIN");
  await db.$transaction(async (tx) => {
    await lockOwner(tx, viewer.id);
    const reply = await findOwnReply(tx, viewer, input.id);
    assertMayPublish(viewer, input.shared ?? false);
    await tx.savedReply.update({
      where: { id: reply.id },
      data: { body: input.body.trim(), shared: input.shared ?? false },
    });
    await audit(tx, { actorId: viewer.id, action: "saved-reply.changed", entityId: reply.id });
  });
}

export async function deleteSavedReply(viewer: Viewer, input: { id: string }): Promise<void> {
  assertRole(viewer, "MENTOR", "ADMIN");
  await db.$transaction(async (tx) => {
    await lockOwner(tx, viewer.id);
    const reply = await findOwnReply(tx, viewer, input.id);
    await tx.savedReply.delete({ where: { id: reply.id } });
    // The ones after it move up a place: the order stays 0..n-1.
    await tx.savedReply.updateMany({
      where: { ownerId: viewer.id, position: { gt: reply.position } },
      data: { position: { decrement: 1 } },
    });
    await audit(tx, { actorId: viewer.id, action: "saved-reply.removed", entityId: reply.id });
  });
}

/** Swaps the reply with its neighbour above or below; at the top (bottom) moving up (down) changes nothing. */
export async function moveSavedReply(viewer: Viewer, input: { id: string; direction: "up" | "down" }): Promise<void> {
  assertRole(viewer, "MENTOR", "ADMIN");
  await db.$transaction(async (tx) => {
    await lockOwner(tx, viewer.id);
    const reply = await findOwnReply(tx, viewer, input.id);
    const target = reply.position + (input.direction === "up" ? -1 : 1);
    const neighbour = await tx.savedReply.findFirst({
      where: { ownerId: viewer.id, position: target },
      select: { id: true },
    });
    if (!neighbour) return;
    await tx.savedReply.update({ where: { id: neighbour.id }, data: { position: reply.position } });
    await tx.savedReply.update({ where: { id: reply.id }, data: { position: target } });
    await audit(tx, {
      actorId: viewer.id,
      action: "saved-reply.moved",
      entityId: reply.id,
      data: { direction: input.direction },
    });
  });
}
