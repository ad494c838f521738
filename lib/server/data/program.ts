import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { progressOf, type Progress } from "@/lib/worklog/progress";
import { reviewWait } from "@/lib/worklog/review-wait";
import type { RiskCount } from "@/lib/worklog/risk-counts";
import { programPhase, type ProgramPhase } from "@/lib/worklog/schedule";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { viewCache } from "../cache/view-cache";
import { assertRole } from "./access";
import { lineageOf, versionKey } from "./grid-version";
import { weekBehindSql } from "./rules-sql";
import type { Viewer } from "./viewer";

export interface ProgramCohort {
  id: string;
  name: string;
  startDate: IsoDate;
  weekCount: number;
  internCount: number;
  /** Where the cohort stands today: not started, week N of M, finished (programPhase). */
  phase: ProgramPhase;
  /** Done over planned tasks of all its interns' weeks. */
  progress: Progress;
  /** Weeks submitted and waiting for a review, and the days the oldest of them has waited (null: none waits). */
  waiting: number;
  oldestWaitingDays: number | null;
  /** Interns with at least one week behind (isWeekBehind, through its SQL twin). */
  internsBehind: number;
  /** Interns at risk as last counted by the worker (cohort_risk_counts), or null: never counted yet. */
  atRisk: RiskCount | null;
}

interface ProgramRowSql {
  id: string;
  name: string;
  start_date: Date;
  week_count: number;
  interns: number;
  done: number;
  total: number;
  behind: number;
  waiting: number;
  /** When the longest-waiting submitted week was handed in (its last change, if it has no time). */
  waiting_since: Date | null;
  at_risk: number | null;
  risk_computed_at: Date | null;
}

interface CohortVersionSql {
  id: string;
  version: bigint;
  created_at: Date;
  risk_computed_at: Date | null;
}

/**
 * Every cohort of the program in one table, for admins: the cohort cards' numbers (listCohorts) and
 * the oldest week waiting for review. Each cohort's row is kept in the view cache under its grid
 * version and the time of its at-risk count (docs/decisions/022): one small query reads those for
 * every cohort, and one more reads the rows not kept, in one pass whatever their number (a tick
 * moves one cohort, so one row is read again). Progress and "behind" count the weeks of the
 * cohort's enrolled interns, as the grid does; the waiting weeks are the review queue's (submitted
 * weeks of the cohort), and their wait is reckoned as the queue's. The interns at risk are read as
 * kept (lib/server/data/risk-counts.ts), not judged per request.
 */
export async function getProgramOverview(viewer: Viewer, options: { today?: IsoDate } = {}): Promise<ProgramCohort[]> {
  assertRole(viewer, "ADMIN");
  const today = options.today ?? programToday();
  const zone = databaseEnv().WORKLOG_TIME_ZONE;
  const cohorts = await db.$queryRaw<CohortVersionSql[]>`
    SELECT c.id, c.grid_version AS version, c.created_at, rc.computed_at AS risk_computed_at
    FROM cohorts c LEFT JOIN cohort_risk_counts rc ON rc.cohort_id = c.id
    ORDER BY c.start_date DESC, c.name ASC`;
  const cache = viewCache();
  const keyOf = (c: CohortVersionSql) =>
    `program ${versionKey(c)} ${c.risk_computed_at?.toISOString() ?? "-"} ${today} ${zone}`;
  const missing = cohorts.filter((c) => !cache.has(keyOf(c))).map((c) => c.id);
  // One read of the rows not kept, which the misses below wait for. Each cache.get looks its key up
  // at once, before anything is awaited, so a row kept at has() is still kept there.
  const read =
    missing.length > 0
      ? readProgramRows(missing, today).then((rows) => new Map(rows.map((r) => [r.id, r])))
      : Promise.resolve(new Map<string, ProgramRowSql>());
  // A miss joined to another request's computation does not wait for it: its failure is theirs to report.
  read.catch(() => {});
  const rows = await Promise.all(
    cohorts.map((c) =>
      cache.get(
        keyOf(c),
        async () => {
          // Null: the cohort was deleted meanwhile.
          const row = (await read).get(c.id);
          return row ? programCohortOf(row, today, zone) : null;
        },
        lineageOf(c),
      ),
    ),
  );
  return rows.filter((row): row is ProgramCohort => row !== null);
}

/** These cohorts' overview rows: one pass over each cohort's weeks (the weeks index by cohort). */
function readProgramRows(cohortIds: string[], today: IsoDate): Promise<ProgramRowSql[]> {
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
  // Enrolled interns' progress and "behind", and every submitted week for the queue's count and oldest wait.
  return db.$queryRaw<ProgramRowSql[]>`
    SELECT c.id, c.name, c.start_date, c.week_count,
           (SELECT count(*) FROM enrollments e WHERE e.cohort_id = c.id)::int AS interns,
           coalesce(s.done, 0)::int AS done, coalesce(s.total, 0)::int AS total, s.behind::int AS behind,
           s.waiting::int AS waiting, s.waiting_since, rc.at_risk, rc.computed_at AS risk_computed_at
    FROM cohorts c
    LEFT JOIN cohort_risk_counts rc ON rc.cohort_id = c.id
    CROSS JOIN LATERAL (
      SELECT sum(w.done_count) FILTER (WHERE e.user_id IS NOT NULL) AS done,
             sum(w.task_count) FILTER (WHERE e.user_id IS NOT NULL) AS total,
             count(DISTINCT w.intern_id) FILTER (WHERE e.user_id IS NOT NULL AND ${behind}) AS behind,
             count(*) FILTER (WHERE w.status = 'SUBMITTED') AS waiting,
             min(coalesce(w.submitted_at, w.updated_at)) FILTER (WHERE w.status = 'SUBMITTED') AS waiting_since
      FROM weeks w LEFT JOIN enrollments e ON e.user_id = w.intern_id AND e.cohort_id = w.cohort_id
      WHERE w.cohort_id = c.id) s
    WHERE c.id = ANY(${cohortIds}::uuid[])`;
}

function programCohortOf(r: ProgramRowSql, today: IsoDate, zone: string): ProgramCohort {
  const startDate = isoDateFromDb(r.start_date);
  return {
    id: r.id,
    name: r.name,
    startDate,
    weekCount: r.week_count,
    internCount: r.interns,
    phase: programPhase({ startDate, weekCount: r.week_count }, today),
    progress: progressOf(r.done, r.total),
    waiting: r.waiting,
    oldestWaitingDays: r.waiting_since
      ? reviewWait({ submittedAt: r.waiting_since, updatedAt: r.waiting_since }, zone, today).waitingDays
      : null,
    internsBehind: r.behind,
    atRisk: r.at_risk !== null && r.risk_computed_at ? { atRisk: r.at_risk, computedAt: r.risk_computed_at } : null,
  };
}
