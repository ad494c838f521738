import "server-only";
// Writes a whole week (objectives, days, tasks, module links, achievements) from the domain's
// WorklogWeek in a fixed number of statements. Callers own the transaction and the access check:
// seed and test factories call it directly; user-facing actions call it after authorising.
import { randomUUID } from "node:crypto";
import type { Prisma, WeekStatus } from "@/lib/generated/prisma/client";
import { dbDateFromIso, isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import type { WorklogWeek } from "@/lib/worklog/week";
import type { Tx } from "../db";

export interface WeekContentInput {
  internId: string;
  cohortId: string;
  week: WorklogWeek;
  startDate: IsoDate;
  endDate: IsoDate;
  status?: WeekStatus;
  submittedAt?: Date | null;
  approvedAt?: Date | null;
  /** When each task was done, or null; by day and task index. Default: nothing done. */
  doneAt?: (dayIndex: number, taskIndex: number) => Date | null;
}

export async function insertWeekContent(tx: Tx, input: WeekContentInput): Promise<{ id: string }> {
  const { week } = input;
  const weekId = randomUUID();
  await tx.week.create({
    data: {
      id: weekId,
      internId: input.internId,
      cohortId: input.cohortId,
      number: week.number,
      title: week.frontMatter.title,
      startDate: dbDateFromIso(input.startDate),
      endDate: dbDateFromIso(input.endDate),
      status: input.status ?? "DRAFT",
      submittedAt: input.submittedAt ?? null,
      approvedAt: input.approvedAt ?? null,
      frontMatter: week.frontMatter as unknown as Prisma.InputJsonValue,
      layout: (week.layout ?? undefined) as Prisma.InputJsonValue | undefined,
      extraSections: week.extraSections as unknown as Prisma.InputJsonValue,
    },
  });
  await writeWeekBody(tx, weekId, week, (day, dayIndex, taskIndex) => input.doneAt?.(dayIndex, taskIndex) ?? null);
  return { id: weekId };
}

/**
 * Writes a week's objectives, days, tasks and module links (the week row exists, its old body is
 * gone): a fixed number of statements whatever the week's size. `doneAt` says when each task was done.
 */
export async function writeWeekBody(
  tx: Tx,
  weekId: string,
  week: WorklogWeek,
  doneAt: (day: WorklogWeek["days"][number], dayIndex: number, taskIndex: number) => Date | null,
): Promise<void> {
  await tx.weekItem.createMany({
    data: [
      ...week.objectives.map((text, position) => ({ weekId, kind: "OBJECTIVE" as const, position, text })),
      ...week.achievements.map((text, position) => ({ weekId, kind: "ACHIEVEMENT" as const, position, text })),
    ],
  });
  const days = week.days.map((day, position) => ({ id: randomUUID(), position, day }));
  await tx.day.createMany({
    data: days.map(({ id, position, day }) => ({
      id,
      weekId,
      position,
      label: day.label,
      startDate: day.startDate ? dbDateFromIso(day.startDate) : null,
      endDate: day.endDate ? dbDateFromIso(day.endDate) : null,
      startText: day.startText ?? null,
      endText: day.endText ?? null,
      references: day.references,
    })),
  });
  const tasks = days.flatMap(({ id: dayId, day }, dayIndex) =>
    day.tasks.map((task, position) => {
      const at = doneAt(day, dayIndex, position);
      return { id: randomUUID(), dayId, position, task, done: at !== null, doneAt: at };
    }),
  );
  await tx.task.createMany({
    data: tasks.map(({ id, dayId, position, task, done, doneAt: at }) => ({
      id,
      dayId,
      position,
      text: task.text,
      subItems: task.subItems,
      done,
      doneAt: at,
    })),
  });
  const codes = [...new Set(tasks.flatMap(({ task }) => task.moduleCodes))];
  if (codes.length === 0) return;
  const modules = await tx.module.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const idByCode = new Map(modules.map((m) => [m.code, m.id]));
  await tx.taskModule.createMany({
    data: tasks.flatMap(({ id: taskId, task }) =>
      task.moduleCodes.flatMap((code) => {
        const moduleId = idByCode.get(code);
        return moduleId ? [{ taskId, moduleId }] : [];
      }),
    ),
    skipDuplicates: true,
  });
}

/** What a stored week's page is made of. */
const weekContentSelect = {
  id: true,
  number: true,
  frontMatter: true,
  layout: true,
  extraSections: true,
  items: { orderBy: { position: "asc" }, select: { kind: true, text: true } },
  days: {
    orderBy: { position: "asc" },
    select: {
      label: true,
      startDate: true,
      endDate: true,
      startText: true,
      endText: true,
      references: true,
      tasks: {
        orderBy: { position: "asc" },
        select: { text: true, subItems: true, modules: { select: { module: { select: { code: true } } } } },
      },
    },
  },
} satisfies Prisma.WeekSelect;

type StoredWeek = Prisma.WeekGetPayload<{ select: typeof weekContentSelect }>;

/** A stored week as the domain's WorklogWeek (for export and for copying a week's structure). */
export async function loadWeekContent(client: Pick<Tx, "week">, weekId: string): Promise<WorklogWeek> {
  const [week] = await loadWeeksContent(client, [weekId]);
  if (!week) throw new Error(`Week ${weekId} not found`);
  return week;
}

/** Several stored weeks as WorklogWeeks, in the order of `weekIds`, with one nested read. */
export async function loadWeeksContent(client: Pick<Tx, "week">, weekIds: string[]): Promise<WorklogWeek[]> {
  const rows = await client.week.findMany({ where: { id: { in: weekIds } }, select: weekContentSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return weekIds.flatMap((id) => {
    const week = byId.get(id);
    return week ? [toWorklogWeek(week)] : [];
  });
}

function toWorklogWeek(week: StoredWeek): WorklogWeek {
  const layout = (week.layout ?? undefined) as WorklogWeek["layout"];
  return {
    number: week.number,
    lang: layout?.lang ?? "en",
    frontMatter: week.frontMatter as unknown as WorklogWeek["frontMatter"],
    objectives: week.items.filter((i) => i.kind === "OBJECTIVE").map((i) => i.text),
    achievements: week.items.filter((i) => i.kind === "ACHIEVEMENT").map((i) => i.text),
    days: week.days.map((day) => ({
      label: day.label,
      ...(day.startDate ? { startDate: isoDateFromDb(day.startDate) } : {}),
      ...(day.endDate ? { endDate: isoDateFromDb(day.endDate) } : {}),
      ...(day.startText ? { startText: day.startText } : {}),
      ...(day.endText ? { endText: day.endText } : {}),
      references: day.references,
      tasks: day.tasks.map((t) => ({
        text: t.text,
        subItems: t.subItems,
        moduleCodes: t.modules.map((m) => m.module.code).sort(),
      })),
    })),
    extraSections: week.extraSections as unknown as WorklogWeek["extraSections"],
    ...(layout ? { layout } : {}),
  };
}
