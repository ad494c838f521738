import type { Metadata } from "next";
import Link from "next/link";
import { CohortList } from "@/components/cohort/cohort-list";
import { ReviewQueueCard } from "@/components/cohort/review-queue-card";
import { listCohorts } from "@/lib/server/data/cohorts";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { requireRole } from "@/lib/server/data/session";

export const metadata: Metadata = { title: "Cohorts" };

const QUEUE_PREVIEW = 5;

export default async function CohortsPage() {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const [cohorts, queue] = await Promise.all([listCohorts(viewer), listReviewQueue(viewer, { limit: QUEUE_PREVIEW })]);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Cohorts</h1>
          <p className="text-slate-600">
            {viewer.role === "ADMIN" ? "Every cohort of the program." : "The cohorts you mentor."}
          </p>
        </div>
        {viewer.role === "ADMIN" ? (
          <Link
            href="/admin"
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            Manage cohorts
          </Link>
        ) : null}
      </header>

      <ReviewQueueCard queue={queue} limit={QUEUE_PREVIEW} showCohort={cohorts.length > 1} />

      <CohortList cohorts={cohorts} isAdmin={viewer.role === "ADMIN"} />
    </div>
  );
}
