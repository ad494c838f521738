import "server-only";
// The weekly digest (Monday 08:00, program time): for each mentor, per cohort (their own interns
// where they have any assigned there, unless they chose the whole cohort), the weeks waiting for
// review (oldest first, with their age), the interns behind and the interns at risk with why
// (lib/worklog/risk.ts, the cohort page's rule). Built in five statements whatever the number of
// mentors, cohorts and interns (the
// bench checks it), and never written when it would be empty.
import { Prisma } from "@/lib/generated/prisma/client";
import { ownInternsOnly } from "@/lib/worklog/assignment";
import { daysBetween, mondayOf, todayIn } from "@/lib/worklog/dates";
import type { DigestCohort, NotificationData } from "@/lib/worklog/notifications/facts";
import {
  DIGEST_LIST_LIMIT,
  DUE_GRACE_HOURS,
  emailOnByDefault,
  REMINDER_RULES,
} from "@/lib/worklog/notifications/kinds";
import type { Tx } from "../../db";
import { internsAtRisk } from "../risk";
import { weekBehindSql } from "../rules-sql";
import type { Clock } from "./reminders";

interface MentorCohort {
  mentor_id: string;
  cohort_id: string;
  name: string;
  email_on: boolean | null;
  /** Interns of the cohort assigned to this mentor, and their choice of the whole cohort instead. */
  own: number;
  whole_cohort: boolean;
}

/** A list's row: whose intern it is (the intern's assigned mentor), for "my interns" (lib/worklog/assignment.ts). */
interface Assigned {
  mentor_id: string | null;
}

function cut<T>(items: T[]): { shown: T[]; more: number } {
  return { shown: items.slice(0, DIGEST_LIST_LIMIT), more: Math.max(0, items.length - DIGEST_LIST_LIMIT) };
}

function groupBy<T extends { cohort_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.cohort_id, [...(map.get(row.cohort_id) ?? []), row]);
  return map;
}

/** The mentors (and their cohorts in progress) whose digest for this Monday is due and not written yet. */
async function mentorsDue(tx: Tx, clock: Clock, monday: string, today: string): Promise<MentorCohort[]> {
  return tx.$queryRaw<MentorCohort[]>`
    SELECT m.mentor_id::text AS mentor_id, c.id::text AS cohort_id, c.name,
           (SELECT p.email FROM notification_preferences p WHERE p.user_id = m.mentor_id AND p.kind = 'DIGEST') AS email_on,
           (SELECT count(*) FROM enrollments a WHERE a.cohort_id = c.id AND a.mentor_id = m.mentor_id)::int AS own,
           u.digest_whole_cohort AS whole_cohort
    FROM cohort_mentors m
    JOIN cohorts c ON c.id = m.cohort_id
    JOIN users u ON u.id = m.mentor_id AND u.deactivated_at IS NULL
    WHERE ((${monday}::date + ${REMINDER_RULES.digest.at}::time) AT TIME ZONE ${clock.timeZone}) <= ${clock.now}::timestamptz
      AND ((${monday}::date + ${REMINDER_RULES.digest.at}::time) AT TIME ZONE ${clock.timeZone})
          > ${clock.now}::timestamptz - make_interval(hours => ${DUE_GRACE_HOURS})
      AND c.start_date <= ${today}::date AND c.start_date + c.week_count * 7 + 7 > ${today}::date
      AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedupe_key = 'digest:' || m.mentor_id || ':' || ${monday}::text)
    ORDER BY m.mentor_id, c.name`;
}

/** The lists of every cohort named, in three statements. */
async function cohortLists(tx: Tx, cohortIds: string[], clock: Clock, today: string) {
  const behind = weekBehindSql(
    {
      status: "w.status",
      endDate: "w.end_date",
      extendedUntil: "w.extended_until",
      done: "w.done_count",
      total: "w.task_count",
    },
    Prisma.sql`${today}::date`,
  );
  // One after another: a transaction's statements share its one connection.
  const waiting = await tx.$queryRaw<
    ({ cohort_id: string; intern: string; week: number; submitted: Date } & Assigned)[]
  >`
      SELECT w.cohort_id::text AS cohort_id, i.name AS intern, w.number AS week, w.submitted_at AS submitted,
             (SELECT a.mentor_id::text FROM enrollments a WHERE a.user_id = w.intern_id) AS mentor_id
      FROM weeks w JOIN users i ON i.id = w.intern_id
      WHERE w.cohort_id = ANY(${cohortIds}::uuid[]) AND w.status = 'SUBMITTED'
      ORDER BY w.submitted_at, i.name`;
  const late = await tx.$queryRaw<({ cohort_id: string; intern: string } & Assigned)[]>`
      SELECT DISTINCT w.cohort_id::text AS cohort_id, i.name AS intern,
             (SELECT a.mentor_id::text FROM enrollments a WHERE a.user_id = w.intern_id) AS mentor_id
      FROM weeks w JOIN users i ON i.id = w.intern_id
      WHERE w.cohort_id = ANY(${cohortIds}::uuid[]) AND ${behind}
      ORDER BY 1, 2`;
  const atRisk = await internsAtRisk(tx, cohortIds, today, clock.timeZone);
  return { waiting: groupBy(waiting), late: groupBy(late), atRisk };
}

function digestOf(
  cohort: MentorCohort,
  lists: Awaited<ReturnType<typeof cohortLists>>,
  today: string,
  timeZone: string,
): DigestCohort | null {
  // The mentor's own interns where they have any in the cohort (unless they chose the whole cohort).
  const ownOnly = ownInternsOnly(cohort.whole_cohort ? "all" : "mine", cohort.own);
  const mine = <T extends Assigned>(rows: T[] | undefined) =>
    (rows ?? []).filter((r) => !ownOnly || r.mentor_id === cohort.mentor_id);
  const waiting = cut(
    mine(lists.waiting.get(cohort.cohort_id)).map((w) => ({
      intern: w.intern,
      week: w.week,
      days: Math.max(0, daysBetween(todayIn(timeZone, w.submitted), today)),
    })),
  );
  const behind = cut(mine(lists.late.get(cohort.cohort_id)).map((r) => r.intern));
  const atRisk = cut(mine(lists.atRisk.get(cohort.cohort_id)).map(({ intern, reasons }) => ({ intern, reasons })));
  if (waiting.shown.length + behind.shown.length + atRisk.shown.length === 0) return null;
  return {
    name: cohort.name,
    waiting: waiting.shown,
    waitingMore: waiting.more,
    behind: behind.shown,
    behindMore: behind.more,
    atRisk: atRisk.shown,
    atRiskMore: atRisk.more,
  };
}

/** Writes the digests due at `clock.now` (none on an empty week); answers how many. */
export async function writeDueDigests(tx: Tx, clock: Clock): Promise<number> {
  const today = todayIn(clock.timeZone, clock.now);
  const monday = mondayOf(today);
  const rows = await mentorsDue(tx, clock, monday, today);
  if (rows.length === 0) return 0;
  const lists = await cohortLists(tx, [...new Set(rows.map((r) => r.cohort_id))], clock, today);
  const byMentor = new Map<string, { cohorts: DigestCohort[]; emailOn: boolean }>();
  for (const row of rows) {
    const entry = byMentor.get(row.mentor_id) ?? { cohorts: [], emailOn: row.email_on ?? emailOnByDefault("DIGEST") };
    const digest = digestOf(row, lists, today, clock.timeZone);
    if (digest) entry.cohorts.push(digest);
    byMentor.set(row.mentor_id, entry);
  }
  const data = [...byMentor]
    .filter(([, entry]) => entry.cohorts.length > 0)
    .map(([mentorId, entry]) => ({
      userId: mentorId,
      kind: "DIGEST" as const,
      data: { cohorts: entry.cohorts } satisfies NotificationData as unknown as Prisma.InputJsonValue,
      dedupeKey: `digest:${mentorId}:${monday}`,
      mailStatus: entry.emailOn ? ("PENDING" as const) : ("SKIPPED" as const),
      createdAt: clock.now,
    }));
  if (data.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data, skipDuplicates: true });
  return count;
}
