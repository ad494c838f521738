import type { Metadata } from "next";
import Link from "next/link";
import { ReviewQueueList } from "@/components/cohort/review-queue-list";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { shortDate } from "@/lib/format";
import { listCohorts } from "@/lib/server/data/cohorts";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { requireRole } from "@/lib/server/data/session";

export const metadata: Metadata = { title: "Cohorts" };

const QUEUE_PREVIEW = 5;

function weekOf(current: number, weekCount: number): string {
  if (current < 1) return "not started yet";
  if (current > weekCount) return "finished";
  return `week ${current} of ${weekCount}`;
}

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

      <Card aria-labelledby="queue-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="queue-title" className="text-lg font-semibold">
            Waiting for review{queue.total ? ` (${queue.total})` : ""}
          </h2>
          {queue.total > 0 ? (
            <Link href="/reviews" className="text-sm font-medium text-brand-800 hover:underline">
              {queue.total > QUEUE_PREVIEW ? `See all ${queue.total}` : "Open the review queue"}
            </Link>
          ) : null}
        </div>
        {queue.total === 0 ? (
          <p className="mt-2 text-slate-600">Nothing waits for review. Submitted weeks appear here, oldest first.</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">Oldest submission first.</p>
            <ReviewQueueList items={queue.items} showCohort={cohorts.length > 1} />
          </>
        )}
      </Card>

      <section aria-labelledby="cohorts-title" className="space-y-3">
        <h2 id="cohorts-title" className="text-lg font-semibold">
          {viewer.role === "ADMIN" ? "All cohorts" : "Your cohorts"}
        </h2>
        {cohorts.length === 0 ? (
          <Card>
            <p className="text-slate-700">
              {viewer.role === "ADMIN" ? (
                <>
                  There are no cohorts yet.{" "}
                  <Link href="/admin" className="font-medium text-brand-800 underline">
                    Create one
                  </Link>
                  .
                </>
              ) : (
                "You do not mentor a cohort yet. An admin can add you to one."
              )}
            </p>
          </Card>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {cohorts.map((cohort) => (
              <li key={cohort.id}>
                <Card className="h-full space-y-3">
                  <div>
                    <h3 className="font-semibold">
                      <Link href={`/cohorts/${cohort.id}`} className="text-brand-800 hover:underline">
                        {cohort.name}
                      </Link>
                    </h3>
                    <p className="text-sm text-slate-600">
                      Started {shortDate(cohort.startDate, true)} · {weekOf(cohort.currentWeek, cohort.weekCount)}
                    </p>
                  </div>
                  {cohort.progress ? (
                    <ProgressBar progress={cohort.progress} label={`${cohort.name}: tasks done by its interns`} />
                  ) : null}
                  <dl className="grid grid-cols-3 gap-2 text-sm">
                    <div>
                      <dt className="text-slate-600">Interns</dt>
                      <dd className="text-lg font-semibold tabular-nums">{cohort.internCount}</dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">Waiting for review</dt>
                      <dd className="text-lg font-semibold tabular-nums">{cohort.waitingForReview}</dd>
                    </div>
                    <div>
                      <dt className="text-slate-600">Interns behind</dt>
                      <dd className="text-lg font-semibold tabular-nums">{cohort.internsBehind ?? "–"}</dd>
                    </div>
                  </dl>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
