import { translatorFor } from "@/lib/i18n/translator";
import { parseGridFilter } from "@/lib/schemas/cohort";
import { serveDownload } from "@/lib/server/download";
import { exportCohortGridCsv } from "@/lib/server/data/grid";
import { requestLocale } from "@/lib/server/locale";
import { csvWords } from "@/lib/worklog/grid-csv";

export const dynamic = "force-dynamic";

/**
 * The cohort grid as CSV, filtered by the same URL parameters as the page, with the page's access;
 * its headers in the request's language.
 */
export async function GET(request: Request, { params }: RouteContext<"/cohorts/[cohortId]/export.csv">) {
  const { cohortId } = await params;
  const filter = parseGridFilter(new URL(request.url).searchParams);
  return serveDownload(request, "cohort", async (viewer) => {
    const words = csvWords(translatorFor(await requestLocale({ viewer })));
    const { filename, csv } = await exportCohortGridCsv(viewer, cohortId, filter, { words });
    return { body: csv, contentType: "text/csv; charset=utf-8", fileName: filename };
  });
}
