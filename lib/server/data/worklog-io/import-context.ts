import "server-only";
import { db } from "../../db";
import { assertRole } from "../access";
import type { Viewer } from "../viewer";

/** What the import page shows before any upload: the intern's cohort and the weeks they have. */
export async function importContext(
  viewer: Viewer,
): Promise<{ cohortName: string; weekCount: number; weeks: number[] } | null> {
  assertRole(viewer, "INTERN");
  const [enrollment, weeks] = await Promise.all([
    db.enrollment.findUnique({
      where: { userId: viewer.id },
      select: { cohort: { select: { name: true, weekCount: true } } },
    }),
    db.week.findMany({ where: { internId: viewer.id }, orderBy: { number: "asc" }, select: { number: true } }),
  ]);
  if (!enrollment) return null;
  return {
    cohortName: enrollment.cohort.name,
    weekCount: enrollment.cohort.weekCount,
    weeks: weeks.map((week) => week.number),
  };
}
