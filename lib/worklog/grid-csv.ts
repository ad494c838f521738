// The cohort grid as a CSV file: one record per intern and week of the filtered grid, safe to open
// in a spreadsheet (formula cells neutralised, UTF-8 with a byte-order mark for Vietnamese names).
import { stringify } from "csv-stringify/sync";
import { spreadsheetDateTime } from "./dates";
import { cellMatches, filterRows, type GridRow } from "./grid";
import { filtersCells, type GridFilter } from "./grid-filter";
import { STATUS_LABEL } from "./status";

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
        STATUS_LABEL[cell.status],
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
