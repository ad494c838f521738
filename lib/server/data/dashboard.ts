import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { cohortWeekDates, isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { progressOf, sumProgress, type Progress } from "@/lib/worklog/progress";
import { currentWeekOf, nextWeekToStart, programPhase, type ProgramPhase } from "@/lib/worklog/schedule";
import { isEditableStatus, type WeekStatus } from "@/lib/worklog/status";
import { db } from "../db";
import { programToday } from "../today";
import { assertRole } from "./access";
import { programWeekSql, taskOverdueSql } from "./rules-sql";
import type { Viewer } from "./viewer";
import { listWeeksOfIntern, type WeekSummary } from "./weeks";

export interface DashboardTask {
  id: string;
  text: string;
  done: boolean;
  weekId: string;
  weekNumber: number;
  dayLabel: string;
  endDate: string | null;
  editable: boolean;
}

export interface InternDashboard {
  today: string;
  cohort: { name: string; weekCount: number; phase: ProgramPhase } | null;
  weeks: WeekSummary[];
  /** The first week of the program the intern has no page for yet. */
  nextWeek: number | null;
  /** The week that contains today, with each day's progress. */
  currentWeek:
    (WeekSummary & { days: { id: string; label: string; startDate: string | null; progress: Progress }[] }) | null;
  todayTasks: DashboardTask[];
  overdueTasks: DashboardTask[];
  overdueCount: number;
  latestComments: {
    id: string;
    body: string;
    authorName: string;
    createdAt: string;
    weekId: string;
    weekNumber: number;
  }[];
  overall: Progress;
  /** Server time (ms) before the dashboard was read: ticks answered after it are newer (components/live-progress.tsx). */
  readAt: number;
}

interface TaskListRow {
  list: "today" | "overdue";
  id: string;
  text: string;
  done: boolean;
  label: string;
  end_date: Date | null;
  week_id: string;
  week_number: number;
  week_status: WeekStatus;
  /** Overdue rows only: how many tasks are overdue in all (the list stops at 10). */
  overdue_total: number;
}

function toDashboardTask(task: TaskListRow): DashboardTask {
  return {
    id: task.id,
    text: task.text,
    done: task.done,
    weekId: task.week_id,
    weekNumber: task.week_number,
    dayLabel: task.label,
    endDate: task.end_date ? isoDateFromDb(task.end_date) : null,
    editable: isEditableStatus(task.week_status),
  };
}

/**
 * Everything the intern's dashboard shows, in five queries sent at once whatever the number of
 * weeks. Today's and overdue tasks, the latest comments and each day's progress are hand-written
 * joins: through Prisma each relation level is a query of its own (17 queries, several rounds).
 */
export async function getInternDashboard(viewer: Viewer, now = new Date()): Promise<InternDashboard> {
  assertRole(viewer, "INTERN");
  const readAt = Date.now();
  const today = programToday(now);
  const [cohort, weeks, tasks, comments, days] = await Promise.all([
    db.cohort.findFirst({
      where: { enrollments: { some: { userId: viewer.id } } },
      select: { name: true, weekCount: true, startDate: true },
    }),
    listWeeksOfIntern(viewer, viewer.id),
    taskLists(viewer.id, today),
    latestComments(viewer.id),
    currentDays(viewer.id, today),
  ]);
  const startDate = cohort ? isoDateFromDb(cohort.startDate) : null;
  const current = currentWeekOf(weeks, startDate, today);
  const overdue = tasks.filter((t) => t.list === "overdue");
  return {
    readAt,
    today,
    cohort:
      cohort && startDate
        ? {
            name: cohort.name,
            weekCount: cohort.weekCount,
            phase: programPhase({ startDate, weekCount: cohort.weekCount }, today),
          }
        : null,
    weeks,
    nextWeek: cohort
      ? nextWeekToStart(
          cohort.weekCount,
          weeks.map((w) => w.number),
        )
      : null,
    currentWeek: current ? { ...current, days: days.filter((d) => d.weekId === current.id) } : null,
    todayTasks: tasks.filter((t) => t.list === "today").map(toDashboardTask),
    overdueTasks: overdue.map(toDashboardTask),
    overdueCount: overdue[0]?.overdue_total ?? 0,
    latestComments: comments,
    overall: sumProgress(weeks.map((w) => w.progress)),
  };
}

/** Today's tasks (days that span today), then the overdue ones (isTaskOverdue) with how many there are in all. */
function taskLists(internId: string, today: IsoDate): Promise<TaskListRow[]> {
  const overdue = taskOverdueSql(
    {
      done: "m.done",
      dayEndDate: "m.end_date",
      weekExtendedUntil: "m.week_extended_until",
      weekStatus: "m.week_status",
    },
    Prisma.sql`${today}::date`,
  );
  return db.$queryRaw<TaskListRow[]>`
    WITH mine AS (
      SELECT t.id, t.text, t.done, t.position, d.label, d.position AS day_position, d.start_date, d.end_date,
             w.id AS week_id, w.number AS week_number, w.status::text AS week_status,
             w.extended_until AS week_extended_until
      FROM weeks w JOIN days d ON d.week_id = w.id JOIN tasks t ON t.day_id = d.id
      WHERE w.intern_id = ${internId}::uuid
    ),
    today AS (
      SELECT 'today' AS list, m.*, 0 AS overdue_total, row_number() OVER (ORDER BY m.day_position, m.position) AS rank
      FROM mine m
      WHERE m.start_date <= ${today}::date
        AND (m.end_date >= ${today}::date OR (m.end_date IS NULL AND m.start_date = ${today}::date))
      ORDER BY rank LIMIT 50
    ),
    overdue AS (
      SELECT 'overdue' AS list, m.*, (count(*) OVER ())::int AS overdue_total,
             row_number() OVER (ORDER BY m.end_date, m.position) AS rank
      FROM mine m
      WHERE ${overdue}
      ORDER BY rank LIMIT 10
    )
    SELECT list, id, text, done, label, end_date, week_id, week_number, week_status, overdue_total FROM (
      SELECT * FROM today UNION ALL SELECT * FROM overdue
    ) lists
    ORDER BY list DESC, rank`;
}

async function latestComments(internId: string): Promise<InternDashboard["latestComments"]> {
  const rows = await db.$queryRaw<
    { id: string; body: string; created_at: Date; author_name: string; week_id: string; week_number: number }[]
  >`
    SELECT c.id, c.body, c.created_at, u.name AS author_name, w.id AS week_id, w.number AS week_number
    FROM review_comments c JOIN weeks w ON w.id = c.week_id JOIN users u ON u.id = c.author_id
    WHERE w.intern_id = ${internId}::uuid
    ORDER BY c.created_at DESC
    LIMIT 5`;
  return rows.map((c) => ({
    id: c.id,
    body: c.body,
    authorName: c.author_name,
    createdAt: c.created_at.toISOString(),
    weekId: c.week_id,
    weekNumber: c.week_number,
  }));
}

/**
 * The days of the weeks that can be the current one (currentWeekOf: the week that spans today, or
 * the one numbered as the program's current week), with their progress.
 */
async function currentDays(internId: string, today: IsoDate) {
  const week = programWeekSql("c.start_date", Prisma.sql`${today}::date`);
  const rows = await db.$queryRaw<
    { id: string; week_id: string; label: string; start_date: Date | null; done: number; total: number }[]
  >`
    SELECT d.id, d.week_id, d.label, d.start_date,
           (count(t.id) FILTER (WHERE t.done))::int AS done, count(t.id)::int AS total
    FROM weeks w JOIN days d ON d.week_id = w.id LEFT JOIN tasks t ON t.day_id = d.id
    WHERE w.intern_id = ${internId}::uuid
      AND ((w.start_date <= ${today}::date AND w.end_date >= ${today}::date)
           OR w.number = (SELECT ${week} FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
                          WHERE e.user_id = ${internId}::uuid))
    GROUP BY d.id
    ORDER BY d.week_id, d.position`;
  return rows.map((d) => ({
    id: d.id,
    weekId: d.week_id,
    label: d.label,
    startDate: d.start_date ? isoDateFromDb(d.start_date) : null,
    progress: progressOf(d.done, d.total),
  }));
}

/** The dates week N of this intern's cohort would have (for the new-week form). */
export async function nextWeekChoices(viewer: Viewer): Promise<{
  numbers: { number: number; startDate: string; endDate: string; taken: boolean }[];
  suggested: number | null;
} | null> {
  assertRole(viewer, "INTERN");
  const [enrollment, weeks] = await Promise.all([
    db.enrollment.findUnique({
      where: { userId: viewer.id },
      select: { cohort: { select: { startDate: true, weekCount: true } } },
    }),
    db.week.findMany({ where: { internId: viewer.id }, select: { number: true } }),
  ]);
  if (!enrollment) return null;
  const taken = new Set(weeks.map((w) => w.number));
  const start = isoDateFromDb(enrollment.cohort.startDate);
  const numbers = Array.from({ length: enrollment.cohort.weekCount }, (_, i) => {
    const { startDate, endDate } = cohortWeekDates(start, i + 1);
    return { number: i + 1, startDate, endDate, taken: taken.has(i + 1) };
  });
  return { numbers, suggested: nextWeekToStart(enrollment.cohort.weekCount, taken) };
}
