// Dates, all of them: calendar maths on day numbers, instants shown in the program's time zone through
// Intl. A week's and a day's dates are calendar days (ISO strings, YYYY-MM-DD), never instants, so no
// time zone enters them: a day is counted as its midnight in UTC, where every day has 24 hours.
// (date-fns did these sums before; its parsing and formatting cost a dashboard view more than its
// SQL: docs/PERFORMANCE.md.) Instants (when a task was ticked, a week submitted) are ISO strings in
// UTC. Reading the date cells of an imported page (06/10/2025, 10/18-19/2025...) is the Markdown
// parser's job (lib/worklog/markdown/dates.ts); it builds on these.
import { boundedMemo } from "@/lib/bounded-memo";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

export type IsoDate = string;

export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

export const WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

const DAY_MS = 86_400_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 (NaN for what is not a day of the calendar written YYYY-MM-DD). */
function dayNumber(iso: IsoDate): number {
  if (!ISO_DAY.test(iso)) return NaN;
  const [year, month, day] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  // 2026-02-31 is no day (Date would roll it over to 3 March).
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() / DAY_MS : NaN;
}

/** The calendar day of a day number (a RangeError for NaN or a year past 9999, as for any invalid date). */
function isoOfDay(day: number): IsoDate {
  const iso = new Date(day * DAY_MS).toISOString();
  if (iso.length !== 24) throw new RangeError(`Invalid day: ${iso.slice(0, 12)}`);
  return iso.slice(0, 10);
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
  return isoOfDay(dayNumber(iso) + days);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
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

/** Monday = 0 ... Sunday = 6. */
export function weekdayIndex(iso: IsoDate): number {
  // 1970-01-01 was a Thursday (3).
  return (((dayNumber(iso) + 3) % 7) + 7) % 7;
}

/** The Monday of the week that contains this calendar day. */
export function mondayOf(iso: IsoDate): IsoDate {
  return addDaysIso(iso, -weekdayIndex(iso));
}

export function isMonday(iso: IsoDate): boolean {
  return weekdayIndex(iso) === 0;
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
  return start === end ? shortDate(start, true, locale) : sayRange(start, end, locale);
}

/** Intl's formatRange costs ~0.1 ms a call, and a program has few weeks to say: each is said once. */
const sayRange = boundedMemo(
  5000,
  (start: IsoDate, end: IsoDate, locale: Locale) => `${locale} ${start} ${end}`,
  (start: IsoDate, end: IsoDate, locale: Locale) => {
    const make = () =>
      new Intl.DateTimeFormat(INTL_LOCALE[locale], {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      });
    // Intl puts thin spaces around the dash; a plain space reads the same and searches alike.
    return formatter(`range:${locale}`, make)
      .formatRange(utcDay(start), utcDay(end))
      .replace(/[\u2009\u202f]/g, " ");
  },
);

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
