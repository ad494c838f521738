import { parseGridFilter } from "@/lib/schemas/cohort";
import { serveCsv } from "@/lib/server/download";
import { exportCohortGridCsv } from "@/lib/server/data/grid";
import { csvWords } from "@/lib/worklog/grid-csv";

export const dynamic = "force-dynamic";

/**
 * The cohort grid as CSV, filtered by the same URL parameters as the page, with the page's access;
 * its headers in the request's language.
 */
export async function GET(request: Request, { params }: RouteContext<"/cohorts/[cohortId]/export.csv">) {
  const { cohortId } = await params;
  const filter = parseGridFilter(new URL(request.url).searchParams);
  return serveCsv(request, "cohort", (viewer, t) =>
    exportCohortGridCsv(viewer, cohortId, filter, { words: csvWords(t) }),
  );
}
