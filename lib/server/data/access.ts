import "server-only";
// Who may see and do what: each rule is written once here and used by every read and write.
import { Prisma, type WeekStatus } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

const NOTHING = { id: { in: [] as string[] } };

/** The weeks this viewer may see: their own (intern), their cohorts' (mentor), all (admin). */
export function weeksVisibleTo(viewer: Viewer): Prisma.WeekWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "MENTOR":
      return { cohort: { mentors: { some: { mentorId: viewer.id } } } };
    case "INTERN":
      return { internId: viewer.id };
    default:
      return NOTHING;
  }
}

/** The cohorts this viewer may see: their own (intern), the ones they mentor, all (admin). */
export function cohortsVisibleTo(viewer: Viewer): Prisma.CohortWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "MENTOR":
      return { mentors: { some: { mentorId: viewer.id } } };
    case "INTERN":
      return { enrollments: { some: { userId: viewer.id } } };
    default:
      return NOTHING;
  }
}

/**
 * cohortsVisibleTo for hand-written SQL, for the reviewers (mentor, admin): a condition on the
 * cohort id given. Anyone else sees no cohort this way.
 */
export function reviewerSeesCohortSql(viewer: Viewer, cohortId: Prisma.Sql): Prisma.Sql {
  switch (viewer.role) {
    case "ADMIN":
      return Prisma.sql`TRUE`;
    case "MENTOR":
      return Prisma.sql`EXISTS (SELECT 1 FROM cohort_mentors m WHERE m.cohort_id = ${cohortId} AND m.mentor_id = ${viewer.id}::uuid)`;
    default:
      return Prisma.sql`FALSE`;
  }
}

/** The interns whose worklog this viewer may see. */
export function internsVisibleTo(viewer: Viewer): Prisma.UserWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return { enrollment: { isNot: null } };
    case "MENTOR":
      return { enrollment: { cohort: { mentors: { some: { mentorId: viewer.id } } } } };
    case "INTERN":
      return { id: viewer.id };
    default:
      return NOTHING;
  }
}

/** Statuses in which the intern may change their week: a submitted week waits for review, an approved one is final. */
export const EDITABLE_STATUSES: readonly WeekStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

export function canEditWeek(viewer: Viewer, week: { internId: string; status: WeekStatus }): boolean {
  return viewer.role === "INTERN" && viewer.id === week.internId && EDITABLE_STATUSES.includes(week.status);
}

export function canReviewWeeks(viewer: Viewer): boolean {
  return viewer.role === "MENTOR" || viewer.role === "ADMIN";
}

/** May this viewer review this (visible) week: a mentor or admin, and never their own week. */
export function canReviewWeek(viewer: Viewer, week: { internId: string }): boolean {
  return canReviewWeeks(viewer) && week.internId !== viewer.id;
}

/** The week, if the viewer may see it; else NotFoundError (same answer as a week that does not exist). */
export async function findVisibleWeek<S extends Prisma.WeekSelect>(
  viewer: Viewer,
  weekId: string,
  select: S,
  client: Pick<typeof db, "week"> = db,
): Promise<Prisma.WeekGetPayload<{ select: S }>> {
  const week = isUuid(weekId)
    ? await client.week.findFirst({ where: { AND: [{ id: weekId }, weeksVisibleTo(viewer)] }, select })
    : null;
  if (!week) throw new NotFoundError("This week");
  return week as Prisma.WeekGetPayload<{ select: S }>;
}

/** Throws unless the viewer may change this week's content now, saying why not. */
export function assertCanEdit(viewer: Viewer, week: { internId: string; status: WeekStatus }): void {
  if (viewer.role !== "INTERN" || viewer.id !== week.internId) {
    throw new ForbiddenError(
      "Only the intern who owns this week can change it. Mentors review weeks; they do not edit them.",
    );
  }
  if (week.status === "APPROVED") throw new ConflictError("This week is approved and can no longer be changed.");
  if (week.status === "SUBMITTED") {
    throw new ConflictError(
      "This week is waiting for review. It can be changed again if your mentor asks for changes.",
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs and forms are checked before they reach a UUID column (which would throw). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Serialises whatever adds or moves an intern's weeks (new week, import, move to another cohort):
 * each takes this row lock first, so a week cannot be created in the cohort an intern is leaving.
 */
export async function lockIntern(tx: Pick<typeof db, "$executeRaw">, internId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${internId}::uuid FOR UPDATE`;
}
