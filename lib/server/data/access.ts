import { say } from "@/lib/i18n/said";
import "server-only";
// Who may see and do what: each rule is written once here and used by every read and write.
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDateFromDb } from "@/lib/worklog/dates";
import {
  editRefusal,
  transitionRefusal,
  type Refusal,
  type Role,
  type Transition,
  type WeekState,
  type WeekStatus,
} from "@/lib/worklog/status";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

/**
 * The first check of every data-layer entry point. A person in no group sees nothing: NotFoundError,
 * as every scope below gives them. Someone whose role is not among `roles` gets a ForbiddenError
 * that names who may. With no `roles`, any role passes: operations on one week or task admit every
 * role, so that a week the viewer may not see stays a 404 and the week's own rule
 * (lib/worklog/status.ts) gives the 403 for one they see but may not change.
 */
export function assertRole<R extends Role>(viewer: Viewer, ...roles: R[]): asserts viewer is Viewer & { role: R } {
  if (viewer.role === null) throw new NotFoundError();
  if (roles.length > 0 && !(roles as Role[]).includes(viewer.role)) {
    throw new ForbiddenError(say("errors.onlyRoles", { roles: [...roles].sort().join("_") }));
  }
}

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
  if (!week) throw new NotFoundError("week");
  return week as Prisma.WeekGetPayload<{ select: S }>;
}

/** Throws unless the viewer may change this week's content now, saying why not (lib/worklog/status.ts). */
export function assertCanEdit(viewer: Viewer, week: WeekState): void {
  throwRefusal(editRefusal(viewer, week));
}

/** Throws unless the viewer may make this move on the week now (submit, approve, request changes). */
export function assertCanTransition(viewer: Viewer, week: WeekState, transition: Transition): void {
  throwRefusal(transitionRefusal(viewer, week, transition));
}

function throwRefusal(refusal: Refusal | null): void {
  if (!refusal) return;
  throw refusal.kind === "forbidden" ? new ForbiddenError(refusal.message) : new ConflictError(refusal.message);
}

/**
 * The week, visible to this viewer, row-locked for the rest of the transaction, with its status as
 * read under the lock (a submit or a review may have landed a moment before).
 */
export async function lockVisibleWeek(tx: Tx, viewer: Viewer, weekId: string) {
  const select = { id: true, internId: true, status: true, startDate: true, endDate: true } as const;
  const week = await findVisibleWeek(viewer, weekId, select, tx);
  const [locked] = await tx.$queryRaw<{ status: WeekStatus }[]>`
    SELECT status::text AS status FROM weeks WHERE id = ${week.id}::uuid FOR UPDATE`;
  if (!locked) throw new NotFoundError("week");
  return {
    ...week,
    status: locked.status,
    startIso: isoDateFromDb(week.startDate),
    endIso: isoDateFromDb(week.endDate),
  };
}

/** lockVisibleWeek, for a change of the week's content: only its intern, only a draft or a returned week. */
export async function lockEditableWeek(tx: Tx, viewer: Viewer, weekId: string) {
  const week = await lockVisibleWeek(tx, viewer, weekId);
  assertCanEdit(viewer, week);
  return week;
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
