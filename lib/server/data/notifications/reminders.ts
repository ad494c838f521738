import "server-only";
// Reminders, in the program's time zone, each at most once per item: every rule is one INSERT …
// SELECT of the reminders whose moment has come (and passed less than DUE_GRACE_HOURS ago), keyed
// by a dedupe key that the unique index keeps to one row, however many workers run it at once.
import { Prisma } from "@/lib/generated/prisma/client";
import { DUE_GRACE_HOURS, REMINDER_RULES } from "@/lib/worklog/notifications/kinds";
import type { Tx } from "../../db";
import { dueDateSql, taskDueDateSql, taskOverdueSql } from "../rules-sql";
import { initialMailStatusSql } from "./write";

export interface Clock {
  now: Date;
  timeZone: string;
}

/** `moment <= now AND moment > now - grace`: the moment has come, and not so long ago that it is stale. */
function dueSql(moment: Prisma.Sql, clock: Clock): Prisma.Sql {
  return Prisma.sql`(${moment} <= ${clock.now}::timestamptz
    AND ${moment} > ${clock.now}::timestamptz - make_interval(hours => ${DUE_GRACE_HOURS}))`;
}

/** A local time of day on a date, in the program's time zone, as an instant. */
function atSql(date: Prisma.Sql, time: string, clock: Clock): Prisma.Sql {
  return Prisma.sql`((${date}) + ${time}::time) AT TIME ZONE ${clock.timeZone}`;
}

const kindSql = (kind: string) => Prisma.sql`${kind}::"NotificationKind"`;

/**
 * Interns: a week of their cohort is past due and not submitted (no week yet, a draft, or returned).
 * Due at the cohort's week end, or at the week's extension (dueDateOf); an extended week's reminders
 * have keys of their own, so that the ones sent before the extension do not stop those after it.
 */
async function weeksNotSubmitted(tx: Tx, clock: Clock): Promise<number> {
  const kind = kindSql("WEEK_NOT_SUBMITTED");
  const [first, second] = REMINDER_RULES.notSubmitted.daysAfterEnd;
  const due = dueDateSql({ endDate: "(c.start_date + (n.number * 7 - 1))", extendedUntil: "w.extended_until" });
  const moment = atSql(Prisma.sql`${due} + r.days_after`, REMINDER_RULES.notSubmitted.at, clock);
  return tx.$executeRaw`
    INSERT INTO notifications (user_id, kind, week_id, data, dedupe_key, mail_status, created_at)
    SELECT u.id, ${kind}, w.id, jsonb_build_object('weekNumber', n.number, 'cohortName', c.name),
           'not-submitted:' || u.id || ':' || n.number || ':' || r.ord
             || coalesce(':extended:' || w.extended_until::text, ''), ${initialMailStatusSql(kind)}, ${clock.now}
    FROM enrollments e
    JOIN users u ON u.id = e.user_id AND u.deactivated_at IS NULL
    JOIN cohorts c ON c.id = e.cohort_id
    CROSS JOIN LATERAL generate_series(1, c.week_count) AS n(number)
    CROSS JOIN (VALUES (1, ${first}::int), (2, ${second}::int)) AS r(ord, days_after)
    LEFT JOIN weeks w ON w.intern_id = u.id AND w.number = n.number
    WHERE ${dueSql(moment, clock)} AND (w.id IS NULL OR w.status IN ('DRAFT', 'CHANGES_REQUESTED'))
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

/** Interns: tasks overdue by more than two days, one notification listing the ones that crossed that line that day. */
async function tasksOverdue(tx: Tx, clock: Clock): Promise<number> {
  const kind = kindSql("TASKS_OVERDUE");
  const task = {
    done: "t.done",
    dayEndDate: "d.end_date",
    weekExtendedUntil: "wk.extended_until",
    weekStatus: "wk.status",
  };
  // Counted from the task's due date: its day's end, or its week's extension when later.
  const line = Prisma.sql`(${taskDueDateSql(task)} + ${REMINDER_RULES.tasksOverdue.daysOverdue}::int)`;
  const today = Prisma.sql`(${clock.now}::timestamptz AT TIME ZONE ${clock.timeZone})::date`;
  const overdue = taskOverdueSql(task, today);
  return tx.$executeRaw`
    WITH due AS (
      SELECT wk.intern_id, ${line} AS line, wk.number, d.position AS day_position, t.position, d.label, left(t.text, 80) AS text
      FROM tasks t JOIN days d ON d.id = t.day_id JOIN weeks wk ON wk.id = d.week_id
      WHERE ${overdue} AND ${dueSql(atSql(line, REMINDER_RULES.tasksOverdue.at, clock), clock)}
    ), grouped AS (
      SELECT intern_id, line, count(*)::int AS count,
             jsonb_path_query_array(
               jsonb_agg(jsonb_build_object('week', number, 'day', label, 'text', text) ORDER BY number, day_position, position),
               '$[0 to 19]') AS tasks
      FROM due GROUP BY intern_id, line
    )
    INSERT INTO notifications (user_id, kind, data, dedupe_key, mail_status, created_at)
    SELECT u.id, ${kind}, jsonb_build_object('count', g.count, 'tasks', g.tasks),
           'overdue:' || u.id || ':' || g.line, ${initialMailStatusSql(kind)}, ${clock.now}
    FROM grouped g JOIN users u ON u.id = g.intern_id AND u.deactivated_at IS NULL
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

/** A week waiting for review: its cohort's mentors after 3 days; the admins after 5. Per submission. */
async function reviewsWaiting(tx: Tx, clock: Clock, escalated: boolean): Promise<number> {
  const kind = kindSql(escalated ? "REVIEW_ESCALATED" : "REVIEW_WAITING");
  const days = escalated ? REMINDER_RULES.reviewEscalatedDays : REMINDER_RULES.reviewWaitingDays;
  const recipients = escalated
    ? Prisma.sql`JOIN users u ON u.role = 'ADMIN'`
    : Prisma.sql`JOIN cohort_mentors m ON m.cohort_id = w.cohort_id JOIN users u ON u.id = m.mentor_id`;
  const moment = Prisma.sql`(w.submitted_at + make_interval(days => ${days}::int))`;
  return tx.$executeRaw`
    INSERT INTO notifications (user_id, kind, week_id, data, dedupe_key, mail_status, created_at)
    SELECT u.id, ${kind}, w.id, jsonb_build_object('weekNumber', w.number, 'days', ${days}::int),
           ${escalated ? "escalated:" : "waiting:"}::text || w.id || ':' || (extract(epoch FROM w.submitted_at) * 1000)::bigint || ':' || u.id,
           ${initialMailStatusSql(kind)}, ${clock.now}
    FROM weeks w ${recipients}
    WHERE w.status = 'SUBMITTED' AND w.submitted_at IS NOT NULL AND u.deactivated_at IS NULL AND ${dueSql(moment, clock)}
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

/** Every reminder due at `clock.now`, in one transaction; answers how many were written. */
export async function writeDueReminders(tx: Tx, clock: Clock): Promise<number> {
  return (
    (await weeksNotSubmitted(tx, clock)) +
    (await tasksOverdue(tx, clock)) +
    (await reviewsWaiting(tx, clock, false)) +
    (await reviewsWaiting(tx, clock, true))
  );
}
