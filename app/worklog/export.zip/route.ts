import { worklogZipQuerySchema } from "@/lib/schemas/import";
import { serveDownload } from "@/lib/server/download";
import { exportWorklogZip } from "@/lib/server/data/worklog-io/export-worklog";

export const dynamic = "force-dynamic";

/**
 * The whole worklog as a Hugo content tree (content/1-Worklog/...): an intern's own, or with
 * ?intern=<userId> one that a mentor or admin may see.
 */
export async function GET(request: Request) {
  const query = worklogZipQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return serveDownload(request, "worklog", async (viewer) => {
    if (!query.success) return null;
    const { fileName, bytes } = await exportWorklogZip(viewer, { internId: query.data.intern });
    return { body: bytes as Uint8Array<ArrayBuffer>, contentType: "application/zip", fileName };
  });
}
