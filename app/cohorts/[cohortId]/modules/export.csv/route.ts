import { parseHeatmapView } from "@/lib/schemas/heatmap";
import { serveCsv } from "@/lib/server/download";
import { exportCohortHeatmapCsv } from "@/lib/server/data/heatmap";
import { heatmapCsvWords } from "@/lib/worklog/heatmap-csv";

export const dynamic = "force-dynamic";

/** The module heatmap as CSV, in the page's column order (?sort=), with the page's access, in the request's language. */
export async function GET(request: Request, { params }: RouteContext<"/cohorts/[cohortId]/modules/export.csv">) {
  const { cohortId } = await params;
  const view = parseHeatmapView(new URL(request.url).searchParams);
  return serveCsv(request, "cohort", (viewer, t) =>
    exportCohortHeatmapCsv(viewer, cohortId, { ...view, words: heatmapCsvWords(t) }),
  );
}
