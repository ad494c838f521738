import "server-only";
// The interns at risk in many cohorts at once, for jobs that run for no one (the mentors' digest):
// the cohorts' interns and weeks loaded in one statement, as the grid loads one cohort
// (lib/server/data/grid.ts), and judged by the same rule through buildGrid (lib/worklog/risk.ts),
// so the digest and the cohort page cannot disagree. Deactivated interns are left out.
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDateFromDb, todayIn, type IsoDate } from "@/lib/worklog/dates";
import { buildGrid, compareInterns, type GridInput } from "@/lib/worklog/grid";
import { DEFAULT_RISK_SETTINGS, type RiskReason } from "@/lib/worklog/risk";
import type { WeekStatus } from "@/lib/worklog/status";
import type { Tx } from "../db";

export interface InternAtRisk {
  intern: string;
  reasons: RiskReason[];
  /** The mentor the intern is assigned to (the digest keeps a mentor's own). */
  mentor_id: string | null;
}

/** What the rule needs beyond the weeks, as two columns of a query over cohorts `c` (RISK_INPUTS_SQL). */
export interface RiskInputsRow {
  /** Each intern's last tick (ISO 8601), by intern id, from weeks.last_done_at (kept by the tasks trigger). */
  last_ticks: Record<string, string> | null;
  /** The thresholds: [behind weeks, falling weeks, idle days] (program_settings). */
  risk_settings: [number, number, number] | null;
}

/** The columns last_ticks and risk_settings of the cohort `c`: two small subqueries, no per-intern statement. */
export const RISK_INPUTS_SQL = Prisma.sql`
  (SELECT json_object_agg(t.intern_id, t.last_done_at)
   FROM (SELECT w.intern_id, max(w.last_done_at) AS last_done_at FROM weeks w
         WHERE w.cohort_id = c.id AND w.last_done_at IS NOT NULL GROUP BY w.intern_id) t) AS last_ticks,
  (SELECT json_build_array(s.risk_behind_weeks, s.risk_falling_weeks, s.risk_idle_days)
   FROM program_settings s WHERE s.id = 1) AS risk_settings`;

/** The grid's inputs from those columns: each intern's last tick as a day of the program's time zone, and the thresholds. */
export function riskInputsOf(row: RiskInputsRow, timeZone: string): Pick<GridInput, "lastTicks" | "riskSettings"> {
  const [behindWeeks, fallingWeeks, idleDays] = row.risk_settings ?? [];
  return {
    lastTicks: Object.fromEntries(
      Object.entries(row.last_ticks ?? {}).map(([id, at]) => [id, todayIn(timeZone, new Date(at))]),
    ),
    riskSettings:
      behindWeeks && fallingWeeks && idleDays ? { behindWeeks, fallingWeeks, idleDays } : DEFAULT_RISK_SETTINGS,
  };
}

interface CohortRow extends RiskInputsRow {
  id: string;
  name: string;
  start_date: Date;
  week_count: number;
  /** [id, name, email, assigned mentor's id] */
  interns: [string, string, string, string | null][];
  /** [id, intern id, number, status, start date, end date, done, total, extended until] */
  weeks: [string, string, number, WeekStatus, IsoDate, IsoDate, number, number, IsoDate | null][];
}

/** Each cohort's interns at risk on `today`, by name, with their reasons: one statement for all the cohorts. */
export async function internsAtRisk(
  tx: Tx,
  cohortIds: readonly string[],
  today: IsoDate,
  timeZone: string,
): Promise<Map<string, InternAtRisk[]>> {
  if (cohortIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<CohortRow[]>`
    SELECT c.id::text AS id, c.name, c.start_date, c.week_count,
           coalesce((SELECT json_agg(json_build_array(u.id, u.name, u.email, e.mentor_id))
                     FROM enrollments e JOIN users u ON u.id = e.user_id AND u.deactivated_at IS NULL
                     WHERE e.cohort_id = c.id), '[]') AS interns,
           coalesce((SELECT json_agg(json_build_array(w.id, w.intern_id, w.number, w.status, w.start_date, w.end_date,
                                                      w.done_count, w.task_count, w.extended_until))
                     FROM weeks w JOIN enrollments e ON e.user_id = w.intern_id AND e.cohort_id = c.id
                     WHERE w.cohort_id = c.id), '[]') AS weeks,
           ${RISK_INPUTS_SQL}
    FROM cohorts c
    WHERE c.id = ANY(${cohortIds as string[]}::uuid[])`;
  return new Map(rows.map((row) => [row.id, atRiskOf(row, today, timeZone)]));
}

function atRiskOf(row: CohortRow, today: IsoDate, timeZone: string): InternAtRisk[] {
  // extendedUntil rides along for the deadline extensions (schedule.ts dueDateOf), as the grid's weeks carry it.
  const weeks = row.weeks.map(([id, internId, number, status, startDate, endDate, done, total, extendedUntil]) => ({
    id,
    internId,
    number,
    status,
    startDate,
    endDate,
    extendedUntil,
    submittedAt: null,
    approvedAt: null,
    done,
    total,
  }));
  const grid = buildGrid({
    cohort: { id: row.id, name: row.name, startDate: isoDateFromDb(row.start_date), weekCount: row.week_count },
    today,
    interns: row.interns.map(([id, name, email, mentorId]) => ({
      id,
      name,
      email,
      mentor: mentorId ? { id: mentorId, name: "" } : null,
    })),
    weeks: weeks satisfies GridInput["weeks"],
    ...riskInputsOf(row, timeZone),
  });
  return grid.rows
    .filter((r) => r.risk.length > 0)
    .sort((a, b) => compareInterns(a.intern, b.intern))
    .map((r) => ({ intern: r.intern.name, reasons: r.risk, mentor_id: r.intern.mentor?.id ?? null }));
}
