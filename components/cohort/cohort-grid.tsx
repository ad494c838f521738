import { getLocale, getTranslations } from "next-intl/server";
import { GridTable } from "./grid-table";
import { CELL_BEHIND, CELL_MATCHES, CELL_STATUSES, type GridTableCell, type SortHeader } from "./grid-table-data";
import { shortDate } from "@/lib/worklog/dates";
import { filtersCells, gridFilterQuery, type GridFilter } from "@/lib/schemas/cohort";
import { cellMatches, gridTotal, weekTotals, type GridColumn, type GridRow } from "@/lib/worklog/grid";

const statusIndex = new Map<string, number>(CELL_STATUSES.map((status, index) => [status, index]));

function sortHeader(
  filter: GridFilter,
  basePath: string,
  asc: GridFilter["sort"],
  desc: GridFilter["sort"],
): SortHeader {
  const current = filter.sort === asc ? "ascending" : filter.sort === desc ? "descending" : null;
  const next = current === "ascending" ? desc : asc;
  const query = gridFilterQuery(filter, { sort: next });
  return {
    href: query ? `${basePath}?${query}` : basePath,
    ariaSort: current ?? "none",
    next: next.endsWith("desc") ? "descending" : "ascending",
  };
}

/**
 * The cohort grid (rows as filtered and sorted): the numbers and links are worked out here, on the
 * server, and handed to GridTable as compact data.
 */
export async function CohortGrid({
  rows,
  columns,
  filter,
  basePath,
  caption,
  selectable,
}: {
  rows: GridRow[];
  columns: GridColumn[];
  filter: GridFilter;
  basePath: string;
  caption: string;
  /** Submitted weeks can be ticked for the page's bulk approve form. */
  selectable?: boolean;
}) {
  const [locale, t, tExtensions] = await Promise.all([
    getLocale(),
    getTranslations("assignment"),
    getTranslations("extensions"),
  ]);
  const extended = (until: string | null): [] | [string] =>
    until ? [tExtensions("marker", { date: shortDate(until, false, locale) })] : [];
  const cellFilter = filtersCells(filter);
  const totals = weekTotals(rows, columns);
  const all = gridTotal(rows);
  return (
    <GridTable
      caption={caption}
      selectable={selectable}
      sortByName={sortHeader(filter, basePath, "name", "name-desc")}
      sortByTotal={sortHeader(filter, basePath, "progress", "progress-desc")}
      columns={columns.map((column, index) => ({
        number: column.number,
        dates: `${shortDate(column.startDate, false, locale)} – ${shortDate(column.endDate, false, locale)}`,
        current: column.current,
        done: totals[index]!.progress.done,
        total: totals[index]!.progress.total,
        approved: totals[index]!.approved,
        waiting: totals[index]!.submitted,
        behind: totals[index]!.behind,
      }))}
      rows={rows.map((row) => ({
        id: row.intern.id,
        name: row.intern.name,
        email: row.intern.email,
        ...(row.intern.mentor ? { mentor: t("mentorOf", { name: row.intern.mentor.name }) } : {}),
        cells: row.cells.map((cell): GridTableCell => [
          cell.weekId,
          statusIndex.get(cell.status) ?? 0,
          cell.progress.done,
          cell.progress.total,
          (cell.behind ? CELL_BEHIND : 0) | (cellFilter && cellMatches(cell, filter) ? CELL_MATCHES : 0),
          ...extended(cell.extendedUntil),
        ]),
        done: row.total.done,
        total: row.total.total,
        percent: row.total.percent,
        approved: row.approvedWeeks,
        waiting: row.waitingWeeks,
        behind: row.behindWeeks,
      }))}
      all={{ ...all.progress, approved: all.approved, waiting: all.waiting, behind: all.behind }}
    />
  );
}
