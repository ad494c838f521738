import "server-only";
// A reviewer approves many submitted weeks at once, with one optional comment. Each week is decided
// on its own by the status machine (lib/worklog/status.ts), under a row lock: the ones it refuses
// are reported back by name and left alone, the rest are approved in one transaction, in a fixed
// number of statements whatever their count. Requesting changes stays one week at a time
// (reviews.ts's decideWeek): each needs its own reason.
import { Prisma } from "@/lib/generated/prisma/client";
import type { BulkApproveInput } from "@/lib/schemas/review";
import { transitionRefusal, type WeekStatus } from "@/lib/worklog/status";
import { db, type Tx } from "../db";
import { assertRole, reviewerSeesCohortSql } from "./access";
import { notifyWeekEvents } from "./notifications/write";
import type { Viewer } from "./viewer";

/** A week as the reviewer knows it: whose, which. */
export interface NamedWeek {
  weekId: string;
  internName: string;
  number: number;
}

/**
 * Why a week was left alone: not one the viewer can see (said as "not found", nothing more), not
 * theirs to review (their own week), or not submitted any more (its status now says what it is).
 */
export type BulkRefusal =
  | { weekId: string; reason: "notFound" }
  | (NamedWeek & { reason: "forbidden" })
  | (NamedWeek & { reason: "conflict"; status: WeekStatus });

export interface BulkApproveResult {
  approved: NamedWeek[];
  refused: BulkRefusal[];
}

interface LockedWeek {
  id: string;
  intern_id: string;
  status: WeekStatus;
  number: number;
  intern_name: string;
}

/** The named weeks the viewer may see, row-locked for the transaction, with their status under the lock. */
async function lockVisibleWeeks(tx: Tx, viewer: Viewer, weekIds: string[]): Promise<LockedWeek[]> {
  // One statement for all of them, locked in id order (two bulk approvals never wait on each other in a circle).
  return tx.$queryRaw<LockedWeek[]>`
    SELECT w.id::text AS id, w.intern_id::text AS intern_id, w.status::text AS status, w.number,
           u.name AS intern_name
    FROM weeks w JOIN users u ON u.id = w.intern_id
    WHERE w.id = ANY(${weekIds}::uuid[]) AND ${reviewerSeesCohortSql(viewer, Prisma.sql`w.cohort_id`)}
    ORDER BY w.id
    FOR UPDATE OF w`;
}

/** Each week's verdict, by the status machine's rule for one approval. */
function decide(viewer: Viewer, weekIds: string[], locked: LockedWeek[]): BulkApproveResult {
  const byId = new Map(locked.map((w) => [w.id, w]));
  const result: BulkApproveResult = { approved: [], refused: [] };
  for (const weekId of weekIds) {
    const week = byId.get(weekId);
    if (!week) {
      result.refused.push({ weekId, reason: "notFound" });
      continue;
    }
    const named = { weekId, internName: week.intern_name, number: week.number };
    const refusal = transitionRefusal(viewer, { internId: week.intern_id, status: week.status }, "approve");
    if (!refusal) result.approved.push(named);
    else if (refusal.kind === "forbidden") result.refused.push({ ...named, reason: "forbidden" });
    else result.refused.push({ ...named, reason: "conflict", status: week.status });
  }
  return result;
}

/** Approves the weeks it may, reports the others; nothing is written for a refused week. */
export async function approveWeeks(viewer: Viewer, input: BulkApproveInput): Promise<BulkApproveResult> {
  assertRole(viewer, "MENTOR", "ADMIN");
  const weekIds = [...new Set(input.weekIds.map((id) => id.toLowerCase()))];
  const comment = input.comment?.trim() || null;
  return db.$transaction(async (tx) => {
    const result = decide(viewer, weekIds, await lockVisibleWeeks(tx, viewer, weekIds));
    const ids = result.approved.map((w) => w.weekId);
    if (ids.length === 0) return result;
    // Under the lock every one of these is still submitted: the guard only restates it.
    await tx.week.updateMany({
      where: { id: { in: ids }, status: "SUBMITTED" },
      data: { status: "APPROVED", approvedAt: new Date() },
    });
    await tx.reviewDecision.createMany({
      data: ids.map((weekId) => ({ weekId, reviewerId: viewer.id, decision: "APPROVED" as const })),
    });
    const comments = comment
      ? await tx.reviewComment.createManyAndReturn({
          data: ids.map((weekId) => ({ weekId, authorId: viewer.id, body: comment })),
          select: { id: true, weekId: true },
        })
      : [];
    const commentOf = new Map(comments.map((c) => [c.weekId, c.id]));
    await notifyWeekEvents(
      tx,
      { kind: "WEEK_APPROVED", actorId: viewer.id },
      ids.map((weekId) => ({ weekId, commentId: commentOf.get(weekId) ?? null })),
      ids.map((weekId) => ({
        actorId: viewer.id,
        weekId,
        action: "week.approved" as const,
        entityId: weekId,
        data: { bulk: ids.length },
      })),
    );
    return result;
  });
}
