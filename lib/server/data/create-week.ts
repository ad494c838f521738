import { say } from "@/lib/i18n/said";
import "server-only";
// A new week for the intern: blank, from the curriculum, or a copy of the previous week's structure,
// on their cohort's calendar.
import { addDaysIso, cohortWeekDates, isoDateFromDb } from "@/lib/worklog/dates";
import { blankWeek, copyWeekStructure, curriculumWeek } from "@/lib/worklog/templates";
import { db } from "../db";
import { assertRole, lockIntern } from "./access";
import { audit } from "./audit";
import { ConflictError, ValidationError } from "./errors";
import { insertWeekContent, loadWeekContent } from "./week-content";
import type { Viewer } from "./viewer";

/** A new week N for the intern: blank, from the curriculum, or a copy of week N-1's structure. */
export async function createWeek(
  viewer: Viewer,
  input: { number: number; template: "blank" | "curriculum" | "copy-previous" },
): Promise<{ weekId: string }> {
  assertRole(viewer, "INTERN");
  return db.$transaction(async (tx) => {
    await lockIntern(tx, viewer.id);
    const enrollment = await tx.enrollment.findUnique({
      where: { userId: viewer.id },
      select: { cohort: { select: { id: true, startDate: true, weekCount: true } } },
    });
    if (!enrollment) throw new ConflictError(say("errors.noCohort"));
    const { cohort } = enrollment;
    if (input.number > cohort.weekCount) {
      throw new ValidationError({ number: [say("errors.week.cohortWeeks", { count: cohort.weekCount })] });
    }
    if (
      await tx.week.findUnique({
        where: { internId_number: { internId: viewer.id, number: input.number } },
        select: { id: true },
      })
    ) {
      throw new ValidationError({ number: [say("errors.week.exists", { number: input.number })] });
    }
    const { startDate, endDate } = cohortWeekDates(isoDateFromDb(cohort.startDate), input.number);
    const dayDates = Array.from({ length: 7 }, (_, i) => addDaysIso(startDate, i));
    let week;
    if (input.template === "curriculum") {
      const modules = await tx.module.findMany({
        where: { curriculumWeek: input.number },
        orderBy: { code: "asc" },
        select: { code: true, title: true, referenceUrl: true },
      });
      week = curriculumWeek(input.number, modules, dayDates, modules[0]?.referenceUrl ?? undefined);
    } else if (input.template === "copy-previous") {
      const previous = await tx.week.findUnique({
        where: { internId_number: { internId: viewer.id, number: input.number - 1 } },
        select: { id: true },
      });
      if (!previous)
        throw new ValidationError({ template: [say("errors.week.nothingToCopy", { number: input.number - 1 })] });
      week = copyWeekStructure(await loadWeekContent(tx, previous.id), input.number, dayDates);
    } else {
      week = blankWeek(input.number, dayDates);
    }
    const { id } = await insertWeekContent(tx, { internId: viewer.id, cohortId: cohort.id, week, startDate, endDate });
    await audit(tx, {
      actorId: viewer.id,
      weekId: id,
      action: "week.created",
      entityId: id,
      data: { template: input.template },
    });
    return { weekId: id };
  });
}
