import { translatorFor } from "@/lib/i18n/translator";
import { parseHeatmapView } from "@/lib/schemas/heatmap";
import { serveDownload } from "@/lib/server/download";
import { exportCohortHeatmapCsv } from "@/lib/server/data/heatmap";
import { requestLocale } from "@/lib/server/locale";
import { heatmapCsvWords } from "@/lib/worklog/heatmap-csv";

export const dynamic = "force-dynamic";

/** The module heatmap as CSV, in the page's column order (?sort=), with the page's access, in the request's language. */
export async function GET(request: Request, { params }: RouteContext<"/cohorts/[cohortId]/modules/export.csv">) {
  const { cohortId } = await params;
  const view = parseHeatmapView(new URL(request.url).searchParams);
  return serveDownload(request, "cohort", async (viewer) => {
    const words = heatmapCsvWords(translatorFor(await requestLocale({ viewer })));
    const { filename, csv } = await exportCohortHeatmapCsv(viewer, cohortId, { ...view, words });
    return { body: csv, contentType: "text/csv; charset=utf-8", fileName: filename };
  });
}
