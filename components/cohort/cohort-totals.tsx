import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { gridTotal, type GridRow } from "@/lib/worklog/grid";

/** The whole cohort at a glance: tasks done, weeks waiting for review, weeks behind (each a filter link). */
export async function CohortTotals({ rows, basePath }: { rows: GridRow[]; basePath: string }) {
  const t = await getTranslations("cohorts.totals");
  const overall = gridTotal(rows);
  const showWeeks = t("showWeeks");
  return (
    <div className="grid gap-3 sm:grid-cols-4">
      <Card className="sm:col-span-2">
        <dl>
          <dt className="text-sm text-slate-600">{t("tasksDone")}</dt>
          <dd className="mt-1">
            <ProgressBar progress={overall.progress} label={t("tasksDone")} />
          </dd>
        </dl>
      </Card>
      <WeekCount
        term={t("waiting")}
        count={overall.waiting}
        href={`${basePath}?status=submitted`}
        showWeeks={showWeeks}
      />
      <WeekCount term={t("behind")} count={overall.behind} href={`${basePath}?behind=1`} showWeeks={showWeeks} />
    </div>
  );
}

/** A count of weeks, linking to the grid filtered to them when there are any. */
function WeekCount({
  term,
  count,
  href,
  showWeeks,
}: {
  term: string;
  count: number;
  href: string;
  /** "weeks: show them", read after the count by screen readers. */
  showWeeks: string;
}) {
  return (
    <Card>
      <dl>
        <dt className="text-sm text-slate-600">{term}</dt>
        <dd className="text-2xl font-semibold tabular-nums">
          {count > 0 ? (
            <Link href={href} className="text-brand-800 hover:underline">
              {count}
              <span className="sr-only"> {showWeeks}</span>
            </Link>
          ) : (
            0
          )}
        </dd>
      </dl>
    </Card>
  );
}
