import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CohortCharts } from "@/components/cohort/cohort-charts";
import { CohortGrid } from "@/components/cohort/cohort-grid";
import { GridFilters } from "@/components/cohort/grid-filters";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { STATUS_LABEL } from "@/components/ui/status-badge";
import { shortDate } from "@/lib/format";
import { filtersCells, gridFilterQuery, parseGridFilter, STATUS_SLUGS, type GridFilter } from "@/lib/schemas/cohort";
import { NotFoundError } from "@/lib/server/data/errors";
import { getCohortGrid } from "@/lib/server/data/grid";
import { requireRole } from "@/lib/server/data/session";
import { cellMatches, filterRows, gridTotal } from "@/lib/worklog/grid";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Cohort" };

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

export default async function CohortPage({ params, searchParams }: PageProps<"/cohorts/[cohortId]">) {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const { cohortId } = await params;
  const filter = parseGridFilter(await searchParams);
  const grid = await getCohortGrid(viewer, cohortId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const basePath = `/cohorts/${grid.cohort.id}`;
  const rows = filterRows(grid.rows, filter);
  const overall = gridTotal(grid.rows);
  const query = gridFilterQuery(filter);
  const matching = filtersCells(filter)
    ? rows.reduce((n, r) => n + r.cells.filter((c) => cellMatches(c, filter)).length, 0)
    : null;
  const { currentWeek, cohort } = grid;
  const described = describeFilter(filter);
  const caption = `${cohort.name}: ${rows.length === grid.rows.length ? `all ${rows.length}` : `${rows.length} of ${grid.rows.length}`} interns${described ? ` ${described}` : ""}, sorted by ${filter.sort.startsWith("name") ? "name" : "progress"}. Each week shows its review status and tasks done; open a week to review it.`;
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/cohorts", label: "Cohorts" }]} current={cohort.name} />
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{cohort.name}</h1>
          <p className="text-slate-600">
            Started {shortDate(cohort.startDate, true)} ·{" "}
            {currentWeek < 1
              ? "not started yet"
              : currentWeek > cohort.weekCount
                ? "finished"
                : `week ${currentWeek} of ${cohort.weekCount}`}{" "}
            · today is {shortDate(grid.today, true)}
          </p>
        </div>
        <a
          href={`${basePath}/export.csv${query ? `?${query}` : ""}`}
          download
          className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          <span aria-hidden>⤓</span>
          Download CSV{filtersCells(filter) || filter.q ? " (as filtered)" : ""}
        </a>
      </header>

      {grid.rows.length > 0 ? (
        <div className="grid gap-3 sm:grid-cols-4">
          <Card className="sm:col-span-2">
            <dl>
              <dt className="text-sm text-slate-600">Tasks done by the cohort</dt>
              <dd className="mt-1">
                <ProgressBar progress={overall.progress} label="Tasks done by the cohort" />
              </dd>
            </dl>
          </Card>
          <Card>
            <dl>
              <dt className="text-sm text-slate-600">Waiting for review</dt>
              <dd className="text-2xl font-semibold tabular-nums">
                {overall.waiting > 0 ? (
                  <Link href={`${basePath}?status=submitted`} className="text-brand-800 hover:underline">
                    {overall.waiting}
                    <span className="sr-only"> weeks: show them</span>
                  </Link>
                ) : (
                  0
                )}
              </dd>
            </dl>
          </Card>
          <Card>
            <dl>
              <dt className="text-sm text-slate-600">Weeks behind</dt>
              <dd className="text-2xl font-semibold tabular-nums">
                {overall.behind > 0 ? (
                  <Link href={`${basePath}?behind=1`} className="text-brand-800 hover:underline">
                    {overall.behind}
                    <span className="sr-only"> weeks: show them</span>
                  </Link>
                ) : (
                  0
                )}
              </dd>
            </dl>
          </Card>
        </div>
      ) : null}

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
              {viewer.role === "ADMIN" ? (
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

      <CohortCharts grid={grid} />
    </div>
  );
}
