import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ReviewQueue } from "@/lib/server/data/review-queue";
import { ReviewQueueList } from "./review-queue-list";

/** The first weeks waiting for review, oldest first, and a link to the whole queue. */
export async function ReviewQueueCard({
  queue,
  limit,
  showCohort,
}: {
  queue: ReviewQueue;
  /** How many weeks the queue was read with (more waiting: "See all"). */
  limit: number;
  showCohort: boolean;
}) {
  const t = await getTranslations("reviews.card");
  return (
    <Card aria-labelledby="queue-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="queue-title" className="text-lg font-semibold">
          {queue.total ? t("headingCount", { count: queue.total }) : t("heading")}
        </h2>
        {queue.total > 0 ? (
          <Link href="/reviews" className="text-sm font-medium text-brand-800 hover:underline">
            {queue.total > limit ? t("seeAll", { count: queue.total }) : t("open")}
          </Link>
        ) : null}
      </div>
      {queue.total === 0 ? (
        <p className="mt-2 text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("oldestFirst")}</p>
          <ReviewQueueList items={queue.items} showCohort={showCohort} />
        </>
      )}
    </Card>
  );
}
