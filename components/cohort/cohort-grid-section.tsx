import Link from "next/link";
import { Card } from "@/components/ui/card";
import { STATUS_LABEL } from "@/lib/worklog/status";
import { filtersCells, gridFilterQuery, STATUS_SLUGS, type GridFilter } from "@/lib/schemas/cohort";
import { cellMatches, filterRows, type CohortGrid as GridData } from "@/lib/worklog/grid";
import { CohortGrid } from "./cohort-grid";
import { GridFilters } from "./grid-filters";

function describeFilter(filter: GridFilter): string {
  const parts = [
    filter.q ? `matching “${filter.q}”` : null,
    filter.status
      ? `with a week “${STATUS_LABEL[STATUS_SLUGS[filter.status]]}”${filter.behind ? " and behind" : ""}`
      : filter.behind
        ? "with a week behind"
        : null,
  ].filter(Boolean);
  return parts.join(", ");
}

/**
 * The interns and their weeks: the filter form, how many interns (and weeks) it shows, and the grid,
 * or why there is nothing to show.
 */
export function CohortGridSection({
  grid,
  filter,
  basePath,
  isAdmin,
}: {
  grid: GridData;
  filter: GridFilter;
  basePath: string;
  /** An admin is offered the admin page to add interns to an empty cohort. */
  isAdmin: boolean;
}) {
  const rows = filterRows(grid.rows, filter);
  const query = gridFilterQuery(filter);
  const matching = filtersCells(filter)
    ? rows.reduce((n, r) => n + r.cells.filter((c) => cellMatches(c, filter)).length, 0)
    : null;
  const described = describeFilter(filter);
  const caption = `${grid.cohort.name}: ${rows.length === grid.rows.length ? `all ${rows.length}` : `${rows.length} of ${grid.rows.length}`} interns${described ? ` ${described}` : ""}, sorted by ${filter.sort.startsWith("name") ? "name" : "progress"}. Each week shows its review status and tasks done; open a week to review it.`;
  return (
    <section aria-labelledby="grid-title" className="space-y-3">
      <h2 id="grid-title" className="text-lg font-semibold">
        Interns and weeks
      </h2>
      {/* Keyed by the filter, so that its fields show the URL's filter after every navigation (Clear, sort links, back). */}
      <GridFilters key={query} action={basePath} filter={filter} />
      <p role="status" className="text-sm text-slate-600">
        Showing {rows.length} of {grid.rows.length} intern{grid.rows.length === 1 ? "" : "s"}
        {matching !== null ? ` · ${matching} matching week${matching === 1 ? "" : "s"}, outlined in the grid` : ""}.
      </p>
      {grid.rows.length === 0 ? (
        <Card>
          <p className="text-slate-700">
            This cohort has no interns yet.{" "}
            {isAdmin ? (
              <Link href="/admin" className="font-medium text-brand-800 underline">
                Add them on the admin page
              </Link>
            ) : (
              "An admin can add them."
            )}
          </p>
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <p className="text-slate-700">
            No intern matches these filters.{" "}
            <Link href={basePath} className="font-medium text-brand-800 underline">
              Clear the filters
            </Link>
          </p>
        </Card>
      ) : (
        <CohortGrid rows={rows} columns={grid.columns} filter={filter} basePath={basePath} caption={caption} />
      )}
    </section>
  );
}
