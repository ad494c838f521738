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
import type { WeekSummary } from "./weeks";

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

/** A task of today's list or of the overdue one, as the dashboard's statement gives it. */
interface TaskJson {
  list: "today" | "overdue";
  id: string;
  text: string;
  done: boolean;
  label: string;
  endDate: IsoDate | null;
  weekId: string;
  weekNumber: number;
  weekStatus: WeekStatus;
  /** Overdue rows only: how many tasks are overdue in all (the list stops at 10). */
  overdueTotal: number;
}

/** What the dashboard's one statement returns: a row of JSON columns (dates as ISO strings). */
interface DashboardRow {
  cohort: { name: string; weekCount: number; startDate: IsoDate } | null;
  weeks: (Omit<WeekSummary, "progress"> & { done: number; total: number })[];
  tasks: TaskJson[];
  comments: InternDashboard["latestComments"];
  days: { id: string; weekId: string; label: string; startDate: IsoDate | null; done: number; total: number }[];
}

function toDashboardTask(task: TaskJson): DashboardTask {
  return {
    id: task.id,
    text: task.text,
    done: task.done,
    weekId: task.weekId,
    weekNumber: task.weekNumber,
    dayLabel: task.label,
    endDate: task.endDate,
    editable: isEditableStatus(task.weekStatus),
  };
}

/**
 * Everything the intern's dashboard shows, in one statement whatever the number of weeks: its
 * cohort, its weeks (with the task counts kept on them), today's and the overdue tasks, the latest
 * comments and each day's progress of the weeks that can be the current one, as JSON columns.
 * Through Prisma each relation level was a query of its own (17 queries); as five statements at
 * once, the server's cost of sending and reading them was most of the dashboard's gap to the
 * framework floor at c=16 (docs/PERFORMANCE.md).
 */
export async function getInternDashboard(viewer: Viewer, now = new Date()): Promise<InternDashboard> {
  assertRole(viewer, "INTERN");
  const readAt = Date.now();
  const today = programToday(now);
  const [{ cohort, weeks: weekRows, tasks, comments, days }] = await db.$queryRaw<[DashboardRow]>(
    dashboardSql(viewer.id, today),
  );
  const weeks: WeekSummary[] = weekRows.map(({ done, total, ...week }) => ({
    ...week,
    progress: progressOf(done, total),
  }));
  const current = currentWeekOf(weeks, cohort?.startDate ?? null, today);
  const overdue = tasks.filter((t) => t.list === "overdue");
  return {
    readAt,
    today,
    cohort: cohort
      ? {
          name: cohort.name,
          weekCount: cohort.weekCount,
          phase: programPhase({ startDate: cohort.startDate, weekCount: cohort.weekCount }, today),
        }
      : null,
    weeks,
    nextWeek: cohort
      ? nextWeekToStart(
          cohort.weekCount,
          weeks.map((w) => w.number),
        )
      : null,
    currentWeek: current
      ? {
          ...current,
          days: days
            .filter((d) => d.weekId === current.id)
            .map(({ done, total, weekId: _week, ...day }) => ({ ...day, progress: progressOf(done, total) })),
        }
      : null,
    todayTasks: tasks.filter((t) => t.list === "today").map(toDashboardTask),
    overdueTasks: overdue.map(toDashboardTask),
    overdueCount: overdue[0]?.overdueTotal ?? 0,
    latestComments: comments,
    overall: sumProgress(weeks.map((w) => w.progress)),
  };
}

/**
 * The dashboard's statement. Today's tasks are those of the days that span today (50 at most); the
 * overdue ones follow isTaskOverdue (taskOverdueSql; 10 at most, with how many there are in all);
 * the current week's candidates are the week that spans today and the one numbered as the program's
 * current week (currentWeekOf picks).
 */
function dashboardSql(internId: string, today: IsoDate): Prisma.Sql {
  const day = Prisma.sql`${today}::date`;
  const overdue = taskOverdueSql(
    {
      done: "m.done",
      dayEndDate: "m.end_date",
      weekExtendedUntil: "m.week_extended_until",
      weekStatus: "m.week_status",
    },
    day,
  );
  const programWeek = programWeekSql("c.start_date", day);
  return Prisma.sql`
    WITH mine AS (
      SELECT t.id, t.text, t.done, t.position, d.label, d.position AS day_position, d.start_date, d.end_date,
             w.id AS week_id, w.number AS week_number, w.status::text AS week_status,
             w.extended_until AS week_extended_until
      FROM weeks w JOIN days d ON d.week_id = w.id JOIN tasks t ON t.day_id = d.id
      WHERE w.intern_id = ${internId}::uuid
    ),
    today_tasks AS (
      SELECT 'today' AS list, m.*, 0 AS overdue_total, row_number() OVER (ORDER BY m.day_position, m.position) AS rank
      FROM mine m
      WHERE m.start_date <= ${day} AND (m.end_date >= ${day} OR (m.end_date IS NULL AND m.start_date = ${day}))
      ORDER BY rank LIMIT 50
    ),
    overdue_tasks AS (
      SELECT 'overdue' AS list, m.*, (count(*) OVER ())::int AS overdue_total,
             row_number() OVER (ORDER BY m.end_date, m.position) AS rank
      FROM mine m
      WHERE ${overdue}
      ORDER BY rank LIMIT 10
    ),
    cohort AS (
      SELECT c.name, c.week_count, c.start_date, ${programWeek} AS current_number
      FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
      WHERE e.user_id = ${internId}::uuid
    )
    SELECT
      (SELECT json_build_object('name', c.name, 'weekCount', c.week_count, 'startDate', c.start_date) FROM cohort c)
        AS cohort,
      (SELECT coalesce(json_agg(json_build_object(
                'id', w.id, 'number', w.number, 'title', w.title, 'status', w.status, 'startDate', w.start_date,
                'endDate', w.end_date, 'extendedUntil', w.extended_until, 'done', w.done_count, 'total', w.task_count)
              ORDER BY w.number), '[]')
       FROM weeks w WHERE w.intern_id = ${internId}::uuid) AS weeks,
      (SELECT coalesce(json_agg(json_build_object(
                'list', l.list, 'id', l.id, 'text', l.text, 'done', l.done, 'label', l.label, 'endDate', l.end_date,
                'weekId', l.week_id, 'weekNumber', l.week_number, 'weekStatus', l.week_status,
                'overdueTotal', l.overdue_total)
              ORDER BY l.list DESC, l.rank), '[]')
       FROM (SELECT * FROM today_tasks UNION ALL SELECT * FROM overdue_tasks) l) AS tasks,
      (SELECT coalesce(json_agg(json_build_object(
                'id', c.id, 'body', c.body, 'authorName', c.author_name, 'createdAt', c.created_at,
                'weekId', c.week_id, 'weekNumber', c.week_number)
              ORDER BY c.created_at DESC), '[]')
       FROM (SELECT c.id, c.body, to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
                    u.name AS author_name, w.id AS week_id, w.number AS week_number
             FROM review_comments c JOIN weeks w ON w.id = c.week_id JOIN users u ON u.id = c.author_id
             WHERE w.intern_id = ${internId}::uuid
             ORDER BY c.created_at DESC
             LIMIT 5) c) AS comments,
      (SELECT coalesce(json_agg(json_build_object(
                'id', d.id, 'weekId', d.week_id, 'label', d.label, 'startDate', d.start_date, 'done', d.done,
                'total', d.total)
              ORDER BY d.week_id, d.position), '[]')
       FROM (SELECT d.id, d.week_id, d.label, d.start_date, d.position,
                    (count(t.id) FILTER (WHERE t.done))::int AS done, count(t.id)::int AS total
             FROM weeks w JOIN days d ON d.week_id = w.id LEFT JOIN tasks t ON t.day_id = d.id
             WHERE w.intern_id = ${internId}::uuid
               AND ((w.start_date <= ${day} AND w.end_date >= ${day})
                    OR w.number = (SELECT current_number FROM cohort))
             GROUP BY d.id) d) AS days`;
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
