import type { Metadata } from "next";
import { ReviewQueueList } from "@/components/cohort/review-queue-list";
import { Card } from "@/components/ui/card";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { requireRole } from "@/lib/server/data/session";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Review queue" };

const LIMIT = 200;

export default async function ReviewsPage() {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const queue = await listReviewQueue(viewer, { limit: LIMIT });
  const cohorts = new Set(queue.items.map((i) => i.cohort.id));
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/cohorts", label: "Cohorts" }]} current="Review queue" />
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Waiting for review</h1>
        <p className="text-slate-600">
          {viewer.role === "ADMIN" ? "Submitted weeks in every cohort" : "Submitted weeks in the cohorts you mentor"},
          oldest submission first.
        </p>
      </header>
      <Card heading="Submitted weeks" headingId="queue-title" headingClassName="sr-only">
        {queue.total === 0 ? (
          <p className="text-slate-600">Nothing waits for review. When an intern submits a week, it appears here.</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">
              {queue.total} week{queue.total === 1 ? "" : "s"} waiting
              {queue.total > queue.items.length ? `; the oldest ${queue.items.length} are shown` : ""}.
            </p>
            <ReviewQueueList items={queue.items} showCohort={cohorts.size > 1} />
          </>
        )}
      </Card>
    </div>
  );
}
