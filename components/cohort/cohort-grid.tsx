import { getLocale } from "next-intl/server";
import { KeptTable } from "@/components/ui/kept-table";
import type { GridCacheSlot } from "@/lib/server/data/grid";
import { gridFilterQuery, type GridFilter } from "@/lib/schemas/cohort";
import type { GridColumn, GridRow } from "@/lib/worklog/grid";
import { gridTableHtml } from "./grid-table-html";

/**
 * The cohort grid (rows as filtered and sorted) in a frame that scrolls sideways on a small screen,
 * with the interns' names kept in view. Its table is rendered as HTML once per grid version, locale,
 * filter and sort, and kept in the view cache with the grid's data (docs/decisions/024).
 */
export async function CohortGrid({
  viewKey,
  lineage,
  selectable = false,
  ...table
}: GridCacheSlot & {
  /**
   * That grid's rows as `filter` leaves them, and the caption said of them: the kept table's key
   * names the grid and the filter, not these, so they must follow from those two alone.
   */
  rows: GridRow[];
  columns: GridColumn[];
  filter: GridFilter;
  basePath: string;
  caption: string;
  /** Submitted weeks can be ticked for the page's bulk approve form. */
  selectable?: boolean;
}) {
  const locale = await getLocale();
  const key = `grid-table ${viewKey} ${locale} ${selectable ? "select" : ""} ${gridFilterQuery(table.filter)}`;
  return (
    <KeptTable
      cacheKey={key}
      lineage={lineage}
      captionId="grid-caption"
      render={() => gridTableHtml({ ...table, selectable, locale })}
    />
  );
}
