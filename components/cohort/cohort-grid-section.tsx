import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { filtersCells, gridFilterQuery, STATUS_SLUGS, type GridFilter } from "@/lib/schemas/cohort";
import type { GridStatus } from "@/lib/worklog/status";
import type { GridCacheSlot } from "@/lib/server/data/grid";
import { cellMatches, filterRows, type CohortGrid as GridData } from "@/lib/worklog/grid";
import { CohortGrid } from "./cohort-grid";
import { GridFilters } from "./grid-filters";
import { Section } from "@/components/ui/section";

type GridWords = Awaited<ReturnType<typeof getTranslations<"grid">>>;

/** What the filter keeps, for the grid's caption: "matching “binh”, with a week “Submitted”". */
function describeFilter(
  filter: GridFilter,
  t: GridWords,
  statusWords: (status: GridStatus) => string,
  atRisk: string,
): string {
  const status = filter.status ? statusWords(STATUS_SLUGS[filter.status]) : null;
  const parts = [
    filter.q ? t("matching", { q: filter.q }) : null,
    status ? t(filter.behind ? "withStatusBehind" : "withStatus", { status }) : filter.behind ? t("withBehind") : null,
    filter.risk ? atRisk : null,
  ].filter(Boolean);
  return parts.join(", ");
}

/**
 * The interns and their weeks: the filter form, how many interns (and weeks) it shows, and the grid,
 * or why there is nothing to show.
 */
export async function CohortGridSection({
  grid,
  filter,
  basePath,
  isAdmin,
  selectable,
}: {
  grid: GridData & GridCacheSlot;
  filter: GridFilter;
  basePath: string;
  /** An admin is offered the admin page to add interns to an empty cohort. */
  isAdmin: boolean;
  selectable?: boolean;
}) {
  const [t, statusWords, risk] = await Promise.all([
    getTranslations("grid"),
    getTranslations("common.status"),
    getTranslations("risk.filter"),
  ]);
  const rows = filterRows(grid.rows, filter);
  const query = gridFilterQuery(filter);
  const matching = filtersCells(filter)
    ? rows.reduce((n, r) => n + r.cells.filter((c) => cellMatches(c, filter)).length, 0)
    : null;
  const described = describeFilter(filter, t, (status) => statusWords(status), risk("caption"));
  const caption = t("caption", {
    cohort: grid.cohort.name,
    shown:
      rows.length === grid.rows.length
        ? t("captionAll", { count: rows.length })
        : t("captionSome", { shown: rows.length, total: grid.rows.length }),
    filter: described ? ` ${described}` : "",
    sort: filter.sort.startsWith("name") ? t("sortedByName") : t("sortedByProgress"),
  });
  const { viewKey, lineage, columns } = grid;
  const table = { viewKey, lineage, rows, columns, filter, basePath, caption, selectable };
  return (
    <Section headingId="grid-title" heading={t("heading")}>
      {/* Keyed by the filter, so that its fields show the URL's filter after every navigation (Clear, sort links, back). */}
      <GridFilters key={query} action={basePath} filter={filter} />
      <p role="status" className="text-sm text-slate-600">
        {matching !== null
          ? t("showingMatching", { shown: rows.length, total: grid.rows.length, matching })
          : t("showing", { shown: rows.length, total: grid.rows.length })}
      </p>
      {grid.rows.length === 0 ? (
        <Card>
          <p className="text-slate-700">
            {isAdmin
              ? t.rich("noInternsAdmin", {
                  link: (chunks) => (
                    <Link href="/admin" className="font-medium text-brand-800 underline">
                      {chunks}
                    </Link>
                  ),
                })
              : t("noInternsMentor")}
          </p>
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <p className="text-slate-700">
            {t.rich("noMatch", {
              link: (chunks) => (
                <Link href={basePath} className="font-medium text-brand-800 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
      ) : (
        <CohortGrid {...table} />
      )}
    </Section>
  );
}
