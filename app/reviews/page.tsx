import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReviewQueueList } from "@/components/cohort/review-queue-list";
import { UnansweredReplies } from "@/components/review/unanswered-replies";
import { ClientMessages } from "@/components/client-messages";
import { BulkApproveForm } from "@/components/review/bulk-approve-form";
import { LiveUpdates } from "@/components/live/live-updates";
import { Card } from "@/components/ui/card";
import { QueueScope } from "@/components/assignment/queue-scope";
import { internScopeParam } from "@/lib/schemas/assignment";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { listUnansweredReplies } from "@/lib/server/data/unanswered-replies";
import { listSavedReplies } from "@/lib/server/data/saved-replies";
import { requireRole } from "@/lib/server/data/session";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviews");
  return { title: t("title") };
}

const LIMIT = 200;

export default async function ReviewsPage({ searchParams }: PageProps<"/reviews">) {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const scope = internScopeParam.parse((await searchParams).scope);
  const [queue, unanswered, savedReplies, t, tCohorts] = await Promise.all([
    listReviewQueue(viewer, { limit: LIMIT, scope }),
    listUnansweredReplies(viewer),
    listSavedReplies(viewer),
    getTranslations("reviews"),
    getTranslations("cohorts"),
  ]);
  const cohorts = new Set(queue.items.map((i) => i.cohort.id));
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/cohorts", label: tCohorts("title") }]} current={t("title")} />
      <PageHeader title={t("heading")} intro={viewer.role === "ADMIN" ? t("introAdmin") : t("introMentor")} />
      {viewer.role === "MENTOR" ? <QueueScope viewer={viewer} state={queue.scope} /> : null}
      <UnansweredReplies replies={unanswered} />
      <Card heading={t("listHeading")} headingId="queue-title" headingClassName="sr-only">
        {queue.total === 0 ? (
          <p className="text-slate-600">{t("empty")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">
              {queue.total > queue.items.length
                ? t("countSome", { total: queue.total, shown: queue.items.length })
                : t("count", { total: queue.total })}
            </p>
            <ReviewQueueList items={queue.items} showCohort={cohorts.size > 1} selectable />
          </>
        )}
      </Card>
      <ClientMessages page="reviews">
        <BulkApproveForm replies={savedReplies} />
        <LiveUpdates topics={["c:*", "r:*"]} />
      </ClientMessages>
    </div>
  );
}
