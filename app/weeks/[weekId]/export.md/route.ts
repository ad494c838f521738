import { exportLangSchema } from "@/lib/schemas/import";
import { serveDownload } from "@/lib/server/download";
import { exportWeek } from "@/lib/server/data/worklog-io/export-week";

export const dynamic = "force-dynamic";

/** The week's Hugo page as a file: `_index.md`, or `_index.vi.md` with ?lang=vi. Same access as the week. */
export async function GET(request: Request, { params }: RouteContext<"/weeks/[weekId]/export.md">) {
  const { weekId } = await params;
  const lang = exportLangSchema.safeParse(new URL(request.url).searchParams.get("lang") ?? undefined);
  return serveDownload(request, "week", async (viewer) => {
    if (!lang.success) return null;
    const page = await exportWeek(viewer, weekId, lang.data);
    return { body: page.markdown, contentType: "text/markdown; charset=utf-8", fileName: page.fileName };
  });
}
