// The program's clock, as the domain reads it: which week of the program today is, which week an
// intern works on and which one they start next, and when a week is behind or a task overdue. One
// definition of each; where SQL must repeat one for speed (lib/server/data/rules-sql.ts), a test
// proves that the two agree on generated cases (tests/integration/rules-sql.test.ts).
import { cohortWeekNumberOn, type IsoDate } from "./dates";
import { isEditableStatus, type GridStatus, type WeekStatus } from "./status";

export type ProgramPhase =
  | { kind: "not-started" }
  | { kind: "running"; week: number; weekCount: number }
  | { kind: "finished"; weekCount: number };

/** Where the program stands on `today`: before its first week, in week N of M, or after its last. */
export function programPhase(cohort: { startDate: IsoDate; weekCount: number }, today: IsoDate): ProgramPhase {
  const week = cohortWeekNumberOn(cohort.startDate, today);
  if (week < 1) return { kind: "not-started" };
  if (week > cohort.weekCount) return { kind: "finished", weekCount: cohort.weekCount };
  return { kind: "running", week, weekCount: cohort.weekCount };
}

/**
 * The values of the phase's message (`common.phase`: "week 3 of 12", "not started yet", "finished"):
 * ICU's select takes no hyphen, so the kind is said in camel case.
 */
export function phaseValues(phase: ProgramPhase): {
  kind: "notStarted" | "running" | "finished";
  week: number;
  weekCount: number;
} {
  switch (phase.kind) {
    case "not-started":
      return { kind: "notStarted", week: 0, weekCount: 0 };
    case "finished":
      return { kind: "finished", week: phase.weekCount, weekCount: phase.weekCount };
    case "running":
      return { kind: "running", week: phase.week, weekCount: phase.weekCount };
  }
}

/**
 * The intern's week of today: the one whose dates span today, else the one numbered as the
 * program's current week (an imported week may carry other dates than its cohort's).
 */
export function currentWeekOf<W extends { number: number; startDate: IsoDate; endDate: IsoDate }>(
  weeks: readonly W[],
  cohortStart: IsoDate | null,
  today: IsoDate,
): W | undefined {
  const spanning = weeks.find((w) => w.startDate <= today && today <= w.endDate);
  if (spanning || cohortStart === null) return spanning;
  const number = cohortWeekNumberOn(cohortStart, today);
  return weeks.find((w) => w.number === number);
}

/** The first week of the program the intern has no page for yet, or null when they have them all. */
export function nextWeekToStart(weekCount: number, taken: Iterable<number>): number | null {
  const have = new Set(taken);
  for (let number = 1; number <= weekCount; number++) if (!have.has(number)) return number;
  return null;
}

/**
 * The day a week is due: the extended date a mentor gave (lib/server/data/extensions.ts), else its
 * end date. "Behind", "overdue" and the reminders all count from it.
 */
export function dueDateOf(week: { endDate: IsoDate; extendedUntil: IsoDate | null }): IsoDate {
  return week.extendedUntil ?? week.endDate;
}

export interface WeekProgressState {
  status: GridStatus;
  endDate: IsoDate;
  /** A mentor's extension: the week is due on this date instead (dueDateOf). */
  extendedUntil: IsoDate | null;
  done: number;
  total: number;
}

/**
 * A week is behind when its due date (dueDateOf) has passed with tasks undone and its mentor has not
 * approved it (an approved week was accepted as it is). A submitted week can be behind: it waits for the mentor.
 */
export function isWeekBehind(week: WeekProgressState, today: IsoDate): boolean {
  return week.status !== "NONE" && week.status !== "APPROVED" && dueDateOf(week) < today && week.done < week.total;
}

export interface TaskState {
  done: boolean;
  /** The last day of the task's day (null: the day has no dates, so it is never overdue). */
  dayEndDate: IsoDate | null;
  /** The extension of the task's week: none of its tasks is overdue before that date. */
  weekExtendedUntil: IsoDate | null;
  weekStatus: WeekStatus;
}

/**
 * The day a task is due: its day's last day, or its week's extended date when that is later (null:
 * the day has no dates).
 */
export function taskDueDateOf(task: Pick<TaskState, "dayEndDate" | "weekExtendedUntil">): IsoDate | null {
  if (task.dayEndDate === null) return null;
  return task.weekExtendedUntil !== null && task.weekExtendedUntil > task.dayEndDate
    ? task.weekExtendedUntil
    : task.dayEndDate;
}

/**
 * A task is overdue when its due date (taskDueDateOf) has passed, it is not done, and the intern can
 * still tick it: its week is a draft or was returned. A submitted week's tasks are not overdue (the
 * intern handed the week in; it counts as behind for the mentor instead), nor are an approved week's.
 */
export function isTaskOverdue(task: TaskState, today: IsoDate): boolean {
  const due = taskDueDateOf(task);
  return !task.done && due !== null && due < today && isEditableStatus(task.weekStatus);
}
