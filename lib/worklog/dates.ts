// Calendar maths for weeks and days. Dates are ISO strings (YYYY-MM-DD) in the domain: a week's
// dates are calendar days, not instants, so no time zone enters them.
import { addDays, differenceInCalendarDays, format, parseISO, startOfWeek } from "date-fns";

export type IsoDate = string;

export const WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function toIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/** A Postgres DATE read by Prisma arrives as midnight UTC; this gives its calendar day. */
export function isoDateFromDb(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The inverse of isoDateFromDb: the value to store in a DATE column. */
export function dbDateFromIso(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseISO(iso), days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** Week N of a cohort runs from start + 7(N-1) days, for seven days. */
export function cohortWeekDates(cohortStart: IsoDate, number: number): { startDate: IsoDate; endDate: IsoDate } {
  const startDate = addDaysIso(cohortStart, 7 * (number - 1));
  return { startDate, endDate: addDaysIso(startDate, 6) };
}

/** Which week of the cohort `today` falls in (may be < 1 before the start or > weekCount after the end). */
export function cohortWeekNumberOn(cohortStart: IsoDate, today: IsoDate): number {
  return Math.floor(daysBetween(cohortStart, today) / 7) + 1;
}

/** The Monday of the week that contains this calendar day. */
export function mondayOf(iso: IsoDate): IsoDate {
  return toIsoDate(startOfWeek(parseISO(iso), { weekStartsOn: 1 }));
}

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** "06/10/2025", the way FCJ worklogs write dates. */
export function formatDayMonthYear(iso: IsoDate): string {
  return format(parseISO(iso), "dd/MM/yyyy");
}

/**
 * Today's calendar date in a time zone (interns tick "today's" tasks in their own day, whatever
 * zone the server runs in).
 */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
