import "server-only";
import type { InternScope } from "@/lib/worklog/assignment";
import { isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { progressOf, type Progress } from "@/lib/worklog/progress";
import { reviewWait } from "@/lib/worklog/review-wait";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { assertRole, isUuid, weeksVisibleTo } from "./access";
import { myInternsWhere } from "./my-interns";
import type { Viewer } from "./viewer";
import { weekOwnerSelect, type WeekOwner } from "./week-owner";

export interface ReviewQueueItem extends WeekOwner {
  weekId: string;
  number: number;
  title: string;
  startDate: string;
  endDate: string;
  submittedAt: string;
  /** The submission's calendar day in the program's time zone, and the days since (0: today). */
  submittedOn: IsoDate;
  waitingDays: number;
  progress: Progress;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  /** All weeks waiting, also those beyond `limit`. */
  total: number;
  /** Whether only the viewer's own interns' weeks are listed, and how many interns are theirs (myInternsWhere). */
  scope: { ownOnly: boolean; own: number };
}

/**
 * Submitted weeks waiting for review across the cohorts the viewer mentors (admins: all), oldest
 * submission first. A fixed number of queries whatever the queue's length (task counts are kept on each week).
 */
export async function listReviewQueue(
  viewer: Viewer,
  options: { limit?: number; cohortId?: string; today?: IsoDate; scope?: InternScope | undefined } = {},
): Promise<ReviewQueue> {
  assertRole(viewer, "MENTOR", "ADMIN");
  if (options.cohortId !== undefined && !isUuid(options.cohortId)) {
    return { items: [], total: 0, scope: { ownOnly: false, own: 0 } };
  }
  const mine = await myInternsWhere(viewer, options.scope);
  const where = {
    AND: [
      { status: "SUBMITTED" as const, internId: { not: viewer.id } },
      options.cohortId ? { cohortId: options.cohortId } : {},
      weeksVisibleTo(viewer),
      mine.where,
    ],
  };
  const [weeks, total] = await Promise.all([
    db.week.findMany({
      where,
      // A week submitted without a time (imported data) goes first: it has waited longest, as far as we know.
      orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { number: "asc" }, { id: "asc" }],
      take: Math.min(Math.max(options.limit ?? 200, 1), 500),
      select: {
        id: true,
        number: true,
        title: true,
        startDate: true,
        endDate: true,
        submittedAt: true,
        updatedAt: true,
        taskCount: true,
        doneCount: true,
        ...weekOwnerSelect,
      },
    }),
    db.week.count({ where }),
  ]);
  const today = options.today ?? programToday();
  const zone = databaseEnv().WORKLOG_TIME_ZONE;
  return {
    total,
    scope: mine.scope,
    items: weeks.map((w) => {
      const { submittedAt, submittedOn, waitingDays } = reviewWait(w, zone, today);
      return {
        weekId: w.id,
        number: w.number,
        title: w.title,
        startDate: isoDateFromDb(w.startDate),
        endDate: isoDateFromDb(w.endDate),
        submittedAt: submittedAt.toISOString(),
        submittedOn,
        waitingDays,
        intern: w.intern,
        cohort: w.cohort,
        progress: progressOf(w.doneCount, w.taskCount),
      };
    }),
  };
}
