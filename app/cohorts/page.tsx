import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CohortList } from "@/components/cohort/cohort-list";
import { ReviewQueueCard } from "@/components/cohort/review-queue-card";
import { listCohorts } from "@/lib/server/data/cohorts";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { requireRole } from "@/lib/server/data/session";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohorts");
  return { title: t("title") };
}

const QUEUE_PREVIEW = 5;

export default async function CohortsPage() {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const [cohorts, queue, t] = await Promise.all([
    listCohorts(viewer),
    listReviewQueue(viewer, { limit: QUEUE_PREVIEW }),
    getTranslations("cohorts"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={viewer.role === "ADMIN" ? t("list.introAdmin") : t("list.introMentor")}
        aside={
          viewer.role === "ADMIN" ? (
            <Link
              href="/admin"
              className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
            >
              {t("list.manage")}
            </Link>
          ) : null
        }
      />

      <ReviewQueueCard queue={queue} limit={QUEUE_PREVIEW} showCohort={cohorts.length > 1} />

      <CohortList cohorts={cohorts} isAdmin={viewer.role === "ADMIN"} />
    </div>
  );
}
