import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { progressOf, type Progress } from "@/lib/worklog/progress";
import { programPhase, type ProgramPhase } from "@/lib/worklog/schedule";
import { isReviewer } from "@/lib/worklog/status";
import { db } from "../db";
import { programToday } from "../today";
import { assertRole, cohortsVisibleTo } from "./access";
import { weekBehindSql } from "./rules-sql";
import type { Viewer } from "./viewer";

export interface CohortSummary {
  id: string;
  name: string;
  startDate: string;
  weekCount: number;
  internCount: number;
  waitingForReview: number;
  /** Where the program stands today: not started, week N of M, finished. */
  phase: ProgramPhase;
  /** For mentors and admins: done over planned tasks of all the cohort's interns; null for interns. */
  progress: Progress | null;
  /** For mentors and admins: interns with at least one week behind (isWeekBehind); null for interns. */
  internsBehind: number | null;
}

interface CohortNumbersSql {
  cohort_id: string;
  interns: number;
  waiting: number;
  /** Null for viewers who are not reviewers (and for a cohort without weeks). */
  done: number | null;
  total: number | null;
  behind: number | null;
}

/** How every list of cohorts is ordered, and what it reads of each for its card's heading. */
export const cohortsNewestFirst = [
  { startDate: "desc" },
  { name: "asc" },
] satisfies Prisma.CohortOrderByWithRelationInput[];
export const cohortHeadingSelect = { id: true, name: true, startDate: true, weekCount: true } as const;

/**
 * The cohorts a mentor mentors (admins: all; interns: their own), with what waits for review. Two
 * queries: the cohorts, then their numbers, each counted by the cohort's own rows (the indexes by
 * cohort), so the cost does not grow with the rest of the program.
 */
export async function listCohorts(viewer: Viewer, options: { today?: IsoDate } = {}): Promise<CohortSummary[]> {
  assertRole(viewer);
  const today = options.today ?? programToday();
  const cohorts = await db.cohort.findMany({
    where: cohortsVisibleTo(viewer),
    orderBy: cohortsNewestFirst,
    select: cohortHeadingSelect,
  });
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
  // Aggregates over other interns' weeks are for reviewers only: for anyone else they stay null.
  const reviewer = isReviewer(viewer.role);
  const stats =
    cohorts.length > 0
      ? await db.$queryRaw<CohortNumbersSql[]>`
          SELECT c.id AS cohort_id,
                 (SELECT count(*) FROM enrollments e WHERE e.cohort_id = c.id)::int AS interns,
                 (SELECT count(*) FROM weeks w WHERE w.cohort_id = c.id AND w.status = 'SUBMITTED')::int AS waiting,
                 s.done::int, s.total::int, s.behind::int
          FROM unnest(${cohorts.map((c) => c.id)}::uuid[]) AS c(id)
          LEFT JOIN LATERAL (
            SELECT sum(w.done_count) AS done, sum(w.task_count) AS total,
                   count(DISTINCT w.intern_id) FILTER (WHERE ${behind}) AS behind
            FROM weeks w
            JOIN enrollments e ON e.user_id = w.intern_id AND e.cohort_id = w.cohort_id
            WHERE w.cohort_id = c.id AND ${reviewer}) s ON true`
      : [];
  const statsOf = new Map(stats.map((s) => [s.cohort_id, s]));
  return cohorts.map((c) => {
    const s = statsOf.get(c.id);
    const startDate = isoDateFromDb(c.startDate);
    return {
      id: c.id,
      name: c.name,
      startDate,
      weekCount: c.weekCount,
      internCount: s?.interns ?? 0,
      waitingForReview: s?.waiting ?? 0,
      phase: programPhase({ startDate, weekCount: c.weekCount }, today),
      progress: reviewer ? progressOf(s?.done ?? 0, s?.total ?? 0) : null,
      internsBehind: reviewer ? (s?.behind ?? 0) : null,
    };
  });
}
