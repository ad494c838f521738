import { say } from "@/lib/i18n/said";
import "server-only";
// The admin's changes to the program: cohorts, who is in them, the module catalogue. Admins only;
// each change is one transaction with its audit entry.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AddPersonInput, CreateCohortInput, ModuleInput, MoveInternInput } from "@/lib/schemas/admin";
import { dbDateFromIso, isoDateFromDb } from "@/lib/worklog/dates";
import { db, type Tx } from "../db";
import { assertRole, isUuid, lockIntern } from "./access";
import { audit, auditMany } from "./audit";
import { cohortHeadingSelect, cohortsNewestFirst } from "./cohorts";
import { NotFoundError, ValidationError } from "./errors";
import { notifyWelcome } from "./notifications/write";
import type { Viewer } from "./viewer";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function findCohort(tx: Tx, cohortId: string) {
  const cohort = isUuid(cohortId)
    ? await tx.cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true } })
    : null;
  if (!cohort) throw new NotFoundError("cohort");
  return cohort;
}

export interface AdminPerson {
  id: string;
  name: string;
  email: string;
  /** False until their first sign-in (an admin added them by email). */
  signedIn: boolean;
}

export interface AdminOverview {
  cohorts: {
    id: string;
    name: string;
    startDate: string;
    weekCount: number;
    /** mentorId: the one of the cohort's mentors the intern is assigned to (null: none). */
    interns: (AdminPerson & { mentorId: string | null })[];
    mentors: AdminPerson[];
  }[];
  modules: { id: string; code: string; title: string; referenceUrl: string | null; curriculumWeek: number }[];
}

/** Everything the admin page shows. */
export async function getAdminOverview(viewer: Viewer): Promise<AdminOverview> {
  assertRole(viewer, "ADMIN");
  const person = { select: { id: true, name: true, email: true, authSubject: true } } as const;
  const [cohorts, modules] = await Promise.all([
    db.cohort.findMany({
      orderBy: cohortsNewestFirst,
      select: {
        ...cohortHeadingSelect,
        enrollments: { select: { user: person, mentorId: true }, orderBy: { user: { name: "asc" } } },
        mentors: { select: { mentor: person }, orderBy: { mentor: { name: "asc" } } },
      },
    }),
    db.module.findMany({
      orderBy: [{ curriculumWeek: "asc" }, { code: "asc" }],
      select: { id: true, code: true, title: true, referenceUrl: true, curriculumWeek: true },
    }),
  ]);
  const toPerson = (u: { id: string; name: string; email: string; authSubject: string | null }): AdminPerson => ({
    id: u.id,
    name: u.name,
    email: u.email,
    signedIn: u.authSubject !== null,
  });
  return {
    cohorts: cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      startDate: isoDateFromDb(c.startDate),
      weekCount: c.weekCount,
      interns: c.enrollments.map((e) => ({ ...toPerson(e.user), mentorId: e.mentorId })),
      mentors: c.mentors.map((m) => toPerson(m.mentor)),
    })),
    modules,
  };
}

export async function createCohort(viewer: Viewer, input: CreateCohortInput): Promise<{ id: string }> {
  assertRole(viewer, "ADMIN");
  const nameTaken = () => new ValidationError({ name: [say("errors.admin.cohortNameTaken", { name: input.name })] });
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.cohort.findUnique({ where: { name: input.name }, select: { id: true } })) throw nameTaken();
      const cohort = await tx.cohort.create({
        data: { name: input.name, startDate: dbDateFromIso(input.startDate), weekCount: input.weekCount },
        select: { id: true },
      });
      await audit(tx, {
        actorId: viewer.id,
        action: "cohort.created",
        entityId: cohort.id,
        data: { name: input.name, startDate: input.startDate, weekCount: input.weekCount },
      });
      return cohort;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(); // created by someone else a moment ago
    throw error;
  }
}

/**
 * Adds an intern or a mentor to a cohort by email. Someone who never signed in is created with that
 * role, and claims the account at their first sign-in with that email (recordSignIn).
 */
export async function addPersonToCohort(
  viewer: Viewer,
  input: AddPersonInput,
): Promise<{ userId: string; created: boolean }> {
  assertRole(viewer, "ADMIN");
  const email = input.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const cohort = await findCohort(tx, input.cohortId);
    let user = await tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        name: true,
        role: true,
        enrollment: { select: { cohortId: true, cohort: { select: { name: true } } } },
      },
    });
    const created = !user;
    if (!user) {
      user = await tx.user.create({
        data: { email, name: input.name ?? email.split("@")[0]!, role: input.role },
        select: {
          id: true,
          name: true,
          role: true,
          enrollment: { select: { cohortId: true, cohort: { select: { name: true } } } },
        },
      });
      await audit(tx, {
        actorId: viewer.id,
        action: "user.created",
        entityId: user.id,
        data: { email, role: input.role },
      });
    } else if (user.role !== null && user.role !== input.role) {
      throw new ValidationError({
        email: [say("errors.admin.otherRole", { name: user.name, email, role: user.role, wanted: input.role })],
      });
    } else if (user.role === null) {
      // Signed in but in no group yet: give them the role now (their next sign-in follows the provider's groups).
      await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    }

    if (input.role === "INTERN") {
      if (user.enrollment?.cohortId === cohort.id) {
        throw new ValidationError({
          email: [say("errors.admin.alreadyIntern", { name: user.name, cohort: cohort.name })],
        });
      }
      if (user.enrollment) {
        throw new ValidationError({
          email: [say("errors.admin.internElsewhere", { name: user.name, cohort: user.enrollment.cohort.name })],
        });
      }
      await tx.enrollment.create({ data: { userId: user.id, cohortId: cohort.id } });
      await notifyWelcome(tx, { userId: user.id, cohortId: cohort.id, actorId: viewer.id });
    } else {
      const existing = await tx.cohortMentor.findUnique({
        where: { cohortId_mentorId: { cohortId: cohort.id, mentorId: user.id } },
        select: { mentorId: true },
      });
      if (existing)
        throw new ValidationError({
          email: [say("errors.admin.alreadyMentor", { name: user.name, cohort: cohort.name })],
        });
      await tx.cohortMentor.create({ data: { cohortId: cohort.id, mentorId: user.id } });
    }
    await audit(tx, {
      actorId: viewer.id,
      action: input.role === "INTERN" ? "cohort.intern-added" : "cohort.mentor-added",
      entityId: cohort.id,
      data: { userId: user.id, email },
    });
    return { userId: user.id, created };
  });
}

/**
 * Moves an intern to another cohort: their enrollment and every one of their weeks (access to a
 * week follows week.cohortId), in one transaction, so the new cohort's mentors see all of it and the
 * old cohort's mentors none of it.
 */
export async function moveIntern(viewer: Viewer, input: MoveInternInput): Promise<{ movedWeeks: number }> {
  assertRole(viewer, "ADMIN");
  return db.$transaction(async (tx) => {
    const enrollment = isUuid(input.internId)
      ? await tx.enrollment.findUnique({
          where: { userId: input.internId },
          select: {
            userId: true,
            cohortId: true,
            cohort: { select: { name: true } },
            user: { select: { name: true } },
          },
        })
      : null;
    if (!enrollment) throw new NotFoundError("intern");
    const target = await findCohort(tx, input.cohortId);
    if (target.id === enrollment.cohortId) {
      throw new ValidationError({
        cohortId: [say("errors.admin.alreadyInCohort", { name: enrollment.user.name, cohort: target.name })],
      });
    }
    // A week created or imported meanwhile cannot stay behind in the old cohort.
    await lockIntern(tx, enrollment.userId);
    await tx.enrollment.update({ where: { userId: enrollment.userId }, data: { cohortId: target.id } });
    const weeks = await tx.week.findMany({ where: { internId: enrollment.userId }, select: { id: true } });
    const { count } = await tx.week.updateMany({
      where: { internId: enrollment.userId },
      data: { cohortId: target.id },
    });
    const data = {
      internId: enrollment.userId,
      from: enrollment.cohortId,
      fromName: enrollment.cohort.name,
      to: target.id,
      toName: target.name,
    };
    await audit(tx, {
      actorId: viewer.id,
      action: "intern.moved",
      entityId: enrollment.userId,
      data: { ...data, weeks: count },
    });
    // Also on each week, so the week's history says when it changed hands.
    await auditMany(
      tx,
      weeks.map((week) => ({
        actorId: viewer.id,
        weekId: week.id,
        action: "week.moved",
        entityId: week.id,
        data,
      })),
    );
    return { movedWeeks: count };
  });
}

/** Adds a module to the catalogue (no id) or changes one. */
export async function saveModule(viewer: Viewer, input: ModuleInput): Promise<{ id: string }> {
  assertRole(viewer, "ADMIN");
  const codeTaken = () => new ValidationError({ code: [say("errors.admin.moduleTaken", { code: input.code })] });
  const data = {
    code: input.code,
    title: input.title,
    referenceUrl: input.referenceUrl ?? null,
    curriculumWeek: input.curriculumWeek,
  };
  try {
    return await db.$transaction(async (tx) => {
      const sameCode = await tx.module.findUnique({ where: { code: input.code }, select: { id: true } });
      if (sameCode && sameCode.id !== input.id) throw codeTaken();
      if (input.id) {
        const before = await tx.module.findUnique({
          where: { id: input.id },
          select: { code: true, title: true, referenceUrl: true, curriculumWeek: true },
        });
        if (!before) throw new NotFoundError("module");
        await tx.module.update({ where: { id: input.id }, data });
        await audit(tx, {
          actorId: viewer.id,
          action: "module.updated",
          entityId: input.id,
          data: { before, after: data },
        });
        return { id: input.id };
      }
      const created = await tx.module.create({ data, select: { id: true } });
      await audit(tx, { actorId: viewer.id, action: "module.created", entityId: created.id, data });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}
