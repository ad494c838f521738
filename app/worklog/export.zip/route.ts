import { worklogZipQuerySchema } from "@/lib/schemas/import";
import { NotFoundError } from "@/lib/server/data/errors";
import { getViewer } from "@/lib/server/data/session";
import { exportWorklogZip } from "@/lib/server/data/worklog-io";

export const dynamic = "force-dynamic";

/**
 * The whole worklog as a Hugo content tree (content/1-Worklog/...): an intern's own, or with
 * ?intern=<userId> one that a mentor or admin may see. Anything else is the same 404.
 */
export async function GET(request: Request) {
  const viewer = await getViewer();
  const query = worklogZipQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!viewer?.role || !query.success) return notFound();
  try {
    const { fileName, bytes } = await exportWorklogZip(viewer, { internId: query.data.intern });
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${fileName}"`,
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
  return new Response("This worklog does not exist, or you may not see it.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
