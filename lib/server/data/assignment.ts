import "server-only";
// The admin's assignment of interns to one of their cohort's mentors, and a mentor taken off a
// cohort. Which mentor may be assigned is the database's rule (the trigger enrollment_mentor_check,
// migration mentor_workflow): its refusal becomes a clear error here. Each change is one transaction
// with its audit entries; a refusal changes nothing.
import { say } from "@/lib/i18n/said";
import type { AssignInternsInput, RemoveMentorInput } from "@/lib/schemas/assignment";
import { db, type Tx } from "../db";
import { assertRole } from "./access";
import { audit, auditMany } from "./audit";
import { NotFoundError, ValidationError } from "./errors";
import type { Viewer } from "./viewer";

/** True when PostgreSQL refused with this SQLSTATE, wherever the driver adapter put it in the error. */
export function hasSqlState(error: unknown, code: string, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as Record<string, unknown>;
  if (e.code === code || e.originalCode === code) return true;
  return ["cause", "meta", "driverAdapterError"].some((key) => hasSqlState(e[key], code, depth + 1));
}

async function findCohort(tx: Tx, cohortId: string) {
  const cohort = await tx.cohort.findUnique({ where: { id: cohortId }, select: { id: true, name: true } });
  if (!cohort) throw new NotFoundError("cohort");
  return cohort;
}

/**
 * Assigns interns of one cohort to one of its mentors (mentorId null: to none). Interns already
 * with that mentor are left as they are; an intern who is not in the cohort refuses the whole change.
 */
export async function assignInterns(viewer: Viewer, input: AssignInternsInput): Promise<{ changed: number }> {
  assertRole(viewer, "ADMIN");
  try {
    return await db.$transaction(async (tx) => {
      const cohort = await findCohort(tx, input.cohortId);
      const mentor = input.mentorId
        ? await tx.user.findUnique({ where: { id: input.mentorId }, select: { id: true, name: true } })
        : null;
      if (input.mentorId && !mentor) throw new NotFoundError("person");
      // The interns' rows locked first: two admins assigning the same intern at once take turns.
      await tx.$executeRaw`SELECT 1 FROM enrollments WHERE user_id = ANY(${input.internIds}::uuid[]) FOR UPDATE`;
      const enrollments = await tx.enrollment.findMany({
        where: { userId: { in: input.internIds }, cohortId: cohort.id },
        select: { userId: true, mentorId: true, user: { select: { name: true } }, mentor: { select: { name: true } } },
      });
      if (enrollments.length !== input.internIds.length) {
        throw new ValidationError({ internIds: [say("assignment.errors.notInCohort", { cohort: cohort.name })] });
      }
      const changing = enrollments.filter((e) => e.mentorId !== input.mentorId);
      if (changing.length === 0) return { changed: 0 };
      await tx.enrollment.updateMany({
        where: { userId: { in: changing.map((e) => e.userId) }, cohortId: cohort.id },
        data: { mentorId: input.mentorId },
      });
      await auditMany(
        tx,
        changing.map((e) => ({
          actorId: viewer.id,
          action: "intern.assigned" as const,
          entityId: e.userId,
          data: {
            cohortId: cohort.id,
            cohortName: cohort.name,
            internName: e.user.name,
            from: e.mentorId,
            fromName: e.mentor?.name ?? null,
            to: input.mentorId,
            toName: mentor?.name ?? null,
          },
        })),
      );
      return { changed: changing.length };
    });
  } catch (error) {
    // The trigger: this person does not mentor the cohort (or stopped a moment ago).
    if (hasSqlState(error, "23514")) {
      throw new ValidationError({ mentorId: [say("assignment.errors.notMentorOfCohort")] });
    }
    throw error;
  }
}

/**
 * Takes a mentor off a cohort. Their interns there become unassigned (the trigger
 * enrollment_mentor_left does it, in the same transaction); the audit entry names how many.
 */
export async function removeMentorFromCohort(
  viewer: Viewer,
  input: RemoveMentorInput,
): Promise<{ unassigned: number }> {
  assertRole(viewer, "ADMIN");
  return db.$transaction(async (tx) => {
    const cohort = await findCohort(tx, input.cohortId);
    const row = await tx.cohortMentor.findUnique({
      where: { cohortId_mentorId: { cohortId: cohort.id, mentorId: input.mentorId } },
      select: { mentor: { select: { name: true, email: true } } },
    });
    if (!row) throw new ValidationError({ mentorId: [say("assignment.errors.notAMentor", { cohort: cohort.name })] });
    const interns = await tx.enrollment.findMany({
      where: { cohortId: cohort.id, mentorId: input.mentorId },
      select: { userId: true },
    });
    await tx.cohortMentor.delete({ where: { cohortId_mentorId: { cohortId: cohort.id, mentorId: input.mentorId } } });
    await audit(tx, {
      actorId: viewer.id,
      action: "cohort.mentor-removed",
      entityId: cohort.id,
      data: {
        mentorId: input.mentorId,
        name: row.mentor.name,
        email: row.mentor.email,
        unassigned: interns.length,
        internIds: interns.map((i) => i.userId),
      },
    });
    return { unassigned: interns.length };
  });
}
