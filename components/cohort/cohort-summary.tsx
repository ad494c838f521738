import { getLocale } from "next-intl/server";
import { KeptMarkup } from "@/components/ui/kept-table";
import type { GridCacheSlot } from "@/lib/server/data/grid";
import type { CohortGrid } from "@/lib/worklog/grid";
import { cohortSummaryHtml } from "./cohort-summary-html";

/**
 * The cohort at a glance (its totals and the interns at risk: cohort-summary-html.ts), kept as HTML
 * once per grid (its key in the view cache) and locale (docs/decisions/024).
 */
export async function CohortSummary({
  grid,
  basePath,
}: {
  grid: CohortGrid & GridCacheSlot;
  /** The cohort's page. */
  basePath: string;
}) {
  const locale = await getLocale();
  return (
    <KeptMarkup
      cacheKey={`cohort-summary ${grid.viewKey} ${locale}`}
      lineage={grid.lineage}
      render={() => cohortSummaryHtml(grid, basePath, locale)}
      className="space-y-6"
    />
  );
}
