import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { buildGrid, type CohortGrid } from "@/lib/worklog/grid";
import { gridToCsv, type CsvWords } from "@/lib/worklog/grid-csv";
import type { InternScope } from "@/lib/worklog/assignment";
import type { GridFilter } from "@/lib/worklog/grid-filter";
import { fileSlug } from "@/lib/worklog/slug";
import type { WeekStatus } from "@/lib/worklog/status";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { assertRole, isUuid, reviewerSeesCohortSql } from "./access";
import { NotFoundError } from "./errors";
import { riskInputsOf, RISK_INPUTS_SQL, type RiskInputsRow } from "./risk";
import type { Viewer } from "./viewer";

/** An intern: [id, name, email, assigned mentor's id, their name]. */
type InternTuple = [string, string, string, string | null, string | null];
/**
 * A week: [id, intern id, number, status, start date, end date, submitted at, approved at, done, total,
 * extended until].
 * In JSON PostgreSQL writes a DATE as YYYY-MM-DD and a timestamptz as ISO 8601 with its offset.
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

interface GridRow extends RiskInputsRow {
  id: string;
  name: string;
  start_date: Date;
  week_count: number;
  interns: InternTuple[];
  weeks: WeekTuple[];
}

const instant = (text: string | null) => (text === null ? null : new Date(text).toISOString());

/**
 * The cohort as its mentor sees it: every intern's every week with progress and review status.
 * One query, one row, whatever the cohort's size: the cohort, its interns and their weeks (with the
 * task counts the database keeps on each week) as JSON arrays. Read as 600 rows of 16 columns the
 * same data cost the server several milliseconds more a view (docs/PERFORMANCE.md). The access rule
 * is reviewerSeesCohortSql; tests/integration/grid.test.ts counts the queries. Mentors of other
 * cohorts, interns and strangers get NotFoundError, the same answer as a cohort that does not exist.
 */
export async function getCohortGrid(
  viewer: Viewer,
  cohortId: string,
  options: { today?: IsoDate; scope?: InternScope | undefined } = {},
): Promise<CohortGrid> {
  assertRole(viewer);
  const [cohort] = isUuid(cohortId)
    ? await db.$queryRaw<GridRow[]>`
        SELECT c.id, c.name, c.start_date, c.week_count,
               coalesce((SELECT json_agg(json_build_array(u.id, u.name, u.email, e.mentor_id, m.name))
                         FROM enrollments e JOIN users u ON u.id = e.user_id LEFT JOIN users m ON m.id = e.mentor_id
                         WHERE e.cohort_id = c.id), '[]') AS interns,
               coalesce((SELECT json_agg(json_build_array(w.id, w.intern_id, w.number, w.status, w.start_date, w.end_date,
                                                          w.submitted_at, w.approved_at, w.done_count, w.task_count,
                                                          w.extended_until))
                         FROM weeks w JOIN enrollments e ON e.user_id = w.intern_id AND e.cohort_id = c.id
                         WHERE w.cohort_id = c.id), '[]') AS weeks,
               ${RISK_INPUTS_SQL}
        FROM cohorts c
        WHERE c.id = ${cohortId}::uuid AND ${reviewerSeesCohortSql(viewer, Prisma.sql`c.id`)}`
    : [];
  if (!cohort) throw new NotFoundError("cohort");
  return buildGrid({
    cohort: {
      id: cohort.id,
      name: cohort.name,
      startDate: isoDateFromDb(cohort.start_date),
      weekCount: cohort.week_count,
    },
    today: options.today ?? programToday(),
    interns: cohort.interns.map(([id, name, email, mentorId, mentorName]) => ({
      id,
      name,
      email,
      mentor: mentorId ? { id: mentorId, name: mentorName ?? "" } : null,
    })),
    viewerId: viewer.id,
    scope: options.scope,
    ...riskInputsOf(cohort, databaseEnv().WORKLOG_TIME_ZONE),
    weeks: cohort.weeks.map(
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
  });
}

/** The grid as filtered, as a CSV file (same access as the grid), in `words` (English by default). */
export async function exportCohortGridCsv(
  viewer: Viewer,
  cohortId: string,
  filter: GridFilter,
  { words, ...options }: { today?: IsoDate; words?: CsvWords } = {},
): Promise<{ filename: string; csv: string }> {
  const grid = await getCohortGrid(viewer, cohortId, { ...options, scope: filter.scope });
  const slug = fileSlug(grid.cohort.name);
  return {
    filename: `${slug || "cohort"}-${grid.today}.csv`,
    csv: gridToCsv(grid.rows, filter, databaseEnv().WORKLOG_TIME_ZONE, words),
  };
}
