import "server-only";
// Domain rules that hand-written SQL repeats for speed (counting "behind" over a whole cohort,
// listing overdue tasks), written once here, next to the one definition each repeats
// (lib/worklog/schedule.ts). tests/integration/rules-sql.test.ts proves on generated cases that the
// SQL and the TypeScript agree. Column names are this module's callers' constants, never input.
import { Prisma } from "@/lib/generated/prisma/client";
import { EDITABLE_STATUSES } from "@/lib/worklog/status";

const column = (name: string) => Prisma.raw(name);

/** dueDateOf over a weeks row: its extended date, else its end date. */
export function dueDateSql(week: { endDate: string; extendedUntil: string }): Prisma.Sql {
  return Prisma.sql`coalesce(${column(week.extendedUntil)}, ${column(week.endDate)})`;
}

/** isWeekBehind over a weeks row: its status, due date (dueDateSql) and the task counts kept on it. */
export function weekBehindSql(
  week: { status: string; endDate: string; extendedUntil: string; done: string; total: string },
  today: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`(${column(week.status)}::text <> 'APPROVED' AND ${dueDateSql(week)} < ${today}
    AND ${column(week.done)} < ${column(week.total)})`;
}

/** taskDueDateOf: the day's end date, or the week's extended date when later (greatest skips nulls). */
export function taskDueDateSql(task: { dayEndDate: string; weekExtendedUntil: string }): Prisma.Sql {
  return Prisma.sql`greatest(${column(task.dayEndDate)}, ${column(task.weekExtendedUntil)})`;
}

/** isTaskOverdue over a task, its day's end date and its week's status and extension. */
export function taskOverdueSql(
  task: { done: string; dayEndDate: string; weekExtendedUntil: string; weekStatus: string },
  today: Prisma.Sql,
): Prisma.Sql {
  return Prisma.sql`(NOT ${column(task.done)} AND ${column(task.dayEndDate)} IS NOT NULL
    AND ${taskDueDateSql(task)} < ${today} AND ${column(task.weekStatus)}::text = ANY(${[...EDITABLE_STATUSES]}::text[]))`;
}

/** cohortWeekNumberOn (lib/worklog/dates.ts): the week of the program that `today` falls in. */
export function programWeekSql(cohortStart: string, today: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(floor((${today}::date - ${column(cohortStart)})::numeric / 7)::int + 1)`;
}
