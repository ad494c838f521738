import { getLocale, getTranslations } from "next-intl/server";
import { shortDate } from "@/lib/worklog/dates";
import { filtersCells, gridFilterQuery, type GridFilter } from "@/lib/schemas/cohort";
import type { CohortGrid } from "@/lib/worklog/grid";
import { phaseValues } from "@/lib/worklog/schedule";

/** The cohort's name, where it stands in its weeks, and the grid as a CSV file (as filtered). */
export async function CohortHeader({
  grid,
  filter,
  basePath,
}: {
  grid: CohortGrid;
  filter: GridFilter;
  basePath: string;
}) {
  const [t, common, locale] = await Promise.all([
    getTranslations("cohorts.header"),
    getTranslations("common"),
    getLocale(),
  ]);
  const { cohort } = grid;
  const query = gridFilterQuery(filter);
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{cohort.name}</h1>
        <p className="text-slate-600">
          {t("summary", {
            start: shortDate(cohort.startDate, true, locale),
            phase: common("phase", phaseValues(grid.phase)),
            today: shortDate(grid.today, true, locale),
          })}
        </p>
      </div>
      <a
        href={`${basePath}/export.csv${query ? `?${query}` : ""}`}
        download
        className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
      >
        <span aria-hidden>⤓</span>
        {filtersCells(filter) || filter.q || grid.scope.ownOnly ? t("downloadFiltered") : t("download")}
      </a>
    </header>
  );
}
