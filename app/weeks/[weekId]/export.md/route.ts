import { exportLangSchema } from "@/lib/schemas/import";
import { NotFoundError } from "@/lib/server/data/errors";
import { getViewer } from "@/lib/server/data/session";
import { exportWeek } from "@/lib/server/data/worklog-io";

export const dynamic = "force-dynamic";

/** The week's Hugo page as a file: `_index.md`, or `_index.vi.md` with ?lang=vi. Same access as the week. */
export async function GET(request: Request, { params }: RouteContext<"/weeks/[weekId]/export.md">) {
  const viewer = await getViewer();
  // Signed out, in no group, or not allowed to see the week: the same 404, so nothing hints that it exists.
  if (!viewer?.role) return notFound();
  const { weekId } = await params;
  const lang = exportLangSchema.parse(new URL(request.url).searchParams.get("lang") ?? undefined);
  try {
    const page = await exportWeek(viewer, weekId, lang);
    return new Response(page.markdown, {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${page.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

function notFound() {
  return new Response("This page does not exist, or you may not see it.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
