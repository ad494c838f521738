import "server-only";
// The worker's side of the outbox: claim PENDING notifications and queue one mail job for each, in
// one transaction (so a crash leaves them PENDING, never claimed without a job); read what one mail
// needs; record what became of it.
import type { Locale } from "@/lib/i18n/locales";
import { emailOnByDefault, type NotificationKind } from "@/lib/worklog/notifications/kinds";
import type { NotificationFacts } from "@/lib/worklog/notifications/facts";
import { db, type Tx } from "../../db";
import { factsOf, notificationFactsSelect } from "./inbox";

/** pg-boss's way into a transaction it does not own (its `db` option), over Prisma's. */
export interface SqlRunner {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

function runnerOf(tx: Tx): SqlRunner {
  return { executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe(text, ...values) }) };
}

/**
 * Claims up to `limit` PENDING notifications (oldest first; rows another worker is claiming are
 * skipped) and hands their ids to `enqueue`, which inserts their jobs in the same transaction.
 */
export async function claimPendingMail(
  enqueue: (ids: string[], sql: SqlRunner) => Promise<void>,
  limit = 100,
): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE notifications SET mail_status = 'QUEUED'
      WHERE id IN (SELECT id FROM notifications WHERE mail_status = 'PENDING'
                   ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS id`;
    const ids = rows.map((r) => r.id);
    if (ids.length > 0) await enqueue(ids, runnerOf(tx));
    return ids;
  });
}

export interface MailJob {
  id: string;
  facts: NotificationFacts;
  to: { name: string; email: string; locale: Locale | null; userId: string };
  /** Already sent (a retry after a crash), or no longer wanted: nothing to send. */
  settled: boolean;
  wanted: boolean;
}

/** What one notification's mail needs; null when it is gone (its week deleted, or past retention). */
export async function loadMailJob(id: string): Promise<MailJob | null> {
  const n = await db.notification.findUnique({
    where: { id },
    select: {
      ...notificationFactsSelect,
      mailStatus: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          deactivatedAt: true,
          notificationPreferences: { select: { kind: true, email: true } },
        },
      },
    },
  });
  if (!n) return null;
  const kind = n.kind as NotificationKind;
  const chosen = n.user.notificationPreferences.find((p) => p.kind === kind)?.email;
  return {
    id: n.id,
    facts: factsOf(n),
    to: { name: n.user.name, email: n.user.email, locale: n.user.locale, userId: n.user.id },
    settled: n.mailStatus === "SENT" || n.mailStatus === "SKIPPED" || n.mailStatus === "FAILED",
    wanted: n.user.deactivatedAt === null && (chosen ?? emailOnByDefault(kind)),
  };
}

export async function recordMailSent(id: string, messageId: string, now = new Date()): Promise<void> {
  await db.notification.update({
    where: { id },
    data: { mailStatus: "SENT", messageId, mailSentAt: now, mailError: null, mailAttempts: { increment: 1 } },
  });
}

export async function recordMailSkipped(id: string): Promise<void> {
  await db.notification.update({ where: { id }, data: { mailStatus: "SKIPPED" } });
}

/** A failed try: FAILED when it is final (refused, or out of retries), else still QUEUED for the next. */
export async function recordMailFailure(id: string, error: string, final: boolean): Promise<void> {
  await db.notification.update({
    where: { id },
    data: {
      mailError: error.slice(0, 500),
      mailAttempts: { increment: 1 },
      ...(final ? { mailStatus: "FAILED" } : {}),
    },
  });
}

/** Notifications older than the retention (90 days) go, with their read state. */
export async function deleteOldNotifications(before: Date): Promise<number> {
  const { count } = await db.notification.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}

/** Notifications whose mail has not gone out yet (the CLI waits for them; the bench reads it). */
export async function mailBacklog(): Promise<number> {
  return db.notification.count({ where: { mailStatus: { in: ["PENDING", "QUEUED"] } } });
}
