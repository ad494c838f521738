import "server-only";
// What buildGrid (lib/worklog/grid.ts) reads of a cohort, as columns of one query over cohorts `c`:
// its interns and their weeks as JSON arrays (with the task counts kept on each week), each
// intern's last tick and the at-risk thresholds. The cohort grid reads one cohort this way; the
// digest and the program's at-risk counts read many (lib/server/data/risk.ts), so all judge the same rows.
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDateFromDb, todayIn, type IsoDate } from "@/lib/worklog/dates";
import type { GridInput } from "@/lib/worklog/grid";
import { DEFAULT_RISK_SETTINGS } from "@/lib/worklog/risk";
import type { WeekStatus } from "@/lib/worklog/status";

/** An intern: [id, name, email, assigned mentor's id, their name]. */
type InternTuple = [string, string, string, string | null, string | null];
/**
 * A week: [id, intern id, number, status, start date, end date, submitted at, approved at, done, total,
 * extended until]. In JSON PostgreSQL writes a DATE as YYYY-MM-DD and a timestamptz as ISO 8601 with its offset.
 */
type WeekTuple = [
  string,
  string,
  number,
  WeekStatus,
  IsoDate,
  IsoDate,
  string | null,
  string | null,
  number,
  number,
  IsoDate | null,
];

export interface GridInputRow {
  id: string;
  name: string;
  start_date: Date;
  week_count: number;
  interns: InternTuple[];
  weeks: WeekTuple[];
  /** Each intern's last tick (ISO 8601), by intern id, from weeks.last_done_at (kept by the tasks trigger). */
  last_ticks: Record<string, string> | null;
  /** The thresholds: [behind weeks, falling weeks, idle days] (program_settings). */
  risk_settings: [number, number, number] | null;
}

/** The columns of GridInputRow; `activeInternsOnly` leaves deactivated interns out (jobs that run for no one). */
export function gridInputColumns(options: { activeInternsOnly?: boolean } = {}): Prisma.Sql {
  const active = options.activeInternsOnly ? Prisma.sql`AND u.deactivated_at IS NULL` : Prisma.empty;
  return Prisma.sql`c.id::text AS id, c.name, c.start_date, c.week_count,
    coalesce((SELECT json_agg(json_build_array(e.user_id, u.name, u.email, e.mentor_id, m.name))
              FROM enrollments e
              -- Each intern looked up by key (LIMIT 1 keeps it a lookup: joined, the planner hashes every user).
              CROSS JOIN LATERAL (SELECT u.name, u.email FROM users u WHERE u.id = e.user_id ${active} LIMIT 1) u
              LEFT JOIN users m ON m.id = e.mentor_id
              WHERE e.cohort_id = c.id), '[]') AS interns,
    coalesce((SELECT json_agg(json_build_array(w.id, w.intern_id, w.number, w.status, w.start_date, w.end_date,
                                               w.submitted_at, w.approved_at, w.done_count, w.task_count,
                                               w.extended_until))
              FROM weeks w JOIN enrollments e ON e.user_id = w.intern_id AND e.cohort_id = c.id
              WHERE w.cohort_id = c.id), '[]') AS weeks,
    (SELECT json_object_agg(t.intern_id, t.last_done_at)
     FROM (SELECT w.intern_id, max(w.last_done_at) AS last_done_at FROM weeks w
           WHERE w.cohort_id = c.id AND w.last_done_at IS NOT NULL GROUP BY w.intern_id) t) AS last_ticks,
    (SELECT json_build_array(s.risk_behind_weeks, s.risk_falling_weeks, s.risk_idle_days)
     FROM program_settings s WHERE s.id = 1) AS risk_settings`;
}

const instant = (text: string | null) => (text === null ? null : new Date(text).toISOString());

/** buildGrid's input from such a row, on `today`; last ticks become days of the program's time zone. */
export function gridInputOf(row: GridInputRow, today: IsoDate, timeZone: string): GridInput {
  const [behindWeeks, fallingWeeks, idleDays] = row.risk_settings ?? [];
  return {
    cohort: { id: row.id, name: row.name, startDate: isoDateFromDb(row.start_date), weekCount: row.week_count },
    today,
    interns: row.interns.map(([id, name, email, mentorId, mentorName]) => ({
      id,
      name,
      email,
      mentor: mentorId ? { id: mentorId, name: mentorName ?? "" } : null,
    })),
    weeks: row.weeks.map(
      ([id, internId, number, status, startDate, endDate, submittedAt, approvedAt, done, total, extendedUntil]) => ({
        id,
        internId,
        number,
        status,
        startDate,
        endDate,
        extendedUntil,
        submittedAt: instant(submittedAt),
        approvedAt: instant(approvedAt),
        done,
        total,
      }),
    ),
    lastTicks: Object.fromEntries(
      Object.entries(row.last_ticks ?? {}).map(([id, at]) => [id, todayIn(timeZone, new Date(at))]),
    ),
    riskSettings:
      behindWeeks && fallingWeeks && idleDays ? { behindWeeks, fallingWeeks, idleDays } : DEFAULT_RISK_SETTINGS,
  };
}
