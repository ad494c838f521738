import { parseGridFilter } from "@/lib/schemas/cohort";
import { NotFoundError } from "@/lib/server/data/errors";
import { exportCohortGridCsv } from "@/lib/server/data/grid";
import { getViewer } from "@/lib/server/data/session";

export const dynamic = "force-dynamic";

/**
 * The cohort grid as CSV, filtered by the same URL parameters as the page. Same access as the
 * page: not signed in → 401; not a mentor of this cohort (or an admin) → 404.
 */
export async function GET(request: Request, { params }: RouteContext<"/cohorts/[cohortId]/export.csv">) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Sign in first.\n", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { cohortId } = await params;
  const filter = parseGridFilter(new URL(request.url).searchParams);
  try {
    const { filename, csv } = await exportCohortGridCsv(viewer, cohortId, filter);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      return new Response("This cohort does not exist, or you may not see it.\n", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
