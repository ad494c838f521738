// The program's clock: phase, current and next week, behind and overdue (one definition each).
import { describe, expect, it } from "vitest";
import {
  currentWeekOf,
  dueDateOf,
  isTaskOverdue,
  isWeekBehind,
  nextWeekToStart,
  programPhase,
  phaseValues,
  taskDueDateOf,
} from "@/lib/worklog/schedule";
import { translatorFor } from "@/lib/i18n/translator";

const cohort = { startDate: "2026-11-02", weekCount: 12 };

describe("the program's clock", () => {
  it("says where the program stands", () => {
    const say = (today: string, locale: "en" | "vi" = "en") =>
      translatorFor(locale)("common.phase", phaseValues(programPhase(cohort, today)));
    expect(say("2026-11-01")).toBe("not started yet");
    expect(say("2026-11-02")).toBe("week 1 of 12");
    expect(say("2026-11-29")).toBe("week 4 of 12");
    expect(say("2027-01-24")).toBe("week 12 of 12");
    expect(say("2027-01-25")).toBe("finished");
    expect(say("2026-11-29", "vi")).toBe("tuần 4/12");
    expect(say("2027-01-25", "vi")).toBe("đã kết thúc");
  });

  it("finds the intern's current week by its dates, else by the program's week number", () => {
    const weeks = [
      { number: 4, startDate: "2026-11-23", endDate: "2026-11-29" },
      { number: 5, startDate: "2025-01-01", endDate: "2025-01-07" }, // imported with other dates
    ];
    expect(currentWeekOf(weeks, cohort.startDate, "2026-11-29")?.number).toBe(4);
    expect(currentWeekOf(weeks, cohort.startDate, "2026-12-01")?.number).toBe(5);
    expect(currentWeekOf(weeks, null, "2026-12-01")).toBeUndefined();
    expect(currentWeekOf([], cohort.startDate, "2026-12-01")).toBeUndefined();
  });

  it("suggests the first week without a page", () => {
    expect(nextWeekToStart(12, [1, 2, 4])).toBe(3);
    expect(nextWeekToStart(3, [1, 2, 3])).toBeNull();
    expect(nextWeekToStart(12, [])).toBe(1);
  });

  it("a week is behind once its due date passed with tasks undone, unless approved", () => {
    const today = "2026-11-29";
    const base = { status: "DRAFT" as const, endDate: "2026-11-28", extendedUntil: null, done: 2, total: 3 };
    expect(isWeekBehind(base, today)).toBe(true);
    expect(isWeekBehind({ ...base, status: "SUBMITTED" }, today)).toBe(true);
    expect(isWeekBehind({ ...base, status: "CHANGES_REQUESTED" }, today)).toBe(true);
    expect(isWeekBehind({ ...base, status: "APPROVED" }, today)).toBe(false);
    expect(isWeekBehind({ ...base, status: "NONE" }, today)).toBe(false);
    expect(isWeekBehind({ ...base, endDate: today }, today)).toBe(false); // its last day is today
    expect(isWeekBehind({ ...base, done: 3 }, today)).toBe(false);
  });

  it("a task is overdue once its day ended undone, while the intern can still tick it", () => {
    const today = "2026-11-29";
    const base = { done: false, dayEndDate: "2026-11-28", weekExtendedUntil: null, weekStatus: "DRAFT" as const };
    expect(isTaskOverdue(base, today)).toBe(true);
    expect(isTaskOverdue({ ...base, weekStatus: "CHANGES_REQUESTED" }, today)).toBe(true);
    expect(isTaskOverdue({ ...base, weekStatus: "SUBMITTED" }, today)).toBe(false); // handed in: the mentor's now
    expect(isTaskOverdue({ ...base, weekStatus: "APPROVED" }, today)).toBe(false);
    expect(isTaskOverdue({ ...base, done: true }, today)).toBe(false);
    expect(isTaskOverdue({ ...base, dayEndDate: today }, today)).toBe(false);
    expect(isTaskOverdue({ ...base, dayEndDate: null }, today)).toBe(false);
  });

  it("an extended week is due on its extended date: not behind, its tasks not overdue, until that date has passed", () => {
    const today = "2026-11-29";
    expect(dueDateOf({ endDate: "2026-11-22", extendedUntil: null })).toBe("2026-11-22");
    expect(dueDateOf({ endDate: "2026-11-22", extendedUntil: "2026-12-01" })).toBe("2026-12-01");
    const week = { status: "DRAFT" as const, endDate: "2026-11-22", done: 2, total: 3 };
    expect(isWeekBehind({ ...week, extendedUntil: null }, today)).toBe(true);
    expect(isWeekBehind({ ...week, extendedUntil: "2026-12-01" }, today)).toBe(false);
    expect(isWeekBehind({ ...week, extendedUntil: today }, today)).toBe(false); // due today
    expect(isWeekBehind({ ...week, extendedUntil: "2026-11-28" }, today)).toBe(true); // the extension passed too
    expect(isWeekBehind({ ...week, status: "APPROVED", extendedUntil: "2026-11-28" }, today)).toBe(false);

    const task = { done: false, dayEndDate: "2026-11-20", weekStatus: "DRAFT" as const };
    expect(isTaskOverdue({ ...task, weekExtendedUntil: null }, today)).toBe(true);
    expect(isTaskOverdue({ ...task, weekExtendedUntil: "2026-12-01" }, today)).toBe(false);
    expect(isTaskOverdue({ ...task, weekExtendedUntil: today }, today)).toBe(false);
    expect(isTaskOverdue({ ...task, weekExtendedUntil: "2026-11-28" }, today)).toBe(true);
    expect(isTaskOverdue({ ...task, dayEndDate: null, weekExtendedUntil: "2026-11-28" }, today)).toBe(false);
    // A day dated after the extension (an imported page's) is due on its own last day.
    expect(taskDueDateOf({ dayEndDate: "2026-12-05", weekExtendedUntil: "2026-12-01" })).toBe("2026-12-05");
    expect(taskDueDateOf({ dayEndDate: "2026-11-20", weekExtendedUntil: "2026-12-01" })).toBe("2026-12-01");
    expect(taskDueDateOf({ dayEndDate: null, weekExtendedUntil: "2026-12-01" })).toBeNull();
  });
});
