// The cohort grid as a CSV file: one record per intern and week of the filtered grid, safe to open
// in a spreadsheet (formula cells neutralised, UTF-8 with a byte-order mark for Vietnamese names).
import { stringify } from "csv-stringify/sync";
import englishCommon from "@/messages/en/common.json";
import englishGrid from "@/messages/en/grid.json";
import { spreadsheetDateTime } from "./dates";
import { cellMatches, filterRows, type GridRow } from "./grid";
import { filtersCells, type GridFilter } from "./grid-filter";
import type { Translate } from "@/lib/i18n/said";
import { GRID_STATUSES, type GridStatus } from "./status";

/** The CSV's columns, in order: each names its header in the messages (grid.csv.columns). */
export const CSV_COLUMNS = [
  "intern",
  "email",
  "week",
  "weekStart",
  "weekEnd",
  "extendedUntil",
  "status",
  "tasksDone",
  "tasksPlanned",
  "progress",
  "behind",
  "submittedAt",
  "approvedAt",
] as const;

/** The words a CSV is written with: its column headers (in CSV_COLUMNS' order), the statuses, and yes and no for "Behind". */
export interface CsvWords {
  columns: readonly string[];
  statuses: Readonly<Record<GridStatus, string>>;
  yes: string;
  no: string;
}

/** The English words, from the English messages: for callers that speak to no one in particular (tests, scripts). */
export const ENGLISH_CSV_WORDS: CsvWords = {
  columns: CSV_COLUMNS.map((column) => englishGrid.csv.columns[column]),
  statuses: englishCommon.status,
  yes: englishGrid.csv.yes,
  no: englishGrid.csv.no,
};

/** The CSV's words in the language of `t` (the export route's reader's). */
export function csvWords(t: Translate): CsvWords {
  return {
    columns: CSV_COLUMNS.map((column) => t(`grid.csv.columns.${column}`)),
    statuses: Object.fromEntries(GRID_STATUSES.map((status) => [status, t(`common.status.${status}`)])) as Record<
      GridStatus,
      string
    >,
    yes: t("grid.csv.yes"),
    no: t("grid.csv.no"),
  };
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
 * programs strip first) as a formula: such text is written with a leading apostrophe instead.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The records of the CSV: one per intern and week of the filtered grid (only matching weeks when a status or "behind" filter is on). */
export function gridCsvRecords(
  rows: readonly GridRow[],
  filter: GridFilter,
  timeZone: string,
  words: CsvWords = ENGLISH_CSV_WORDS,
): (string | number)[][] {
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
        cell.extendedUntil ?? "",
        words.statuses[cell.status],
        cell.progress.done,
        cell.progress.total,
        cell.progress.percent,
        cell.behind ? words.yes : words.no,
        cell.submittedAt ? spreadsheetDateTime(cell.submittedAt, timeZone) : "",
        cell.approvedAt ? spreadsheetDateTime(cell.approvedAt, timeZone) : "",
      ]),
  );
}

/**
 * The grid as CSV, in `words`: UTF-8 with a byte-order mark (so that spreadsheet programs read Vietnamese names
 * right), CRLF line ends, every text cell neutralised against formula injection.
 */
export function gridToCsv(
  rows: readonly GridRow[],
  filter: GridFilter,
  timeZone: string,
  words: CsvWords = ENGLISH_CSV_WORDS,
): string {
  return stringify([[...words.columns], ...gridCsvRecords(rows, filter, timeZone, words)], {
    bom: true,
    record_delimiter: "windows",
    // A line break inside a cell is quoted too (by default only the whole CRLF would be).
    quoted_match: /[\r\n]/,
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
