import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CohortCharts } from "@/components/cohort/cohort-charts";
import { CohortGridSection } from "@/components/cohort/cohort-grid-section";
import { CohortHeader } from "@/components/cohort/cohort-header";
import { CohortScopeSwitch } from "@/components/assignment/cohort-scope-switch";
import { CohortSummary } from "@/components/cohort/cohort-summary";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PendingLink } from "@/components/ui/pending-link";
import { parseGridFilter } from "@/lib/schemas/cohort";
import { orNotFound } from "@/lib/server/answers";
import { getCohortGrid } from "@/lib/server/data/grid";
import { listSavedReplies } from "@/lib/server/data/saved-replies";
import { requireRole } from "@/lib/server/data/session";
import { ClientMessages } from "@/components/client-messages";
import { BulkApproveForm } from "@/components/review/bulk-approve-form";
import { LiveUpdates } from "@/components/live/live-updates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohorts");
  return { title: t("cohortTitle") };
}

export default async function CohortPage({ params, searchParams }: PageProps<"/cohorts/[cohortId]">) {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const { cohortId } = await params;
  const filter = parseGridFilter(await searchParams);
  const [grid, t, heatmap, replies] = await Promise.all([
    orNotFound(getCohortGrid(viewer, cohortId, { scope: filter.scope })),
    getTranslations("cohorts"),
    getTranslations("heatmap"),
    listSavedReplies(viewer),
  ]);
  const basePath = `/cohorts/${grid.cohort.id}`;
  return (
    <ClientMessages page="cohort">
      <div className="space-y-6">
        <Breadcrumb trail={[{ href: "/cohorts", label: t("title") }]} current={grid.cohort.name} />
        <CohortHeader grid={grid} filter={filter} basePath={basePath} />
        {viewer.role === "MENTOR" ? <CohortScopeSwitch grid={grid} filter={filter} basePath={basePath} /> : null}
        <p>
          <PendingLink
            href={`${basePath}/modules`}
            pendingText={heatmap("loading")}
            className="font-medium text-brand-800 underline underline-offset-2"
          >
            {heatmap("link")}
          </PendingLink>
        </p>
        {grid.rows.length > 0 ? <CohortSummary grid={grid} basePath={basePath} /> : null}
        <CohortGridSection
          grid={grid}
          filter={filter}
          basePath={basePath}
          isAdmin={viewer.role === "ADMIN"}
          selectable
        />
        <BulkApproveForm replies={replies} />
        <CohortCharts grid={grid} />
        <LiveUpdates topics={[`c:${grid.cohort.id}`]} versions={{ [grid.cohort.id]: grid.version }} />
      </div>
    </ClientMessages>
  );
}
