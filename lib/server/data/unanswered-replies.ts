import "server-only";
// The review queue's "Replies waiting for you": threads whose intern spoke last and that are not
// resolved (review_comments.awaiting_reviewer, kept by lib/server/data/threads.ts), in the cohorts
// the viewer reviews, the longest-waiting first. One query, bounded, with the total.
import { Prisma } from "@/lib/generated/prisma/client";
import { daysBetween, todayIn, type IsoDate } from "@/lib/worklog/dates";
import { replyPreview, REPLY_PREVIEW_LENGTH } from "@/lib/worklog/threads";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { assertRole, reviewerSeesCohortSql } from "./access";
import type { Viewer } from "./viewer";

export interface UnansweredReply {
  weekId: string;
  weekNumber: number;
  intern: { id: string; name: string };
  cohort: { id: string; name: string };
  threadId: string;
  /** The intern's latest reply: its anchor on the week page is #comment-<replyId>. */
  replyId: string;
  preview: string;
  repliedAt: string;
  /** Calendar days since the reply, in the program's time zone (0: today). */
  daysAgo: number;
}

export interface UnansweredReplies {
  items: UnansweredReply[];
  total: number;
}

interface Row {
  week_id: string;
  week_number: number;
  intern_id: string;
  intern_name: string;
  cohort_id: string;
  cohort_name: string;
  thread_id: string;
  reply_id: string;
  body: string;
  replied_at: Date;
  total: number;
}

export async function listUnansweredReplies(
  viewer: Viewer,
  options: { limit?: number; today?: IsoDate } = {},
): Promise<UnansweredReplies> {
  assertRole(viewer, "MENTOR", "ADMIN");
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT w.id AS week_id, w.number AS week_number, i.id AS intern_id, i.name AS intern_name,
           co.id AS cohort_id, co.name AS cohort_name, c.id AS thread_id, r.id AS reply_id,
           left(r.body, ${REPLY_PREVIEW_LENGTH * 2}) AS body, r.created_at AS replied_at,
           (count(*) OVER ())::int AS total
    FROM review_comments c
    JOIN weeks w ON w.id = c.week_id
    JOIN users i ON i.id = w.intern_id
    JOIN cohorts co ON co.id = w.cohort_id
    CROSS JOIN LATERAL (
      SELECT id, body, created_at FROM review_comments
      WHERE parent_id = c.id ORDER BY created_at DESC, id DESC LIMIT 1) r
    WHERE c.awaiting_reviewer AND c.parent_id IS NULL
      AND w.intern_id <> ${viewer.id}::uuid
      AND ${reviewerSeesCohortSql(viewer, Prisma.sql`w.cohort_id`)}
    ORDER BY r.created_at ASC, r.id ASC
    LIMIT ${limit}`);
  const zone = databaseEnv().WORKLOG_TIME_ZONE;
  const today = options.today ?? programToday();
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => ({
      weekId: row.week_id,
      weekNumber: row.week_number,
      intern: { id: row.intern_id, name: row.intern_name },
      cohort: { id: row.cohort_id, name: row.cohort_name },
      threadId: row.thread_id,
      replyId: row.reply_id,
      preview: replyPreview(row.body),
      repliedAt: row.replied_at.toISOString(),
      daysAgo: Math.max(0, daysBetween(todayIn(zone, row.replied_at), today)),
    })),
  };
}
