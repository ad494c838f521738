/**
 * Date cells as interns write them: 06/10/2025, 10/06/2025, 06-10-2025, 2025-10-06, 23/02,
 * and ranges such as 10/18-19/2025, 18-19/10/2025 or "06/10/2025 - 07/10/2025".
 *
 * Whether 06/10 is the 6th of October or June 10th cannot be told from one cell, so cells are
 * read into day/month-agnostic parts first and the order is decided for the whole table.
 */

export type DateOrder = "dmy" | "mdy";

export type DatePart =
  | { kind: "iso"; year: number; month: number; day: number; separator: string }
  | {
      kind: "pair";
      first: number;
      second: number;
      year?: number;
      separator: string;
      /** Digits written per field, to export new dates the way the page writes them. */
      widths: [number, number, number];
    };

/** A cell holds one date, or a range (start and end). */
export interface DateCell {
  start: DatePart;
  end?: DatePart;
}

const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const PAIR = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;
/** 10/18-19/2025: month fixed, days 18 to 19 (or the day/month mirror of it). */
const RANGE_IN_SECOND = /^(\d{1,2})([/.])(\d{1,2})\s*[-–]\s*(\d{1,2})\2(\d{4}|\d{2})$/;
/** 18-19/10/2025. */
const RANGE_IN_FIRST = /^(\d{1,2})\s*[-–]\s*(\d{1,2})([/.])(\d{1,2})(?:\3(\d{4}|\d{2}))?$/;
const RANGE_SEPARATOR = /\s+(?:-|–|—|to|đến|→)\s+|\s*(?:[–—→~]|-(?=\s*\d{1,4}[/.-]\d))\s*/giu;

function pair(first: string, second: string, year: string | undefined, separator: string): DatePart {
  return {
    kind: "pair",
    first: Number(first),
    second: Number(second),
    year: year === undefined ? undefined : Number(year.length === 2 ? `20${year}` : year),
    separator,
    widths: [first.length, second.length, year?.length ?? 0],
  };
}

function readSingle(text: string): DatePart | null {
  const iso = ISO.exec(text);
  if (iso)
    return { kind: "iso", year: Number(iso[1]), month: Number(iso[3]), day: Number(iso[4]), separator: iso[2] ?? "-" };
  const match = PAIR.exec(text);
  return match ? pair(match[1] ?? "", match[3] ?? "", match[4], match[2] ?? "/") : null;
}

/** Reads a date cell; null when it holds no recognisable date ("TBD", "", "next week"). */
export function readDateCell(cell: string): DateCell | null {
  const text = cell.replace(/[*_]/g, "").trim();
  // The longest real date cell is a range such as "06/10/2025 - 12/10/2025".
  if (!text || text.length > 40) return null;
  const single = readSingle(text);
  if (single) return { start: single };
  const second = RANGE_IN_SECOND.exec(text);
  if (second) {
    const [, fixed = "", separator = "/", from = "", to = "", year] = second;
    return { start: pair(fixed, from, year, separator), end: pair(fixed, to, year, separator) };
  }
  const first = RANGE_IN_FIRST.exec(text);
  if (first) {
    const [, from = "", to = "", separator = "/", fixed = "", year] = first;
    return { start: pair(from, fixed, year, separator), end: pair(to, fixed, year, separator) };
  }
  for (const match of text.matchAll(RANGE_SEPARATOR)) {
    const start = readSingle(text.slice(0, match.index).trim());
    const end = readSingle(text.slice(match.index + match[0].length).trim());
    if (!start || !end) continue;
    // "06/10 - 12/10/2025": the start borrows the end's year.
    if (start.kind === "pair" && start.year === undefined) start.year = end.year;
    return { start, end };
  }
  return null;
}

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function dayAndMonth(part: Extract<DatePart, { kind: "pair" }>, order: DateOrder): [number, number] {
  return order === "dmy" ? [part.first, part.second] : [part.second, part.first];
}

/** ISO date of a part read in `order`; yearless parts take `fallbackYear`. */
export function resolveDate(part: DatePart, order: DateOrder, fallbackYear?: number): string | undefined {
  if (part.kind === "iso") return isoOf(part.year, part.month, part.day);
  const year = part.year ?? fallbackYear;
  if (year === undefined) return undefined;
  const [day, month] = dayAndMonth(part, order);
  return isoOf(year, month, day);
}

function readable(part: DatePart, order: DateOrder): boolean {
  // 2000 is a leap year, so a yearless 29/02 still reads.
  return resolveDate(part, order, part.kind === "pair" && part.year === undefined ? 2000 : undefined) !== undefined;
}

/** Monday = 0 ... Sunday = 6. */
export function weekdayOf(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export interface OrderSample {
  /** The first date of a row. */
  part: DatePart;
  /** The weekday its Day label names, when it names one. */
  weekday?: number;
}

export interface OrderDecision {
  order: DateOrder;
  /** Nothing in the table told the orders apart: the order was guessed. */
  ambiguous: boolean;
  /** Some dates only make sense as day/month and others only as month/day. */
  conflicting: boolean;
}

/**
 * Day/month order for a whole table: a field over 12 decides; otherwise the weekday the Day
 * column names; otherwise whichever reading keeps the dates ascending. If that still leaves it
 * open, the guess (flagged ambiguous) is the reading nearer the page's own date, else day/month
 * (the template's DD/MM/YYYY).
 */
export function decideDateOrder(
  samples: OrderSample[],
  others: DatePart[],
  fallbackYear?: number,
  pageDate?: string,
): OrderDecision {
  const pairs = [...samples.map((sample) => sample.part), ...others].filter((part) => part.kind === "pair");
  const onlyDmy = pairs.filter((part) => readable(part, "dmy") && !readable(part, "mdy")).length;
  const onlyMdy = pairs.filter((part) => readable(part, "mdy") && !readable(part, "dmy")).length;
  if (onlyDmy || onlyMdy) {
    return { order: onlyMdy > onlyDmy ? "mdy" : "dmy", ambiguous: false, conflicting: onlyDmy > 0 && onlyMdy > 0 };
  }
  if (pairs.every((part) => part.first === part.second)) return { order: "dmy", ambiguous: false, conflicting: false };

  const weekdayMatches = (order: DateOrder) =>
    samples.filter((sample) => {
      const iso = sample.weekday === undefined ? undefined : resolveDate(sample.part, order, fallbackYear);
      return iso !== undefined && weekdayOf(iso) === sample.weekday;
    }).length;
  const dmyWeekdays = weekdayMatches("dmy");
  const mdyWeekdays = weekdayMatches("mdy");
  if (dmyWeekdays !== mdyWeekdays)
    return { order: dmyWeekdays > mdyWeekdays ? "dmy" : "mdy", ambiguous: false, conflicting: false };

  const ascending = (order: DateOrder) => {
    const dates = samples
      .map((sample) => resolveDate(sample.part, order, fallbackYear))
      .filter((iso) => iso !== undefined);
    return dates.length > 1 && dates.every((iso, i) => i === 0 || iso >= (dates[i - 1] ?? ""));
  };
  const dmyAscending = ascending("dmy");
  if (dmyAscending !== ascending("mdy"))
    return { order: dmyAscending ? "dmy" : "mdy", ambiguous: false, conflicting: false };

  const distance = (order: DateOrder) =>
    pairs.reduce((sum, part) => {
      const iso = resolveDate(part, order, fallbackYear);
      return iso && pageDate ? sum + Math.abs(Date.parse(iso) - Date.parse(pageDate)) : sum;
    }, 0);
  return { order: distance("mdy") < distance("dmy") ? "mdy" : "dmy", ambiguous: true, conflicting: false };
}

/** "DD/MM/YYYY"-style pattern describing how a part was written. */
export function patternOf(part: DatePart, order: DateOrder): string {
  if (part.kind === "iso") return ["YYYY", "MM", "DD"].join(part.separator);
  const [firstWidth, secondWidth, yearWidth] = part.widths;
  const dayField = (width: number) => (width === 2 ? "DD" : "D");
  const monthField = (width: number) => (width === 2 ? "MM" : "M");
  const fields =
    order === "dmy" ? [dayField(firstWidth), monthField(secondWidth)] : [monthField(firstWidth), dayField(secondWidth)];
  if (yearWidth) fields.push(yearWidth === 2 ? "YY" : "YYYY");
  return fields.join(part.separator);
}

export function formatDate(iso: string, pattern = "DD/MM/YYYY"): string {
  const [year = "", month = "", day = ""] = iso.split("-");
  return pattern.replace(/YYYY|YY|MM|M|DD|D/g, (token) => {
    switch (token) {
      case "YYYY":
        return year;
      case "YY":
        return year.slice(-2);
      case "MM":
        return month;
      case "M":
        return String(Number(month));
      case "DD":
        return day;
      default:
        return String(Number(day));
    }
  });
}
