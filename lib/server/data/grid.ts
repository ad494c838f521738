import "server-only";
import type { IsoDate } from "@/lib/worklog/dates";
import { buildGrid, type CohortGrid } from "@/lib/worklog/grid";
import { gridToCsv, type CsvWords } from "@/lib/worklog/grid-csv";
import type { InternScope } from "@/lib/worklog/assignment";
import type { GridFilter } from "@/lib/worklog/grid-filter";
import { fileSlug } from "@/lib/worklog/slug";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { viewCache, type Lineage } from "../cache/view-cache";
import { assertRole } from "./access";
import { NotFoundError } from "./errors";
import { gridVersionFor } from "./grid-version";
import { gridInputColumns, gridInputOf, type GridInputRow } from "./grid-input";
import type { Viewer } from "./viewer";

/** A cohort's grid as kept in the view cache, with the version it shows and its key and lineage there. */
export type KeptGrid = CohortGrid & { version: string; viewKey: string; lineage: Lineage };

/** What a view rendered from a grid is kept under: that grid's key and lineage (getCohortGrid). */
export type GridCacheSlot = Pick<KeptGrid, "viewKey" | "lineage">;

/**
 * The cohort as its mentor sees it: every intern's every week with progress and review status.
 * Kept in the view cache under the cohort's grid version (docs/decisions/022), which gridVersionFor
 * reads first with the access rule (reviewerSeesCohortSql): mentors of other cohorts, interns and
 * strangers get NotFoundError, the same answer as a cohort that does not exist. On a miss, one query,
 * one row, whatever the cohort's size: the cohort, its interns and their weeks (with the task counts
 * the database keeps on each week) as JSON arrays. Read as 600 rows of 16 columns the same data cost
 * the server several milliseconds more a view (docs/PERFORMANCE.md). tests/integration/grid.test.ts
 * counts the queries. The grid returned is shared with other requests: read it, do not change it.
 * `version` is the grid version it shows (the live updates compare it with the stream's); `viewKey`
 * its key in the view cache, and `lineage` its lineage there, for what is rendered from it and kept
 * there too (components/cohort/cohort-grid.tsx).
 */
export async function getCohortGrid(
  viewer: Viewer,
  cohortId: string,
  options: { today?: IsoDate; scope?: InternScope | undefined } = {},
): Promise<KeptGrid> {
  assertRole(viewer);
  const { key: version, version: gridVersion, lineage } = await gridVersionFor(viewer, cohortId);
  const today = options.today ?? programToday();
  const zone = databaseEnv().WORKLOG_TIME_ZONE;
  const key = `grid ${version} ${today} ${zone} ${viewer.id} ${options.scope ?? ""}`;
  return viewCache().get(
    key,
    async () => {
      const [cohort] = await db.$queryRaw<GridInputRow[]>`
      SELECT ${gridInputColumns()} FROM cohorts c WHERE c.id = ${cohortId}::uuid`;
      if (!cohort) throw new NotFoundError("cohort");
      const grid = buildGrid({ ...gridInputOf(cohort, today, zone), viewerId: viewer.id, scope: options.scope });
      // The version the grid shows (at least: it was read before the data), for the page's live updates.
      return { ...grid, version: gridVersion, viewKey: key, lineage };
    },
    lineage,
  );
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
