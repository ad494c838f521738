// Dates, all of them: calendar maths on date-fns, instants shown in the program's time zone through
// Intl. A week's and a day's dates are calendar days (ISO strings, YYYY-MM-DD), never instants, so no
// time zone enters them; instants (when a task was ticked, a week submitted) are ISO strings in UTC.
// Reading the date cells of an imported page (06/10/2025, 10/18-19/2025...) is the Markdown parser's
// job (lib/worklog/markdown/dates.ts); it builds on these.
import { addDays, differenceInCalendarDays, format, isMonday as isMondayDate, parseISO, startOfWeek } from "date-fns";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

export type IsoDate = string;

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

export const WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function toIsoDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/**
 * The one way a calendar day leaves the database: queries select DATE columns as they are (never
 * formatted in SQL); Prisma reads one as midnight UTC and this gives its calendar day. (Inside JSON
 * that a query builds, PostgreSQL writes a DATE as its ISO text, which already is an IsoDate.)
 */
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

export function isMonday(iso: IsoDate): boolean {
  return isMondayDate(parseISO(iso));
}

/** Monday = 0 ... Sunday = 6. */
export function weekdayIndex(iso: IsoDate): number {
  return (parseISO(iso).getDay() + 6) % 7;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat costs ~60 µs, more than formatting with it: one per kind and zone. */
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let made = formats.get(key);
  if (!made) {
    made = make();
    formats.set(key, made);
  }
  return made;
}

/** The calendar day an instant falls on in a time zone ("today" for interns is their own day). */
export function todayIn(timeZone: string, instant: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  const make = () => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return formatter(`day:${timeZone}`, make).format(instant);
}

/**
 * Dates as people read them, in their language's own forms (Intl): "23 Nov" / "23 thg 11", with the
 * year "23 Nov 2026" / "23 thg 11, 2026". A calendar day is formatted as UTC midnight, so no time
 * zone shifts it.
 */
export function shortDate(iso: IsoDate, withYear = false, locale: Locale = "en"): string {
  const make = () =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "short",
      ...(withYear ? { year: "numeric" } : {}),
      timeZone: "UTC",
    });
  return formatter(`short:${locale}:${withYear}`, make).format(utcDay(iso));
}

/** "Wednesday, 2 Dec 2026" / "Thứ Tư, 2 thg 12, 2026": a day named in full. */
export function longDate(iso: IsoDate, locale: Locale = "en"): string {
  const make = () =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      weekday: "long",
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
  return formatter(`long:${locale}`, make).format(utcDay(iso));
}

/** "23 – 29 Nov 2026" / "23 – 29 thg 11, 2026": one day, or a first and a last day. */
export function dateRange(start: IsoDate, end: IsoDate, locale: Locale = "en"): string {
  if (start === end) return shortDate(start, true, locale);
  const make = () =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  // Intl puts thin spaces around the dash; a plain space reads the same and searches alike.
  return formatter(`range:${locale}`, make)
    .formatRange(utcDay(start), utcDay(end))
    .replace(/[\u2009\u202f]/g, " ");
}

/** "28 Nov 2026, 14:30" / "14:30 28 thg 11, 2026": an instant, in the program's time zone. */
export function dateTime(iso: string, timeZone: string, locale: Locale = "en"): string {
  const make = () =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeStyle: "short", timeZone });
  return formatter(`datetime:${timeZone}:${locale}`, make).format(new Date(iso));
}

function utcDay(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "2026-11-01 18:00" in the program's time zone: a form every spreadsheet reads as a date and time. */
export function spreadsheetDateTime(iso: string, timeZone: string): string {
  const make = () =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
  const parts = Object.fromEntries(
    formatter(`sheet:${timeZone}`, make)
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
