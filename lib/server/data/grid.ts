import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/worklog/dates";
import { buildGrid, type CohortGrid } from "@/lib/worklog/grid";
import { gridToCsv, type CsvWords } from "@/lib/worklog/grid-csv";
import type { InternScope } from "@/lib/worklog/assignment";
import type { GridFilter } from "@/lib/worklog/grid-filter";
import { fileSlug } from "@/lib/worklog/slug";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { assertRole, isUuid, reviewerSeesCohortSql } from "./access";
import { NotFoundError } from "./errors";
import { gridInputColumns, gridInputOf, type GridInputRow } from "./grid-input";
import type { Viewer } from "./viewer";

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
    ? await db.$queryRaw<GridInputRow[]>`
        SELECT ${gridInputColumns()}
        FROM cohorts c
        WHERE c.id = ${cohortId}::uuid AND ${reviewerSeesCohortSql(viewer, Prisma.sql`c.id`)}`
    : [];
  if (!cohort) throw new NotFoundError("cohort");
  return buildGrid({
    ...gridInputOf(cohort, options.today ?? programToday(), databaseEnv().WORKLOG_TIME_ZONE),
    viewerId: viewer.id,
    scope: options.scope,
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
