import { parseGridFilter } from "@/lib/schemas/cohort";
import { serveDownload } from "@/lib/server/download";
import { exportCohortGridCsv } from "@/lib/server/data/grid";

export const dynamic = "force-dynamic";

/** The cohort grid as CSV, filtered by the same URL parameters as the page, with the page's access. */
export async function GET(request: Request, { params }: RouteContext<"/cohorts/[cohortId]/export.csv">) {
  const { cohortId } = await params;
  const filter = parseGridFilter(new URL(request.url).searchParams);
  return serveDownload(request, "This cohort", async (viewer) => {
    const { filename, csv } = await exportCohortGridCsv(viewer, cohortId, filter);
    return { body: csv, contentType: "text/csv; charset=utf-8", fileName: filename };
  });
}
