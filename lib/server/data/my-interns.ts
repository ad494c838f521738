import "server-only";
// "My interns" across a mentor's cohorts, for the review queue: in each cohort where they have
// interns assigned, those; in the others, everyone (ownInternsOnly, lib/worklog/assignment.ts, per
// cohort). One statement for a mentor, none for an admin (nobody's mentor: always the whole cohort).
import { Prisma } from "@/lib/generated/prisma/client";
import { ownInternsOnly, type InternScope } from "@/lib/worklog/assignment";
import { db } from "../db";
import type { Viewer } from "./viewer";

export async function myInternsWhere(
  viewer: Viewer,
  scope: InternScope | undefined,
): Promise<{ where: Prisma.WeekWhereInput; scope: { ownOnly: boolean; own: number } }> {
  if (viewer.role !== "MENTOR") return { where: {}, scope: { ownOnly: false, own: 0 } };
  const counts = await db.enrollment.groupBy({ by: ["cohortId"], where: { mentorId: viewer.id }, _count: true });
  const narrowed = counts.filter((c) => ownInternsOnly(scope, c._count)).map((c) => c.cohortId);
  const own = counts.reduce((n, c) => n + c._count, 0);
  if (narrowed.length === 0) return { where: {}, scope: { ownOnly: false, own } };
  return {
    where: {
      OR: [{ cohortId: { notIn: narrowed } }, { intern: { enrollment: { mentorId: viewer.id } } }],
    },
    scope: { ownOnly: true, own },
  };
}
