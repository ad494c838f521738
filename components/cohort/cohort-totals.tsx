import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { gridTotal, type GridRow } from "@/lib/worklog/grid";

/** The whole cohort at a glance: tasks done, weeks waiting for review, weeks behind (each a filter link). */
export function CohortTotals({ rows, basePath }: { rows: GridRow[]; basePath: string }) {
  const overall = gridTotal(rows);
  return (
    <div className="grid gap-3 sm:grid-cols-4">
      <Card className="sm:col-span-2">
        <dl>
          <dt className="text-sm text-slate-600">Tasks done by the cohort</dt>
          <dd className="mt-1">
            <ProgressBar progress={overall.progress} label="Tasks done by the cohort" />
          </dd>
        </dl>
      </Card>
      <WeekCount term="Waiting for review" count={overall.waiting} href={`${basePath}?status=submitted`} />
      <WeekCount term="Weeks behind" count={overall.behind} href={`${basePath}?behind=1`} />
    </div>
  );
}

/** A count of weeks, linking to the grid filtered to them when there are any. */
function WeekCount({ term, count, href }: { term: string; count: number; href: string }) {
  return (
    <Card>
      <dl>
        <dt className="text-sm text-slate-600">{term}</dt>
        <dd className="text-2xl font-semibold tabular-nums">
          {count > 0 ? (
            <Link href={href} className="text-brand-800 hover:underline">
              {count}
              <span className="sr-only"> weeks: show them</span>
            </Link>
          ) : (
            0
          )}
        </dd>
      </dl>
    </Card>
  );
}
