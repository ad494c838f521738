import { getLocale } from "next-intl/server";
import { handOff } from "@/components/ui/html-handoff";
import { HtmlIsland } from "@/components/ui/html-island";
import { rendersDocument } from "@/lib/server/render-kind";
import { SCROLL_FRAME_CLASS } from "@/components/ui/scroll-table";
import { gridFilterQuery, type GridFilter } from "@/lib/schemas/cohort";
import { viewCache } from "@/lib/server/cache/view-cache";
import type { GridColumn, GridRow } from "@/lib/worklog/grid";
import { gridTableHtml } from "./grid-table-html";

/**
 * The cohort grid (rows as filtered and sorted) in a frame that scrolls sideways on a small screen,
 * with the interns' names kept in view. Its table is rendered as HTML once per grid version, locale,
 * filter and sort, and kept in the view cache with the grid's data (docs/decisions/024).
 */
export async function CohortGrid({
  viewKey,
  selectable = false,
  ...table
}: {
  /** The grid's key in the view cache (getCohortGrid): its version, today, the viewer's scope. */
  viewKey: string;
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
  const markup = await viewCache().get(key, () => gridTableHtml({ ...table, selectable, locale }));
  // A first load hands the markup to the HTML rendering alone; a navigation or refresh sends it.
  const handoff = (await rendersDocument()) ? handOff(markup) : null;
  const content = handoff ? { handoff } : { html: markup };
  return (
    <HtmlIsland role="region" aria-labelledby="grid-caption" tabIndex={0} className={SCROLL_FRAME_CLASS} {...content} />
  );
}
