import "server-only";
// Replacing a week from an imported page keeps the week itself (its id, status, review comments and
// decisions, audit trail) and rewrites its content with the same writer insertWeekContent uses.
// A task whose day and text did not change keeps its tick.
import { Prisma } from "@/lib/generated/prisma/client";
import { dbDateFromIso, type IsoDate } from "@/lib/worklog/dates";
import type { WorklogWeek } from "@/lib/worklog/week";
import type { Tx } from "../../db";
import { moveEditVersions, writeWeekBody } from "../week-content";

export async function replaceWeekContent(
  tx: Tx,
  weekId: string,
  input: { week: WorklogWeek; startDate: IsoDate; endDate: IsoDate },
): Promise<void> {
  const { week } = input;
  const ticked = await tx.task.findMany({
    where: { day: { weekId }, done: true },
    select: { text: true, doneAt: true, day: { select: { label: true } } },
  });
  const doneAtOf = new Map(ticked.map((task) => [`${task.day.label}\n${task.text}`, task.doneAt ?? new Date()]));

  // Days cascade to tasks and module links; comments on them stay on the week (their day/task is unset).
  await tx.day.deleteMany({ where: { weekId } });
  await tx.weekItem.deleteMany({ where: { weekId } });
  await moveEditVersions(tx, weekId);
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
  await writeWeekBody(
    tx,
    weekId,
    week,
    (day, _dayIndex, taskIndex) => doneAtOf.get(`${day.label}\n${day.tasks[taskIndex]!.text}`) ?? null,
  );
}
