// The calendar maths of lib/worklog/dates.ts: calendar days counted as UTC day numbers, checked
// against days everyone knows (leap years, month and year ends, weekdays), and what is not a day.
import { describe, expect, it } from "vitest";
import {
  addDaysIso,
  cohortWeekDates,
  cohortWeekNumberOn,
  dateRange,
  daysBetween,
  isMonday,
  mondayOf,
  weekdayIndex,
} from "@/lib/worklog/dates";

describe("calendar days", () => {
  it("adds days across month, year and leap-day ends", () => {
    expect(addDaysIso("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysIso("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDaysIso("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysIso("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDaysIso("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDaysIso("1900-02-28", 1)).toBe("1900-03-01");
    expect(addDaysIso("0050-03-01", -1)).toBe("0050-02-28");
  });

  it("counts the days between two days, either way round", () => {
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2026-12-03", "2026-11-30")).toBe(-3);
  });

  it("names weekdays from Monday = 0 and finds a day's Monday", () => {
    expect(weekdayIndex("2026-11-30")).toBe(0); // a Monday
    expect(weekdayIndex("2026-12-06")).toBe(6); // a Sunday
    expect(weekdayIndex("1969-12-31")).toBe(2); // a Wednesday, before day 0
    expect(mondayOf("2026-12-06")).toBe("2026-11-30");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
    expect(isMonday("2026-11-30")).toBe(true);
    expect(isMonday("2026-12-01")).toBe(false);
  });

  it("places a cohort's weeks and finds the week a day is in", () => {
    expect(cohortWeekDates("2026-11-02", 5)).toEqual({ startDate: "2026-11-30", endDate: "2026-12-06" });
    expect(cohortWeekNumberOn("2026-11-02", "2026-12-06")).toBe(5);
    expect(cohortWeekNumberOn("2026-11-02", "2026-11-01")).toBe(0);
  });

  it("throws past year 9999 rather than write a day that is not YYYY-MM-DD", () => {
    expect(() => addDaysIso("9999-12-31", 1)).toThrow(RangeError);
  });

  it("refuses what is not a day rather than rolling it over", () => {
    const bad = ["2026-02-31", "2026-13-01", "2026-00-10", "2026-1-01", "03/12/2026", "", "2026-01- 5", "0x1A-01-01"];
    for (const text of bad) {
      expect(daysBetween("2026-01-01", text)).toBeNaN();
      expect(() => addDaysIso(text, 1)).toThrow(RangeError);
    }
  });

  it("says a range once per language and gives the same words again", () => {
    const first = dateRange("2026-11-23", "2026-11-29");
    expect(first).toBe("23 – 29 Nov 2026");
    expect(dateRange("2026-11-23", "2026-11-29")).toBe(first);
    expect(dateRange("2026-11-23", "2026-11-29", "vi")).not.toBe(first);
    expect(dateRange("2026-11-23", "2026-11-23")).toBe("23 Nov 2026");
  });
});
