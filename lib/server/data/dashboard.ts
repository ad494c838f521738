import "server-only";
import type { WeekStatus } from "@/lib/generated/prisma/client";
import { cohortWeekDates, cohortWeekNumberOn, dbDateFromIso, isoDateFromDb } from "@/lib/worklog/dates";
import { progressOf, sumProgress, type Progress } from "@/lib/worklog/progress";
import { db } from "../db";
import { programToday } from "../today";
import { EDITABLE_STATUSES } from "./access";
import { ForbiddenError } from "./errors";
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
  cohort: { name: string; weekCount: number; currentWeek: number } | null;
  weeks: WeekSummary[];
  /** The week that contains today, with each day's progress. */
  currentWeek: (WeekSummary & { days: { id: string; label: string; startDate: string | null; progress: Progress }[] }) | null;
  todayTasks: DashboardTask[];
  overdueTasks: DashboardTask[];
  overdueCount: number;
  latestComments: { id: string; body: string; authorName: string; createdAt: string; weekId: string; weekNumber: number }[];
  overall: Progress;
}

const taskSelect = {
  id: true,
  text: true,
  done: true,
  day: { select: { label: true, endDate: true, week: { select: { id: true, number: true, status: true } } } },
} as const;

type TaskRow = {
  id: string;
  text: string;
  done: boolean;
  day: { label: string; endDate: Date | null; week: { id: string; number: number; status: WeekStatus } };
};

function toDashboardTask(task: TaskRow): DashboardTask {
  return {
    id: task.id,
    text: task.text,
    done: task.done,
    weekId: task.day.week.id,
    weekNumber: task.day.week.number,
    dayLabel: task.day.label,
    endDate: task.day.endDate ? isoDateFromDb(task.day.endDate) : null,
    editable: EDITABLE_STATUSES.includes(task.day.week.status),
  };
}

/** Everything the intern's dashboard shows, in a fixed number of queries. */
export async function getInternDashboard(viewer: Viewer, now = new Date()): Promise<InternDashboard> {
  if (viewer.role !== "INTERN") throw new ForbiddenError("The dashboard is for interns.");
  const today = programToday(now);
  const todayDb = dbDateFromIso(today);
  const [enrollment, weeks, todayTasks, overdueTasks, overdueCount, comments] = await Promise.all([
    db.enrollment.findUnique({ where: { userId: viewer.id }, select: { cohort: { select: { name: true, weekCount: true, startDate: true } } } }),
    listWeeksOfIntern(viewer, viewer.id),
    db.task.findMany({
      where: {
        day: { week: { internId: viewer.id }, startDate: { lte: todayDb }, OR: [{ endDate: { gte: todayDb } }, { endDate: null, startDate: todayDb }] },
      },
      orderBy: [{ day: { position: "asc" } }, { position: "asc" }],
      select: taskSelect,
      take: 50,
    }),
    db.task.findMany({
      where: { done: false, day: { endDate: { lt: todayDb }, week: { internId: viewer.id, status: { in: [...EDITABLE_STATUSES] } } } },
      orderBy: [{ day: { endDate: "asc" } }, { position: "asc" }],
      select: taskSelect,
      take: 10,
    }),
    db.task.count({
      where: { done: false, day: { endDate: { lt: todayDb }, week: { internId: viewer.id, status: { in: [...EDITABLE_STATUSES] } } } },
    }),
    db.reviewComment.findMany({
      where: { week: { internId: viewer.id } },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } }, week: { select: { id: true, number: true } } },
    }),
  ]);
  const cohort = enrollment?.cohort;
  const currentNumber = cohort ? cohortWeekNumberOn(isoDateFromDb(cohort.startDate), today) : 0;
  const currentSummary = weeks.find((w) => w.startDate <= today && today <= w.endDate) ?? weeks.find((w) => w.number === currentNumber);
  let currentWeek: InternDashboard["currentWeek"] = null;
  if (currentSummary) {
    const days = await db.day.findMany({
      where: { weekId: currentSummary.id },
      orderBy: { position: "asc" },
      select: { id: true, label: true, startDate: true, tasks: { select: { done: true } } },
    });
    currentWeek = {
      ...currentSummary,
      days: days.map((d) => ({
        id: d.id,
        label: d.label,
        startDate: d.startDate ? isoDateFromDb(d.startDate) : null,
        progress: progressOf(d.tasks.filter((t) => t.done).length, d.tasks.length),
      })),
    };
  }
  return {
    today,
    cohort: cohort ? { name: cohort.name, weekCount: cohort.weekCount, currentWeek: currentNumber } : null,
    weeks,
    currentWeek,
    todayTasks: todayTasks.map(toDashboardTask),
    overdueTasks: overdueTasks.map(toDashboardTask),
    overdueCount,
    latestComments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      authorName: c.author.name,
      createdAt: c.createdAt.toISOString(),
      weekId: c.week.id,
      weekNumber: c.week.number,
    })),
    overall: sumProgress(weeks.map((w) => w.progress)),
  };
}

/** The dates week N of this intern's cohort would have (for the new-week form). */
export async function nextWeekChoices(viewer: Viewer): Promise<{
  numbers: { number: number; startDate: string; endDate: string; taken: boolean }[];
  suggested: number | null;
} | null> {
  if (viewer.role !== "INTERN") return null;
  const [enrollment, weeks] = await Promise.all([
    db.enrollment.findUnique({ where: { userId: viewer.id }, select: { cohort: { select: { startDate: true, weekCount: true } } } }),
    db.week.findMany({ where: { internId: viewer.id }, select: { number: true } }),
  ]);
  if (!enrollment) return null;
  const taken = new Set(weeks.map((w) => w.number));
  const start = isoDateFromDb(enrollment.cohort.startDate);
  const numbers = Array.from({ length: enrollment.cohort.weekCount }, (_, i) => {
    const { startDate, endDate } = cohortWeekDates(start, i + 1);
    return { number: i + 1, startDate, endDate, taken: taken.has(i + 1) };
  });
  return { numbers, suggested: numbers.find((n) => !n.taken)?.number ?? null };
}

