import "server-only";
// An intern's changes to their week. Each call checks access, validates against the data, and
// writes in one transaction that first locks the week row, so concurrent edits of one week run
// one after the other (nothing lost or duplicated when two tabs reorder at once).
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { addDaysIso, cohortWeekDates, dbDateFromIso, isoDateFromDb } from "@/lib/worklog/dates";
import { blankWeek, copyWeekStructure, curriculumWeek } from "@/lib/worklog/templates";
import { LIMITS } from "@/lib/schemas/limits";
import type { daySchema, weekItemsSchema } from "@/lib/schemas/week";
import { db, type Tx } from "../db";
import { assertRole, lockEditableWeek, lockIntern } from "./access";
import { audit } from "./audit";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { insertWeekContent, loadWeekContent } from "./week-content";
import type { Viewer } from "./viewer";

/** Replaces the week's objectives (or achievements) with this ordered list. */
export async function saveWeekItems(viewer: Viewer, input: z.infer<typeof weekItemsSchema>): Promise<void> {
  assertRole(viewer);
  await db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const existing = await tx.weekItem.findMany({ where: { weekId: week.id, kind: input.kind }, select: { id: true } });
    const known = new Set(existing.map((i) => i.id));
    input.items.forEach((item, index) => {
      if (item.id && !known.has(item.id)) {
        throw new ValidationError({ [`items.${index}.text`]: ["This item was removed meanwhile. Reload the page."] });
      }
    });
    const kept = new Set(input.items.flatMap((i) => (i.id ? [i.id] : [])));
    await tx.weekItem.deleteMany({ where: { weekId: week.id, kind: input.kind, id: { notIn: [...kept] } } });
    for (const [position, item] of input.items.entries()) {
      if (item.id) await tx.weekItem.update({ where: { id: item.id }, data: { position, text: item.text } });
      else await tx.weekItem.create({ data: { weekId: week.id, kind: input.kind, position, text: item.text } });
    }
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: input.kind === "OBJECTIVE" ? "objectives.saved" : "achievements.saved",
      entity: "week",
      entityId: week.id,
      data: { count: input.items.length },
    });
  });
}

type DayInput = z.infer<typeof daySchema>;
type LockedWeek = Awaited<ReturnType<typeof lockEditableWeek>>;

/** Creates a day (no dayId) or saves one: its label, dates, references and ordered tasks. */
export async function saveDay(viewer: Viewer, input: DayInput): Promise<{ dayId: string }> {
  assertRole(viewer);
  return db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const moduleIds = await checkDay(tx, week, input);
    const dayData = {
      label: input.label,
      startDate: input.startDate ? dbDateFromIso(input.startDate) : null,
      endDate: input.endDate ? dbDateFromIso(input.endDate) : null,
      // Dates edited here are the dates; the imported text no longer describes them.
      startText: null,
      endText: null,
      references: input.references,
    };
    let dayId = input.dayId;
    if (dayId) {
      await tx.day.update({ where: { id: dayId }, data: dayData });
    } else {
      const last = await tx.day.aggregate({ where: { weekId: week.id }, _max: { position: true }, _count: true });
      if (last._count >= LIMITS.daysPerWeek) throw new ConflictError(`A week has at most ${LIMITS.daysPerWeek} days.`);
      const position = (last._max.position ?? -1) + 1;
      dayId = (await tx.day.create({ data: { ...dayData, weekId: week.id, position } })).id;
    }
    await writeDayTasks(tx, dayId, input.tasks, moduleIds);
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: input.dayId ? "day.saved" : "day.added",
      entity: "day",
      entityId: dayId,
      data: { label: input.label, tasks: input.tasks.length },
    });
    return { dayId };
  });
}

/**
 * What the schema cannot know about a day: its dates fall in the week, its modules are in the
 * catalogue, the day and its tasks still exist. Throws every problem at once; answers the module ids.
 */
async function checkDay(tx: Tx, week: LockedWeek, input: DayInput): Promise<Map<string, string>> {
  const errors: Record<string, string[]> = {};
  const stored = input.dayId
    ? await tx.day.findFirst({
        where: { id: input.dayId, weekId: week.id },
        select: { startDate: true, endDate: true, tasks: { select: { id: true } } },
      })
    : null;
  if (input.dayId && !stored) throw new NotFoundError("This day");
  for (const field of ["startDate", "endDate"] as const) {
    const date = input[field];
    // An imported day may keep dates outside the week as its page had them; a changed date may not.
    const unchanged = stored?.[field] && date === isoDateFromDb(stored[field]);
    if (date && !unchanged && (date < week.startIso || date > week.endIso)) {
      errors[field] = [`This date is outside this week's dates (${week.startIso} to ${week.endIso}).`];
    }
  }
  const codes = [...new Set(input.tasks.flatMap((t) => t.moduleCodes))];
  const modules = codes.length
    ? await tx.module.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })
    : [];
  const moduleIds = new Map(modules.map((m) => [m.code, m.id]));
  const known = new Set(stored?.tasks.map((t) => t.id));
  input.tasks.forEach((task, index) => {
    const unknown = task.moduleCodes.filter((code) => !moduleIds.has(code));
    if (unknown.length) errors[`tasks.${index}.moduleCodes`] = [`No module ${unknown.join(", ")} in the catalogue.`];
    if (task.id && !known.has(task.id)) {
      errors[`tasks.${index}.text`] = ["This task was removed meanwhile. Reload the page."];
    }
  });
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return moduleIds;
}

/** The day's tasks become these, in this order, each with its modules (kept tasks keep their ticks). */
async function writeDayTasks(tx: Tx, dayId: string, tasks: DayInput["tasks"], moduleIds: Map<string, string>) {
  const keptIds = tasks.flatMap((t) => (t.id ? [t.id] : []));
  await tx.task.deleteMany({ where: { dayId, id: { notIn: keptIds } } });
  const taskIds = tasks.map((t) => t.id ?? randomUUID());
  for (const [position, task] of tasks.entries()) {
    const taskId = taskIds[position]!;
    if (task.id) await tx.task.update({ where: { id: taskId }, data: { position, text: task.text } });
    else await tx.task.create({ data: { id: taskId, dayId, position, text: task.text } });
  }
  await tx.taskModule.deleteMany({ where: { taskId: { in: taskIds } } });
  await tx.taskModule.createMany({
    data: tasks.flatMap((task, i) =>
      task.moduleCodes.map((code) => ({ taskId: taskIds[i]!, moduleId: moduleIds.get(code)! })),
    ),
    skipDuplicates: true,
  });
}

export async function removeDay(viewer: Viewer, input: { weekId: string; dayId: string }): Promise<void> {
  assertRole(viewer);
  await db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const { count } = await tx.day.deleteMany({ where: { id: input.dayId, weekId: week.id } });
    if (count === 0) throw new NotFoundError("This day");
    await renumberDays(tx, week.id);
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: "day.removed",
      entity: "day",
      entityId: input.dayId,
    });
  });
}

export async function moveDay(
  viewer: Viewer,
  input: { weekId: string; dayId: string; direction: "up" | "down" },
): Promise<void> {
  assertRole(viewer);
  await db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const days = await tx.day.findMany({
      where: { weekId: week.id },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const from = days.findIndex((d) => d.id === input.dayId);
    if (from < 0) throw new NotFoundError("This day");
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= days.length) return;
    [days[from], days[to]] = [days[to]!, days[from]!];
    for (const [position, day] of days.entries()) await tx.day.update({ where: { id: day.id }, data: { position } });
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: "day.moved",
      entity: "day",
      entityId: input.dayId,
      data: { direction: input.direction },
    });
  });
}

async function renumberDays(tx: Tx, weekId: string) {
  const days = await tx.day.findMany({
    where: { weekId },
    orderBy: { position: "asc" },
    select: { id: true, position: true },
  });
  for (const [position, day] of days.entries()) {
    if (day.position !== position) await tx.day.update({ where: { id: day.id }, data: { position } });
  }
}

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
    if (!enrollment)
      throw new ConflictError("You are not in a cohort yet, so weeks have no dates. Ask your program admin.");
    const { cohort } = enrollment;
    if (input.number > cohort.weekCount) {
      throw new ValidationError({ number: [`Your cohort has ${cohort.weekCount} weeks.`] });
    }
    if (
      await tx.week.findUnique({
        where: { internId_number: { internId: viewer.id, number: input.number } },
        select: { id: true },
      })
    ) {
      throw new ValidationError({ number: [`You already have a week ${input.number}.`] });
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
      if (!previous) throw new ValidationError({ template: [`There is no week ${input.number - 1} to copy.`] });
      week = copyWeekStructure(await loadWeekContent(tx, previous.id), input.number, dayDates);
    } else {
      week = blankWeek(input.number, dayDates);
    }
    const { id } = await insertWeekContent(tx, { internId: viewer.id, cohortId: cohort.id, week, startDate, endDate });
    await audit(tx, {
      actorId: viewer.id,
      weekId: id,
      action: "week.created",
      entity: "week",
      entityId: id,
      data: { template: input.template },
    });
    return { weekId: id };
  });
}
