// The mentor's cohort grid, pure: one row per intern, one column per week, with each cell's
// progress, review status and whether it is behind; filtering, sorting, totals, chart series and
// the CSV export. The data layer loads the rows (lib/server/data/grid.ts); everything else is here.
import { stringify } from "csv-stringify/sync";
import type { WeekStatus } from "@/lib/generated/prisma/enums";
import { filtersCells, STATUS_SLUGS, type GridFilter } from "@/lib/schemas/cohort";
import { cohortWeekDates, cohortWeekNumberOn, type IsoDate } from "./dates";
import { isBehind, progressOf, sumProgress, type Progress } from "./progress";

/** A cell's status: a week's, or NONE when the intern has no page for that week yet. */
export type GridStatus = WeekStatus | "NONE";

/** Same words as the status badge, for places without one (CSV, chart labels). */
export const GRID_STATUS_LABEL: Record<GridStatus, string> = {
  NONE: "Not started",
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};

export interface GridCell {
  number: number;
  /** Null when the intern has no page for this week. */
  weekId: string | null;
  status: GridStatus;
  progress: Progress;
  behind: boolean;
  startDate: IsoDate;
  endDate: IsoDate;
  /** ISO instants. */
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface GridRow {
  intern: { id: string; name: string; email: string };
  cells: GridCell[];
  total: Progress;
  approvedWeeks: number;
  waitingWeeks: number;
  behindWeeks: number;
}

export interface GridColumn {
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
  current: boolean;
}

export interface CohortGrid {
  cohort: { id: string; name: string; startDate: IsoDate; weekCount: number };
  today: IsoDate;
  /** The week of the program that contains today (may be < 1 or > weekCount). */
  currentWeek: number;
  columns: GridColumn[];
  /** Sorted by name. */
  rows: GridRow[];
}

export interface GridInput {
  cohort: CohortGrid["cohort"];
  today: IsoDate;
  interns: GridRow["intern"][];
  weeks: {
    id: string;
    internId: string;
    number: number;
    status: WeekStatus;
    startDate: IsoDate;
    endDate: IsoDate;
    submittedAt: string | null;
    approvedAt: string | null;
    done: number;
    total: number;
  }[];
}

/**
 * A week is behind when its end date has passed with tasks undone. An approved week is not: the
 * mentor accepted it as it is.
 */
export function isBehindWeek(status: GridStatus, progress: Progress, endDate: IsoDate, today: IsoDate): boolean {
  return status !== "NONE" && status !== "APPROVED" && isBehind(progress, endDate, today);
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function buildGrid(input: GridInput): CohortGrid {
  const { cohort, today } = input;
  const enrolled = new Set(input.interns.map((i) => i.id));
  const weeks = input.weeks.filter((w) => enrolled.has(w.internId));
  // One column per week of the program; a week numbered beyond it (allowed up to 52) still shows.
  const columnCount = Math.max(cohort.weekCount, ...weeks.map((w) => w.number));
  const currentWeek = cohortWeekNumberOn(cohort.startDate, today);
  const columns: GridColumn[] = Array.from({ length: columnCount }, (_, i) => ({
    number: i + 1,
    ...cohortWeekDates(cohort.startDate, i + 1),
    current: i + 1 === currentWeek,
  }));
  const byIntern = new Map<string, Map<number, GridInput["weeks"][number]>>();
  for (const week of weeks) {
    const map = byIntern.get(week.internId) ?? new Map();
    map.set(week.number, week);
    byIntern.set(week.internId, map);
  }
  const rows = input.interns.map((intern): GridRow => {
    const own = byIntern.get(intern.id);
    const cells = columns.map((column): GridCell => {
      const week = own?.get(column.number);
      if (!week) {
        return {
          number: column.number,
          weekId: null,
          status: "NONE",
          progress: progressOf(0, 0),
          behind: false,
          startDate: column.startDate,
          endDate: column.endDate,
          submittedAt: null,
          approvedAt: null,
        };
      }
      const progress = progressOf(week.done, week.total);
      return {
        number: column.number,
        weekId: week.id,
        status: week.status,
        progress,
        behind: isBehindWeek(week.status, progress, week.endDate, today),
        startDate: week.startDate,
        endDate: week.endDate,
        submittedAt: week.submittedAt,
        approvedAt: week.approvedAt,
      };
    });
    return {
      intern,
      cells,
      total: sumProgress(cells.map((c) => c.progress)),
      approvedWeeks: cells.filter((c) => c.status === "APPROVED").length,
      waitingWeeks: cells.filter((c) => c.status === "SUBMITTED").length,
      behindWeeks: cells.filter((c) => c.behind).length,
    };
  });
  return { cohort, today, currentWeek, columns, rows: sortRows(rows, "name") };
}

/** Lower case without diacritics, so that "nguyen" finds "Nguyễn" and "dung" finds "Dũng". */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

export function cellMatches(cell: GridCell, filter: GridFilter): boolean {
  if (filter.status && cell.status !== STATUS_SLUGS[filter.status]) return false;
  if (filter.behind && !cell.behind) return false;
  return true;
}

function rowMatchesSearch(row: GridRow, q: string | undefined): boolean {
  if (!q) return true;
  const key = searchKey(q);
  return searchKey(row.intern.name).includes(key) || row.intern.email.toLowerCase().includes(key);
}

export function sortRows(rows: readonly GridRow[], sort: GridFilter["sort"]): GridRow[] {
  const byName = (a: GridRow, b: GridRow) =>
    collator.compare(a.intern.name, b.intern.name) || a.intern.email.localeCompare(b.intern.email);
  const byProgress = (a: GridRow, b: GridRow) => a.total.percent - b.total.percent || a.total.done - b.total.done;
  const compare = {
    name: byName,
    "name-desc": (a: GridRow, b: GridRow) => byName(b, a),
    progress: (a: GridRow, b: GridRow) => byProgress(a, b) || byName(a, b),
    "progress-desc": (a: GridRow, b: GridRow) => byProgress(b, a) || byName(a, b),
  }[sort];
  return [...rows].sort(compare);
}

/**
 * The interns the filter keeps, sorted: the name search picks interns; a status or "behind" filter
 * keeps the interns with at least one such week (the page marks those cells, the CSV lists only them).
 */
export function filterRows(rows: readonly GridRow[], filter: GridFilter): GridRow[] {
  const cellFilter = filtersCells(filter);
  const kept = rows.filter(
    (row) => rowMatchesSearch(row, filter.q) && (!cellFilter || row.cells.some((cell) => cellMatches(cell, filter))),
  );
  return sortRows(kept, filter.sort);
}

export interface WeekTotal {
  number: number;
  /** Done tasks over planned tasks, over every intern's week N. */
  progress: Progress;
  /** Interns with a page for week N. */
  started: number;
  submitted: number;
  approved: number;
  behind: number;
}

/** The column totals of these rows. */
export function weekTotals(rows: readonly GridRow[], columns: readonly GridColumn[]): WeekTotal[] {
  return columns.map((column, index) => {
    const cells = rows.map((row) => row.cells[index]!).filter(Boolean);
    return {
      number: column.number,
      progress: sumProgress(cells.map((c) => c.progress)),
      started: cells.filter((c) => c.status !== "NONE").length,
      submitted: cells.filter((c) => c.status === "SUBMITTED").length,
      approved: cells.filter((c) => c.status === "APPROVED").length,
      behind: cells.filter((c) => c.behind).length,
    };
  });
}

/** The total of the totals. */
export function gridTotal(rows: readonly GridRow[]): {
  progress: Progress;
  approved: number;
  waiting: number;
  behind: number;
} {
  return {
    progress: sumProgress(rows.map((r) => r.total)),
    approved: rows.reduce((n, r) => n + r.approvedWeeks, 0),
    waiting: rows.reduce((n, r) => n + r.waitingWeeks, 0),
    behind: rows.reduce((n, r) => n + r.behindWeeks, 0),
  };
}

/** Where each intern stands against the cohort as a whole (for the chart and its table). */
export function internStanding(rows: readonly GridRow[]): {
  cohort: Progress;
  interns: { id: string; name: string; progress: Progress; approvedWeeks: number; behindWeeks: number }[];
} {
  return {
    cohort: sumProgress(rows.map((r) => r.total)),
    interns: rows.map((r) => ({
      id: r.intern.id,
      name: r.intern.name,
      progress: r.total,
      approvedWeeks: r.approvedWeeks,
      behindWeeks: r.behindWeeks,
    })),
  };
}

// ---- CSV ----------------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  "Intern",
  "Email",
  "Week",
  "Week start",
  "Week end",
  "Status",
  "Tasks done",
  "Tasks planned",
  "Progress %",
  "Behind",
  "Submitted at",
  "Approved at",
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
 * programs strip first) as a formula: such text is written with a leading apostrophe instead.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building an Intl.DateTimeFormat costs ~60 µs, more than formatting with it. */
function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}

/** "2026-11-01 18:00" in the program's time zone: a form every spreadsheet reads as a date and time. */
export function spreadsheetDateTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat(timeZone)
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The records of the CSV: one per intern and week of the filtered grid (only matching weeks when a status or "behind" filter is on). */
export function gridCsvRecords(rows: readonly GridRow[], filter: GridFilter, timeZone: string): (string | number)[][] {
  const cellFilter = filtersCells(filter);
  return filterRows(rows, filter).flatMap((row) =>
    row.cells
      .filter((cell) => !cellFilter || cellMatches(cell, filter))
      .map((cell) => [
        row.intern.name,
        row.intern.email,
        cell.number,
        cell.startDate,
        cell.endDate,
        GRID_STATUS_LABEL[cell.status],
        cell.progress.done,
        cell.progress.total,
        cell.progress.percent,
        cell.behind ? "yes" : "no",
        cell.submittedAt ? spreadsheetDateTime(cell.submittedAt, timeZone) : "",
        cell.approvedAt ? spreadsheetDateTime(cell.approvedAt, timeZone) : "",
      ]),
  );
}

/**
 * The grid as CSV: UTF-8 with a byte-order mark (so that spreadsheet programs read Vietnamese names
 * right), CRLF line ends, every text cell neutralised against formula injection.
 */
export function gridToCsv(rows: readonly GridRow[], filter: GridFilter, timeZone: string): string {
  return stringify([[...CSV_COLUMNS], ...gridCsvRecords(rows, filter, timeZone)], {
    bom: true,
    record_delimiter: "windows",
    // A line break inside a cell is quoted too (by default only the whole CRLF would be).
    quoted_match: /[\r\n]/,
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
