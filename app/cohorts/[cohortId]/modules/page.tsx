import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HeatmapView } from "@/components/heatmap/heatmap-view";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { heatmapViewQuery, parseHeatmapView } from "@/lib/schemas/heatmap";
import { orNotFound } from "@/lib/server/answers";
import { getCohortHeatmap } from "@/lib/server/data/heatmap";
import { requireRole } from "@/lib/server/data/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("heatmap"))("title") };
}

/** The cohort's module heatmap: its mentors' and admins' (a 404 for anyone else, as the grid). */
export default async function CohortModulesPage({ params, searchParams }: PageProps<"/cohorts/[cohortId]/modules">) {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const { cohortId } = await params;
  const view = parseHeatmapView(await searchParams);
  const [heatmap, t, cohorts] = await Promise.all([
    orNotFound(getCohortHeatmap(viewer, cohortId, view)),
    getTranslations("heatmap"),
    getTranslations("cohorts"),
  ]);
  const gridPath = `/cohorts/${heatmap.cohort.id}`;
  const basePath = `${gridPath}/modules`;
  const query = heatmapViewQuery(view);
  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={[
          { href: "/cohorts", label: cohorts("title") },
          { href: gridPath, label: heatmap.cohort.name },
        ]}
        current={t("title")}
      />
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="font-medium text-slate-700">{heatmap.cohort.name}</p>
          <p className="text-slate-600">{t("intro")}</p>
        </div>
        {heatmap.rows.length > 0 && heatmap.modules.length > 0 ? (
          <a
            href={`${basePath}/export.csv${query ? `?${query}` : ""}`}
            download
            className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
          >
            <span aria-hidden>⤓</span>
            {t("download")}
          </a>
        ) : null}
      </header>
      <HeatmapView heatmap={heatmap} basePath={basePath} />
    </div>
  );
}
