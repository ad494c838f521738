import "server-only";
import { isoDateFromDb } from "@/lib/worklog/dates";
import { db } from "../db";
import { cohortsVisibleTo } from "./access";
import type { Viewer } from "./viewer";

export interface CohortSummary {
  id: string;
  name: string;
  startDate: string;
  weekCount: number;
  internCount: number;
  waitingForReview: number;
}

/** The cohorts a mentor mentors (admins: all; interns: their own), with what waits for review. */
export async function listCohorts(viewer: Viewer): Promise<CohortSummary[]> {
  const cohorts = await db.cohort.findMany({
    where: cohortsVisibleTo(viewer),
    orderBy: [{ startDate: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      startDate: true,
      weekCount: true,
      _count: { select: { enrollments: true, weeks: { where: { status: "SUBMITTED" } } } },
    },
  });
  return cohorts.map((c) => ({
    id: c.id,
    name: c.name,
    startDate: isoDateFromDb(c.startDate),
    weekCount: c.weekCount,
    internCount: c._count.enrollments,
    waitingForReview: c._count.weeks,
  }));
}
