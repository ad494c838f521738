import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/progress-bar";
import { shortDate } from "@/lib/worklog/dates";
import type { ReviewQueueItem } from "@/lib/server/data/review-queue";
import { BULK_APPROVE_FORM } from "@/components/review/bulk-approve-id";

/**
 * Submitted weeks, oldest submission first; each opens the week, where the review panel is. With
 * `selectable`, each has a checkbox of the page's bulk approve form (components/review).
 */
export async function ReviewQueueList({
  items,
  showCohort,
  selectable = false,
}: {
  items: ReviewQueueItem[];
  showCohort: boolean;
  selectable?: boolean;
}) {
  const [t, tBulk, locale] = await Promise.all([
    getTranslations("reviews.item"),
    getTranslations("review.bulk"),
    getLocale(),
  ]);
  return (
    <ol className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.weekId} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
          {selectable ? (
            <input
              type="checkbox"
              name="weekIds"
              form={BULK_APPROVE_FORM}
              value={item.weekId}
              aria-label={tBulk("selectWeek", { number: item.number, intern: item.intern.name })}
              className="size-5 accent-brand-700"
            />
          ) : null}
          <div className="min-w-48 flex-1">
            <Link
              href={`/weeks/${item.weekId}`}
              prefetch={false}
              className="font-medium text-brand-800 hover:underline"
            >
              {t("link", { intern: item.intern.name, number: item.number })}
            </Link>
            <p className="text-xs text-slate-600">
              {t(showCohort ? "submittedInCohort" : "submitted", {
                date: shortDate(item.submittedOn, true, locale),
                waited: item.waitingDays === 0 ? t("today") : t("waiting", { days: item.waitingDays }),
                cohort: item.cohort.name,
              })}
            </p>
          </div>
          <div className="w-40">
            <ProgressBar
              progress={item.progress}
              label={t("progress", { intern: item.intern.name, number: item.number })}
              size="sm"
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
