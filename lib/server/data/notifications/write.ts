import "server-only";
// The outbox (docs/decisions/017): a notification is written by the event's own transaction, in
// one statement that finds its recipients and decides whether their mail goes out (their
// preference, the kind's default, deactivated people). The worker sends what is PENDING.
import { Prisma } from "@/lib/generated/prisma/client";
import { EMAIL_OFF_BY_DEFAULT, type NotificationKind } from "@/lib/worklog/notifications/kinds";
import type { Tx } from "../../db";
import { databaseEnv } from "../../env";
import { auditInsertSql, auditMany, type AuditEntry } from "../audit";

/**
 * The mail status a new notification starts with, for the recipient in `userColumn` (a users row
 * aliased `u` must be joined): PENDING unless they turned the kind off or are deactivated.
 */
export function initialMailStatusSql(kind: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN u.deactivated_at IS NOT NULL OR NOT COALESCE(
      (SELECT p.email FROM notification_preferences p WHERE p.user_id = u.id AND p.kind = ${kind}),
      NOT (${kind}::text = ANY(${[...EMAIL_OFF_BY_DEFAULT]}::text[])))
    THEN 'SKIPPED' ELSE 'PENDING' END)::"MailStatus"`;
}

/** Whether review events write notifications (WORKLOG_NOTIFICATIONS; the benchmark turns them off). */
function enabled(): boolean {
  return databaseEnv().WORKLOG_NOTIFICATIONS === "on";
}

type WeekEvent = {
  kind: Extract<NotificationKind, "WEEK_SUBMITTED" | "WEEK_APPROVED" | "CHANGES_REQUESTED" | "COMMENT_ADDED">;
  weekId: string;
  actorId: string;
  commentId?: string | null;
};

/**
 * A week's event, for its people: a submitted week to its cohort's mentors, a decision or a comment
 * to its intern. Never to the one who caused it. One statement, inside the event's transaction,
 * which also appends the event's `trail` entry to the audit trail when one is given.
 */
export async function notifyWeekEvent(tx: Tx, event: WeekEvent, trail?: AuditEntry): Promise<void> {
  await notifyWeekEvents(
    tx,
    { kind: event.kind, actorId: event.actorId },
    [{ weekId: event.weekId, commentId: event.commentId }],
    trail ? [trail] : [],
  );
}

/**
 * One kind of event on several weeks at once (a bulk approval): each week's people get their own
 * notification, exactly as notifyWeekEvent writes it for one. One statement, whatever the count.
 */
export async function notifyWeekEvents(
  tx: Tx,
  event: Pick<WeekEvent, "kind" | "actorId">,
  weeks: { weekId: string; commentId?: string | null }[],
  /** The event's audit entries, written by the same statement (notifications off: by a statement of their own). */
  trail: readonly AuditEntry[] = [],
): Promise<void> {
  if (!enabled() || weeks.length === 0) {
    await auditMany(tx, trail);
    return;
  }
  // A data-modifying WITH runs to completion whether or not the INSERT below reads it.
  const withTrail = trail.length ? Prisma.sql`WITH trail AS (${auditInsertSql(trail)}) ` : Prisma.empty;
  const kind = Prisma.sql`${event.kind}::"NotificationKind"`;
  const recipients =
    event.kind === "WEEK_SUBMITTED"
      ? Prisma.sql`SELECT m.mentor_id AS user_id FROM cohort_mentors m WHERE m.cohort_id = w.cohort_id`
      : Prisma.sql`SELECT w.intern_id AS user_id`;
  const weekIds = weeks.map((w) => w.weekId);
  const commentIds = weeks.map((w) => w.commentId ?? null);
  await tx.$executeRaw`
    ${withTrail}INSERT INTO notifications (user_id, kind, week_id, comment_id, actor_id, data, mail_status)
    SELECT u.id, ${kind}, w.id, e.comment_id, ${event.actorId}::uuid,
           jsonb_build_object('weekNumber', w.number), ${initialMailStatusSql(kind)}
    FROM unnest(${weekIds}::uuid[], ${commentIds}::uuid[]) AS e(week_id, comment_id)
    JOIN weeks w ON w.id = e.week_id
    CROSS JOIN LATERAL (${recipients}) r
    JOIN users u ON u.id = r.user_id
    WHERE u.id <> ${event.actorId}::uuid`;
}

/** An intern added to a cohort: a welcome, with the link to sign in. */
export async function notifyWelcome(
  tx: Tx,
  input: { userId: string; cohortId: string; actorId: string },
): Promise<void> {
  if (!enabled()) return;
  const kind = Prisma.sql`'WELCOME'::"NotificationKind"`;
  await tx.$executeRaw`
    INSERT INTO notifications (user_id, kind, actor_id, data, mail_status)
    SELECT u.id, ${kind}, ${input.actorId}::uuid, jsonb_build_object('cohortName', c.name), ${initialMailStatusSql(kind)}
    FROM users u JOIN cohorts c ON c.id = ${input.cohortId}::uuid
    WHERE u.id = ${input.userId}::uuid`;
}

/**
 * A week's deadline extended (or moved): to its intern, with the new due date. Its kind's words and
 * link are lib/worklog/notifications/kinds.ts's and facts.ts's (WEEK_EXTENDED).
 */
export async function notifyWeekExtended(
  tx: Tx,
  event: { weekId: string; actorId: string; until: string },
): Promise<void> {
  if (!enabled()) return;
  const kind = Prisma.sql`'WEEK_EXTENDED'::"NotificationKind"`;
  await tx.$executeRaw`
    INSERT INTO notifications (user_id, kind, week_id, actor_id, data, mail_status)
    SELECT u.id, ${kind}, w.id, ${event.actorId}::uuid,
           jsonb_build_object('weekNumber', w.number, 'until', ${event.until}::text), ${initialMailStatusSql(kind)}
    FROM weeks w JOIN users u ON u.id = w.intern_id
    WHERE w.id = ${event.weekId}::uuid AND u.id <> ${event.actorId}::uuid`;
}

/**
 * The week's intern replied in a thread: the reviewer who opened it hears of it, while they still
 * review the week (an admin, or a mentor of its cohort: canReview, as SQL). One statement, inside
 * the reply's transaction. A reviewer's reply reaches the intern as COMMENT_ADDED (notifyWeekEvent).
 */
export async function notifyCommentReplied(
  tx: Tx,
  event: { weekId: string; threadId: string; commentId: string; actorId: string },
): Promise<void> {
  if (!enabled()) return;
  const kind = Prisma.sql`'COMMENT_REPLIED'::"NotificationKind"`;
  await tx.$executeRaw`
    INSERT INTO notifications (user_id, kind, week_id, comment_id, actor_id, data, mail_status)
    SELECT u.id, ${kind}, w.id, ${event.commentId}::uuid, ${event.actorId}::uuid,
           jsonb_build_object('weekNumber', w.number, 'threadId', c.id::text), ${initialMailStatusSql(kind)}
    FROM review_comments c
    JOIN weeks w ON w.id = c.week_id
    JOIN users u ON u.id = c.author_id
    WHERE c.id = ${event.threadId}::uuid AND w.id = ${event.weekId}::uuid AND u.id <> ${event.actorId}::uuid
      AND u.id <> w.intern_id
      -- One unread notification (and mail) a thread: replies that follow it are in the thread it opens.
      AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = u.id AND n.kind = ${kind}
                      AND n.read_at IS NULL AND n.data->>'threadId' = c.id::text)
      AND (u.role = 'ADMIN' OR (u.role = 'MENTOR' AND EXISTS (
        SELECT 1 FROM cohort_mentors m WHERE m.cohort_id = w.cohort_id AND m.mentor_id = u.id)))`;
}
