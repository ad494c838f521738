import "server-only";
import { fileSlug } from "@/lib/worklog/slug";
import { isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { buildGrid, gridToCsv, type CohortGrid } from "@/lib/worklog/grid";
import type { GridFilter } from "@/lib/schemas/cohort";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { canReviewWeeks, cohortsVisibleTo, internsVisibleTo, isUuid, weeksVisibleTo } from "./access";
import { NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

/**
 * The cohort as its mentor sees it: every intern's every week with progress and review status.
 * Three queries whatever the cohort's size (the cohort, its interns, their weeks with their task
 * counts, which the database keeps on each week); tests/integration/grid.test.ts counts them. Mentors of other cohorts, interns and
 * strangers get NotFoundError, the same answer as a cohort that does not exist.
 */
export async function getCohortGrid(viewer: Viewer, cohortId: string, options: { today?: IsoDate } = {}): Promise<CohortGrid> {
  const cohort =
    isUuid(cohortId) && canReviewWeeks(viewer)
      ? await db.cohort.findFirst({
          where: { AND: [{ id: cohortId }, cohortsVisibleTo(viewer)] },
          select: { id: true, name: true, startDate: true, weekCount: true },
        })
      : null;
  if (!cohort) throw new NotFoundError("This cohort");
  const [interns, weeks] = await Promise.all([
    db.user.findMany({
      where: { AND: [{ enrollment: { cohortId: cohort.id } }, internsVisibleTo(viewer)] },
      select: { id: true, name: true, email: true },
    }),
    db.week.findMany({
      where: { AND: [{ cohortId: cohort.id }, weeksVisibleTo(viewer)] },
      select: {
        id: true,
        internId: true,
        number: true,
        status: true,
        startDate: true,
        endDate: true,
        submittedAt: true,
        approvedAt: true,
        taskCount: true,
        doneCount: true,
      },
    }),
  ]);
  return buildGrid({
    cohort: { id: cohort.id, name: cohort.name, startDate: isoDateFromDb(cohort.startDate), weekCount: cohort.weekCount },
    today: options.today ?? programToday(),
    interns,
    weeks: weeks.map((w) => ({
      id: w.id,
      internId: w.internId,
      number: w.number,
      status: w.status,
      startDate: isoDateFromDb(w.startDate),
      endDate: isoDateFromDb(w.endDate),
      submittedAt: w.submittedAt?.toISOString() ?? null,
      approvedAt: w.approvedAt?.toISOString() ?? null,
      done: w.doneCount,
      total: w.taskCount,
    })),
  });
}

/** The grid as filtered, as a CSV file (same access as the grid). */
export async function exportCohortGridCsv(
  viewer: Viewer,
  cohortId: string,
  filter: GridFilter,
  options: { today?: IsoDate } = {},
): Promise<{ filename: string; csv: string }> {
  const grid = await getCohortGrid(viewer, cohortId, options);
  const slug = fileSlug(grid.cohort.name);
  return {
    filename: `${slug || "cohort"}-${grid.today}.csv`,
    csv: gridToCsv(grid.rows, filter, databaseEnv().WORKLOG_TIME_ZONE),
  };
}
