import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDateFromDb } from "@/lib/worklog/dates";
import { progressOf, sumProgress, type Progress } from "@/lib/worklog/progress";
import { canEdit, canReview, type WeekStatus } from "@/lib/worklog/status";
import { canReply, canResolve } from "@/lib/worklog/threads";
import { db } from "../db";
import { databaseEnv } from "../env";
import { assertRole, findVisibleWeek, weeksVisibleTo } from "./access";
import type { Viewer } from "./viewer";
import { weekOwnerSelect, type WeekOwner } from "./week-owner";

export interface TaskView {
  id: string;
  text: string;
  subItems: string[];
  done: boolean;
  doneAt: string | null;
  modules: { code: string; title: string }[];
}

export interface DayView {
  id: string;
  label: string;
  startDate: string | null;
  endDate: string | null;
  references: string[];
  tasks: TaskView[];
  progress: Progress;
  /** The day's edit version: saving or removing the day is based on it. */
  version: number;
}

export interface CommentView {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
  dayId: string | null;
  taskId: string | null;
  /** The thread's opening comment for a reply (lib/worklog/threads.ts); null for an opening comment. */
  parentId: string | null;
  /** Written by the week's intern (a reply). */
  byIntern: boolean;
  /** On an opening comment: when and by whom the thread was resolved; whether it waits for a reviewer. */
  resolvedAt: string | null;
  resolvedByName: string | null;
  awaitingReviewer: boolean;
}

export interface WeekSummary {
  id: string;
  number: number;
  title: string;
  status: WeekStatus;
  startDate: string;
  endDate: string;
  /** A mentor's extension: the week is due on this date instead of its end date (dueDateOf). */
  extendedUntil: string | null;
  progress: Progress;
}

/** The week page's week: its summary with everything on it. */
export interface WeekView extends WeekSummary, WeekOwner {
  submittedAt: string | null;
  approvedAt: string | null;
  objectives: { id: string; text: string }[];
  achievements: { id: string; text: string }[];
  days: DayView[];
  comments: CommentView[];
  /** Modules of curriculum week N that no task of this week links to yet. */
  uncoveredModules: { code: string; title: string }[];
  canEdit: boolean;
  canReview: boolean;
  /** May reply in the week's threads (its intern, its reviewers) and resolve them (its reviewers). */
  canReply: boolean;
  canResolve: boolean;
  /** Edit versions the editors' saves are based on (docs/decisions/015). */
  versions: { objectives: number; achievements: number; days: number };
  /** Server time (ms) before the week was read: ticks answered after it are newer (components/live-progress.tsx). */
  readAt: number;
  /** The program's time zone, in which to show the times. */
  timeZone: string;
}

/** A WeekSummary's own columns (its progress comes from days or from the kept counts). */
const weekSummarySelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  startDate: true,
  endDate: true,
  extendedUntil: true,
} as const;

/** What the week page reads of a week, in one nested query. */
const weekPageSelect = {
  ...weekSummarySelect,
  submittedAt: true,
  approvedAt: true,
  internId: true,
  ...weekOwnerSelect,
  items: { select: { id: true, kind: true, text: true }, orderBy: { position: "asc" } },
  objectivesVersion: true,
  achievementsVersion: true,
  daysVersion: true,
  days: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      version: true,
      label: true,
      startDate: true,
      endDate: true,
      references: true,
      tasks: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          text: true,
          subItems: true,
          done: true,
          doneAt: true,
          modules: {
            select: { module: { select: { code: true, title: true } } },
            orderBy: { module: { code: "asc" } },
          },
        },
      },
    },
  },
  reviewComments: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      body: true,
      createdAt: true,
      dayId: true,
      taskId: true,
      parentId: true,
      authorId: true,
      resolvedAt: true,
      awaitingReviewer: true,
      author: { select: { name: true } },
      resolvedBy: { select: { name: true } },
    },
  },
} satisfies Prisma.WeekSelect;

type StoredDay = Prisma.WeekGetPayload<{ select: typeof weekPageSelect }>["days"][number];

function toDayView(day: StoredDay): DayView {
  const tasks = day.tasks.map((task) => ({
    id: task.id,
    text: task.text,
    subItems: task.subItems,
    done: task.done,
    doneAt: task.doneAt?.toISOString() ?? null,
    modules: task.modules.map((link) => link.module),
  }));
  return {
    id: day.id,
    label: day.label,
    startDate: day.startDate ? isoDateFromDb(day.startDate) : null,
    endDate: day.endDate ? isoDateFromDb(day.endDate) : null,
    references: day.references,
    tasks,
    progress: progressOf(tasks.filter((t) => t.done).length, tasks.length),
    version: day.version,
  };
}

/** One week as its page shows it, if the viewer may see it (else NotFoundError). */
export async function getWeek(viewer: Viewer, weekId: string): Promise<WeekView> {
  assertRole(viewer);
  const readAt = Date.now();
  const week = await findVisibleWeek(viewer, weekId, weekPageSelect);
  const linked = new Set(week.days.flatMap((d) => d.tasks.flatMap((t) => t.modules.map((m) => m.module.code))));
  const curriculum = await db.module.findMany({
    where: { curriculumWeek: week.number },
    orderBy: { code: "asc" },
    select: { code: true, title: true },
  });
  const days = week.days.map(toDayView);
  return {
    readAt,
    timeZone: databaseEnv().WORKLOG_TIME_ZONE,
    id: week.id,
    number: week.number,
    title: week.title,
    status: week.status,
    startDate: isoDateFromDb(week.startDate),
    endDate: isoDateFromDb(week.endDate),
    extendedUntil: week.extendedUntil ? isoDateFromDb(week.extendedUntil) : null,
    submittedAt: week.submittedAt?.toISOString() ?? null,
    approvedAt: week.approvedAt?.toISOString() ?? null,
    intern: week.intern,
    cohort: week.cohort,
    objectives: week.items.filter((i) => i.kind === "OBJECTIVE").map(({ id, text }) => ({ id, text })),
    achievements: week.items.filter((i) => i.kind === "ACHIEVEMENT").map(({ id, text }) => ({ id, text })),
    days,
    comments: week.reviewComments.map((c) => ({
      id: c.id,
      body: c.body,
      authorName: c.author.name,
      createdAt: c.createdAt.toISOString(),
      dayId: c.dayId,
      taskId: c.taskId,
      parentId: c.parentId,
      byIntern: c.authorId === week.internId,
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      resolvedByName: c.resolvedBy?.name ?? null,
      awaitingReviewer: c.awaitingReviewer,
    })),
    progress: sumProgress(days.map((d) => d.progress)),
    uncoveredModules: curriculum.filter((m) => !linked.has(m.code)),
    canEdit: canEdit(viewer, week),
    canReview: canReview(viewer, week),
    canReply: canReply(viewer, week),
    canResolve: canResolve(viewer, week),
    versions: { objectives: week.objectivesVersion, achievements: week.achievementsVersion, days: week.daysVersion },
  };
}

/** An intern's weeks with their progress, in one query whatever their number (the database keeps each week's counts). */
export async function listWeeksOfIntern(viewer: Viewer, internId: string): Promise<WeekSummary[]> {
  assertRole(viewer);
  const weeks = await db.week.findMany({
    where: { AND: [{ internId }, weeksVisibleTo(viewer)] },
    orderBy: { number: "asc" },
    select: { ...weekSummarySelect, taskCount: true, doneCount: true },
  });
  return weeks.map(({ taskCount, doneCount, ...week }) => ({
    ...week,
    startDate: isoDateFromDb(week.startDate),
    endDate: isoDateFromDb(week.endDate),
    extendedUntil: week.extendedUntil ? isoDateFromDb(week.extendedUntil) : null,
    progress: progressOf(doneCount, taskCount),
  }));
}
