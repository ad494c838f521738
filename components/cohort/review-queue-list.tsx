import Link from "next/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { shortDate } from "@/lib/worklog/dates";
import type { ReviewQueueItem } from "@/lib/server/data/review-queue";

function waited(days: number): string {
  if (days === 0) return "submitted today";
  return `waiting ${days} day${days === 1 ? "" : "s"}`;
}

/** Submitted weeks, oldest submission first; each opens the week, where the review panel is. */
export function ReviewQueueList({ items, showCohort }: { items: ReviewQueueItem[]; showCohort: boolean }) {
  return (
    <ol className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.weekId} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
          <div className="min-w-48 flex-1">
            <Link
              href={`/weeks/${item.weekId}`}
              prefetch={false}
              className="font-medium text-brand-800 hover:underline"
            >
              {item.intern.name} · Week {item.number}
            </Link>
            <p className="text-xs text-slate-600">
              Submitted {shortDate(item.submittedOn, true)} ({waited(item.waitingDays)})
              {showCohort ? ` · ${item.cohort.name}` : ""}
            </p>
          </div>
          <div className="w-40">
            <ProgressBar
              progress={item.progress}
              label={`${item.intern.name}, week ${item.number} progress`}
              size="sm"
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
