import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveMarkupBars, LiveTaskTotal } from "@/components/live-progress";
import { TextMarkup } from "@/components/ui/kept-table";
import type { WeekSummary } from "@/lib/server/data/weeks";
import { weekTilesHtml } from "./week-tiles-html";

/**
 * Every week of the internship as a tile (week-tiles-html.ts), the ones without a page yet
 * included, and a link to start the first week that has none.
 */
export async function AllWeeks({
  weeks,
  cohortWeekCount,
  currentNumber,
  nextNumber,
}: {
  weeks: WeekSummary[];
  /** The cohort's length in weeks; the intern's weeks numbered beyond it show too. */
  cohortWeekCount: number;
  currentNumber: number | undefined;
  /** The first week without a page (lib/worklog/schedule.ts's nextWeekToStart). */
  nextNumber: number | null;
}) {
  const weekCount = Math.max(cohortWeekCount, ...weeks.map((w) => w.number));
  const totals = weeks.map((w) => ({ id: w.id, done: w.progress.done, total: w.progress.total }));
  const [t, locale] = await Promise.all([getTranslations("dashboard.allWeeks"), getLocale()]);
  const tiles = await weekTilesHtml({ weeks, weekCount, currentNumber }, locale);
  return (
    <section aria-labelledby="weeks-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="weeks-title" className="text-lg font-semibold">
          {t("title")}{" "}
          <span className="text-sm font-normal text-slate-500">
            {t.rich("tasksDone", { total: () => <LiveTaskTotal weeks={totals} /> })}
          </span>
        </h2>
        {nextNumber ? (
          <Link
            href={`/weeks/new?number=${nextNumber}`}
            className="rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("newWeek")}
          </Link>
        ) : null}
      </div>
      <LiveMarkupBars>
        <TextMarkup markup={tiles} />
      </LiveMarkupBars>
    </section>
  );
}
