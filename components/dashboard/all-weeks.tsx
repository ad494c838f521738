import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveProgressBar, LiveTaskTotal } from "@/components/live-progress";
import { StatusBadge } from "@/components/ui/status-badge";
import { dateRange } from "@/lib/worklog/dates";
import type { WeekSummary } from "@/lib/server/data/weeks";
import { ExtendedUntil } from "@/components/week/extended-until";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Every week of the internship as a tile, the ones without a page yet included, and a link to
 * start the first week that has none.
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
  const byNumber = new Map(weeks.map((w) => [w.number, w]));
  const weekCount = Math.max(cohortWeekCount, ...weeks.map((w) => w.number));
  const numbers = Array.from({ length: weekCount }, (_, i) => i + 1);
  const totals = weeks.map((w) => ({ id: w.id, done: w.progress.done, total: w.progress.total }));
  const [t, locale] = await Promise.all([getTranslations("dashboard.allWeeks"), getLocale()]);
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
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {numbers.map((number) => (
          <li key={number}>
            <WeekTile
              number={number}
              week={byNumber.get(number)}
              current={number === currentNumber}
              t={t}
              locale={locale}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A week's tile: its status, progress and dates, linking to it; a dashed outline if it has no page.
 * Given its words by AllWeeks: a synchronous component per tile, not twelve that each await them.
 */
function WeekTile({
  number,
  week,
  current,
  t,
  locale,
}: {
  number: number;
  week: WeekSummary | undefined;
  current: boolean;
  t: Awaited<ReturnType<typeof getTranslations<"dashboard.allWeeks">>>;
  locale: Locale;
}) {
  if (!week) {
    return (
      <div className="h-full space-y-2 rounded-xl border border-dashed border-slate-300 p-3 text-slate-500">
        <span className="block font-medium">{t("week", { number })}</span>
        <StatusBadge status="NONE" />
      </div>
    );
  }
  return (
    <Link
      href={`/weeks/${week.id}`}
      className={`block h-full space-y-2 rounded-xl border bg-white p-3 hover:border-brand-500 ${current ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200"}`}
    >
      <span className="block font-medium">{t("week", { number })}</span>
      <StatusBadge status={week.status} />
      <LiveProgressBar scope={{ week: week.id }} progress={week.progress} label={t("progress", { number })} size="sm" />
      <span className="block text-xs text-slate-500">{dateRange(week.startDate, week.endDate, locale)}</span>
      {week.extendedUntil ? <ExtendedUntil until={week.extendedUntil} /> : null}
    </Link>
  );
}
