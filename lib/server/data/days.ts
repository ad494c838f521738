import { say } from "@/lib/i18n/said";
import "server-only";
// The intern's days: a day saved (label, dates, references, ordered tasks with their modules),
// added, removed or moved. A save names the version of what it was based on: the day's for saving
// or removing it, the week's list of days for moving one. A save over a newer version (another tab,
// an import) is refused with what is there now, and nothing is written: nothing is deleted that the
// person saving did not see. Ticks move no version, and a save keeps the ticks of the tasks it keeps.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { StaleEdit } from "@/lib/schemas/action-result";
import { LIMITS } from "@/lib/schemas/limits";
import type { dayRefSchema, daySchema, moveDaySchema } from "@/lib/schemas/week";
import type { AuditAction } from "@/lib/worklog/audit";
import { dateRange, dbDateFromIso, isoDateFromDb } from "@/lib/worklog/dates";
import { db, type Tx } from "../db";
import { assertRole, lockEditableWeek } from "./access";
import { audit, type AuditEntry } from "./audit";
import { ConflictError, NotFoundError, StaleEditError, ValidationError } from "./errors";
import type { Viewer } from "./viewer";

const DAY_GONE = say("errors.week.dayGone");

const daySelect = {
  label: true,
  startDate: true,
  endDate: true,
  version: true,
  tasks: { select: { id: true, text: true }, orderBy: { position: "asc" } },
} as const;

/** A stored day, in words: its label and dates, then its tasks. */
function staleDay(day: {
  label: string;
  startDate: Date | null;
  endDate: Date | null;
  version: number;
  tasks: { text: string }[];
}): StaleEdit {
  const start = day.startDate ? isoDateFromDb(day.startDate) : null;
  const dates = start ? ` (${dateRange(start, day.endDate ? isoDateFromDb(day.endDate) : start)})` : "";
  const tasks = day.tasks.length ? day.tasks.map((task) => `• ${task.text}`) : ["No tasks."];
  return { version: day.version, now: [`${day.label}${dates}`, ...tasks] };
}

/** A change to one of the week's days, in the week's history. */
function auditDay(tx: Tx, viewer: Viewer, weekId: string, action: DayAction, dayId: string, data?: AuditEntry["data"]) {
  return audit(tx, { actorId: viewer.id, weekId, action, entityId: dayId, data });
}
type DayAction = Extract<AuditAction, `day.${string}`>;

async function bumpDaysVersion(tx: Tx, weekId: string): Promise<number> {
  const week = await tx.week.update({
    where: { id: weekId },
    data: { daysVersion: { increment: 1 } },
    select: { daysVersion: true },
  });
  return week.daysVersion;
}

type DayInput = z.infer<typeof daySchema>;
type LockedWeek = Awaited<ReturnType<typeof lockEditableWeek>>;

/** Creates a day (no dayId) or saves one: its label, dates, references and ordered tasks. */
export async function saveDay(viewer: Viewer, input: DayInput): Promise<{ dayId: string; version: number }> {
  assertRole(viewer);
  return db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const moduleIds = await checkDay(tx, week, input);
    const version = input.dayId ? input.baseVersion + 1 : 0;
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
      await tx.day.update({ where: { id: dayId }, data: { ...dayData, version } });
    } else {
      const last = await tx.day.aggregate({ where: { weekId: week.id }, _max: { position: true }, _count: true });
      if (last._count >= LIMITS.daysPerWeek)
        throw new ConflictError(say("errors.week.tooManyDays", { max: LIMITS.daysPerWeek }));
      const position = (last._max.position ?? -1) + 1;
      dayId = (await tx.day.create({ data: { ...dayData, weekId: week.id, position } })).id;
      await bumpDaysVersion(tx, week.id);
    }
    await writeDayTasks(tx, dayId, input.tasks, moduleIds);
    await auditDay(tx, viewer, week.id, input.dayId ? "day.saved" : "day.added", dayId, {
      label: input.label,
      tasks: input.tasks.length,
    });
    return { dayId, version };
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
        select: daySelect,
      })
    : null;
  if (input.dayId && !stored) throw new ConflictError(DAY_GONE);
  if (stored && stored.version !== input.baseVersion) throw new StaleEditError(staleDay(stored));
  for (const field of ["startDate", "endDate"] as const) {
    const date = input[field];
    // An imported day may keep dates outside the week as its page had them; a changed date may not.
    const unchanged = stored?.[field] && date === isoDateFromDb(stored[field]);
    if (date && !unchanged && (date < week.startIso || date > week.endIso)) {
      errors[field] = [say("errors.week.dateOutside", { start: week.startIso, end: week.endIso })];
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
    if (unknown.length)
      errors[`tasks.${index}.moduleCodes`] = [say("errors.week.unknownModules", { codes: unknown.join(", ") })];
    if (task.id && !known.has(task.id)) {
      errors[`tasks.${index}.text`] = [say("errors.week.taskGone")];
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

export async function removeDay(viewer: Viewer, input: z.infer<typeof dayRefSchema>): Promise<void> {
  assertRole(viewer);
  await db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const day = await tx.day.findFirst({ where: { id: input.dayId, weekId: week.id }, select: daySelect });
    if (!day) throw new ConflictError(DAY_GONE);
    if (day.version !== input.baseVersion) throw new StaleEditError(staleDay(day));
    await tx.day.delete({ where: { id: input.dayId } });
    await renumberDays(tx, week.id);
    await bumpDaysVersion(tx, week.id);
    await auditDay(tx, viewer, week.id, "day.removed", input.dayId);
  });
}

export async function moveDay(viewer: Viewer, input: z.infer<typeof moveDaySchema>): Promise<void> {
  assertRole(viewer);
  await db.$transaction(async (tx) => {
    const week = await lockEditableWeek(tx, viewer, input.weekId);
    const [days, { daysVersion }] = await Promise.all([
      tx.day.findMany({
        where: { weekId: week.id },
        orderBy: { position: "asc" },
        select: { id: true, label: true, position: true },
      }),
      tx.week.findUniqueOrThrow({ where: { id: week.id }, select: { daysVersion: true } }),
    ]);
    if (daysVersion !== input.baseVersion) {
      throw new StaleEditError({
        version: daysVersion,
        now: [say("errors.week.daysNow", { days: days.map((d) => d.label).join(", ") })],
      });
    }
    const from = days.findIndex((d) => d.id === input.dayId);
    if (from < 0) throw new NotFoundError("day");
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= days.length) return;
    // Only the two days that change places are written.
    const [moving, other] = [days[from]!, days[to]!];
    await tx.day.update({ where: { id: moving.id }, data: { position: other.position } });
    await tx.day.update({ where: { id: other.id }, data: { position: moving.position } });
    await bumpDaysVersion(tx, week.id);
    await auditDay(tx, viewer, week.id, "day.moved", input.dayId, { direction: input.direction });
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
