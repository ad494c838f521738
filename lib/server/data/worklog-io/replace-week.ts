import "server-only";
// Replacing a week from an imported page keeps the week itself (its id, status, review comments and
// decisions, audit trail) and rewrites its content. insertWeekContent always makes a new week, so
// this mirrors its writes for an existing one. A task whose day and text did not change keeps its tick.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbDateFromIso, type IsoDate } from "@/lib/worklog/dates";
import type { WorklogWeek } from "@/lib/worklog/week";
import type { Tx } from "../../db";

export async function replaceWeekContent(tx: Tx, weekId: string, input: { week: WorklogWeek; startDate: IsoDate; endDate: IsoDate }): Promise<void> {
  const { week } = input;
  const ticked = await tx.task.findMany({
    where: { day: { weekId }, done: true },
    select: { text: true, doneAt: true, day: { select: { label: true } } },
  });
  const doneAtOf = new Map(ticked.map((task) => [`${task.day.label}\n${task.text}`, task.doneAt ?? new Date()]));

  // Days cascade to tasks and module links; comments on them stay on the week (their day/task is unset).
  await tx.day.deleteMany({ where: { weekId } });
  await tx.weekItem.deleteMany({ where: { weekId } });
  await tx.week.update({
    where: { id: weekId },
    data: {
      title: week.frontMatter.title,
      startDate: dbDateFromIso(input.startDate),
      endDate: dbDateFromIso(input.endDate),
      frontMatter: week.frontMatter as unknown as Prisma.InputJsonValue,
      layout: week.layout ? (week.layout as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
      extraSections: week.extraSections as unknown as Prisma.InputJsonValue,
    },
  });
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
  const tasks = days.flatMap(({ id: dayId, day }) =>
    day.tasks.map((task, position) => ({ id: randomUUID(), dayId, position, task, doneAt: doneAtOf.get(`${day.label}\n${task.text}`) ?? null })),
  );
  await tx.task.createMany({
    data: tasks.map(({ id, dayId, position, task, doneAt }) => ({
      id,
      dayId,
      position,
      text: task.text,
      subItems: task.subItems,
      done: doneAt !== null,
      doneAt,
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
