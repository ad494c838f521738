import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { shortDate } from "@/lib/format";
import { filtersCells, gridFilterQuery, type GridFilter } from "@/lib/schemas/cohort";
import { cellMatches, gridTotal, weekTotals, type GridCell, type GridColumn, type GridRow } from "@/lib/worklog/grid";
import type { Progress } from "@/lib/worklog/progress";

/** A thin bar for inside a cell: decoration only, the numbers next to it say the same. */
function MiniBar({ progress }: { progress: Progress }) {
  const complete = progress.total > 0 && progress.done === progress.total;
  return (
    <span aria-hidden className="block h-1.5 w-full overflow-hidden rounded-full bg-slate-200">
      <span className={`block h-full rounded-full ${complete ? "bg-emerald-600" : "bg-brand-600"}`} style={{ width: `${progress.percent}%` }} />
    </span>
  );
}

function BehindFlag() {
  return (
    <span className="inline-flex items-center gap-1 text-xs font-medium text-amber-900">
      <span aria-hidden>⚠</span>Behind
    </span>
  );
}

function Cell({ cell, intern, matches }: { cell: GridCell; intern: string; matches: boolean }) {
  const body = (
    <>
      {cell.weekId ? (
        // A link is read on its own (tab order, links list): say whose week it is.
        <span className="sr-only">
          {intern}, week {cell.number}:{" "}
        </span>
      ) : null}
      <StatusBadge status={cell.status} />
      {cell.status !== "NONE" ? (
        <>
          <span className="block text-xs tabular-nums text-slate-700">
            {cell.progress.done}/{cell.progress.total} tasks
          </span>
          <MiniBar progress={cell.progress} />
        </>
      ) : null}
      {cell.behind ? <BehindFlag /> : null}
      {matches ? <span className="sr-only"> (matches the filter)</span> : null}
    </>
  );
  const frame = `flex h-full min-h-16 flex-col items-start gap-1 rounded-lg p-1.5 ${matches ? "border-2 border-brand-700" : "border border-transparent"}`;
  return (
    <td className={`p-1 align-top ${cell.behind ? "bg-amber-50/60" : ""}`}>
      {cell.weekId ? (
        // No prefetch: a cohort of 50 has 600 of these links.
        <Link href={`/weeks/${cell.weekId}`} prefetch={false} className={`${frame} hover:border-brand-500 hover:bg-brand-50`}>
          {body}
        </Link>
      ) : (
        <div className={frame}>{body}</div>
      )}
    </td>
  );
}

function sortHeader({
  label,
  filter,
  basePath,
  asc,
  desc,
}: {
  label: string;
  filter: GridFilter;
  basePath: string;
  asc: GridFilter["sort"];
  desc: GridFilter["sort"];
}): { ariaSort: "ascending" | "descending" | "none"; link: React.ReactNode } {
  const current: "ascending" | "descending" | null = filter.sort === asc ? "ascending" : filter.sort === desc ? "descending" : null;
  const next = current === "ascending" ? desc : asc;
  const query = gridFilterQuery(filter, { sort: next });
  return {
    ariaSort: current ?? "none",
    link: (
      <Link href={query ? `${basePath}?${query}` : basePath} className="inline-flex items-center gap-1 hover:underline">
        {label}
        <span aria-hidden className="text-slate-500">
          {current === "ascending" ? "▲" : current === "descending" ? "▼" : "↕"}
        </span>
        <span className="sr-only">
          , sort {next.endsWith("desc") ? "descending" : "ascending"}
        </span>
      </Link>
    ),
  };
}

/**
 * One row per intern, one column per week, a total per row and per column. Scrolls sideways on a
 * small screen with the names kept in view; every week is a link, so the grid works by keyboard.
 */
export function CohortGrid({
  rows,
  columns,
  filter,
  basePath,
  caption,
}: {
  rows: GridRow[];
  columns: GridColumn[];
  filter: GridFilter;
  basePath: string;
  caption: string;
}) {
  const cellFilter = filtersCells(filter);
  const totals = weekTotals(rows, columns);
  const all = gridTotal(rows);
  const name = sortHeader({ label: "Intern", filter, basePath, asc: "name", desc: "name-desc" });
  const progress = sortHeader({ label: "Total", filter, basePath, asc: "progress", desc: "progress-desc" });
  const sticky = "sticky left-0 z-10 shadow-[1px_0_0_0_var(--color-slate-200)]";
  return (
    <div role="region" aria-labelledby="grid-caption" tabIndex={0} className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-max min-w-full border-collapse text-left text-sm">
        <caption id="grid-caption" className="px-3 pt-3 pb-1 text-left text-sm text-slate-600">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-200 align-bottom">
            <th scope="col" aria-sort={name.ariaSort} className={`${sticky} min-w-36 max-w-48 bg-white px-3 py-2 font-semibold`}>
              {name.link}
            </th>
            {columns.map((column) => (
              <th key={column.number} scope="col" className={`min-w-32 px-2 py-2 font-semibold ${column.current ? "bg-brand-50" : ""}`}>
                Week {column.number}
                <span className="block text-xs font-normal text-slate-600">
                  {shortDate(column.startDate)} – {shortDate(column.endDate)}
                </span>
                {column.current ? <span className="block text-xs font-medium text-brand-800">This week</span> : null}
              </th>
            ))}
            <th scope="col" aria-sort={progress.ariaSort} className="min-w-36 px-3 py-2 font-semibold">
              {progress.link}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.intern.id} className="border-b border-slate-100">
              <th scope="row" className={`${sticky} max-w-48 bg-white px-3 py-2 align-top font-medium`}>
                <span className="block break-words">{row.intern.name}</span>
                <span className="block truncate text-xs font-normal text-slate-600">{row.intern.email}</span>
                <a
                  href={`/worklog/export.zip?intern=${row.intern.id}`}
                  className="mt-1 inline-block text-xs font-normal text-brand-700 underline"
                  aria-label={`Download ${row.intern.name}'s worklog as a Hugo zip`}
                >
                  Worklog .zip
                </a>
              </th>
              {row.cells.map((cell) => (
                <Cell key={cell.number} cell={cell} intern={row.intern.name} matches={cellFilter && cellMatches(cell, filter)} />
              ))}
              <td className="px-3 py-2 align-top">
                <span className="block text-sm font-medium tabular-nums">
                  {row.total.done}/{row.total.total} · {row.total.percent}%
                </span>
                <MiniBar progress={row.total} />
                <span className="mt-1 block text-xs text-slate-600">
                  {row.approvedWeeks} approved{row.waitingWeeks ? ` · ${row.waitingWeeks} waiting` : ""}
                </span>
                {row.behindWeeks ? (
                  <span className="inline-flex items-center gap-1 text-xs font-medium text-amber-900">
                    <span aria-hidden>⚠</span>
                    {row.behindWeeks} behind
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 bg-slate-50 align-top">
            <th scope="row" className={`${sticky} bg-slate-50 px-3 py-2 font-semibold`}>
              Total
              <span className="block text-xs font-normal text-slate-600">
                {rows.length} intern{rows.length === 1 ? "" : "s"}
              </span>
            </th>
            {totals.map((total) => (
              <td key={total.number} className="px-2 py-2 text-xs text-slate-700">
                <span className="block text-sm font-medium tabular-nums text-ink">
                  {total.progress.done}/{total.progress.total}
                </span>
                <span className="block">{total.approved} approved</span>
                {total.submitted ? <span className="block">{total.submitted} waiting</span> : null}
                {total.behind ? <span className="block">{total.behind} behind</span> : null}
              </td>
            ))}
            <td className="px-3 py-2 text-xs text-slate-700">
              <span className="block text-sm font-medium tabular-nums text-ink">
                {all.progress.done}/{all.progress.total} · {all.progress.percent}%
              </span>
              <span className="block">
                {all.approved} approved · {all.waiting} waiting
              </span>
              {all.behind ? <span className="block">{all.behind} behind</span> : null}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
