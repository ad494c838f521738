import "server-only";
// The one way a file download is served: who is asking, the same 404 for "not there" and "not
// yours", a rate limit per user and address, and headers that make browsers save it, not run it.
import { inWords, type Translate } from "@/lib/i18n/said";
import { translatorFor } from "@/lib/i18n/translator";
import { answerFor } from "./answers";
import { NotFoundError, type Thing } from "./data/errors";
import { requestLocale, requestTranslator } from "./locale";
import { getViewer } from "./data/session";
import type { Viewer } from "./data/viewer";
import { LIMITS, limitRequest } from "./rate-limit";

export interface Download {
  body: BodyInit;
  contentType: string;
  fileName: string;
}

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" };

/**
 * Serves `produce(viewer)` as an attachment. `produce` throws a data error (lib/server/answers.ts
 * maps it), or returns null (e.g. for a malformed query) when there is nothing this viewer may download.
 */
export async function serveDownload(
  request: Request,
  what: Thing,
  produce: (viewer: Viewer) => Promise<Download | null>,
): Promise<Response> {
  // In the viewer's language once known; before that (the database away), the browser's.
  let known: { viewer: Viewer | null } = { viewer: null };
  const notFound = async () =>
    new Response(`${inWords(await requestTranslator(known), new NotFoundError(what).message)}\n`, {
      status: 404,
      headers: plain,
    });
  try {
    const viewer = await getViewer();
    known = { viewer };
    if (!viewer?.role) return notFound();
    const refused = await limitRequest(LIMITS.export, request, viewer.id);
    if (refused) return refused;
    const file = await produce(viewer);
    if (!file) return notFound();
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const answer = answerFor(error);
    if (answer.status === 404 || answer.status === 403) return notFound();
    if (answer.status === 503)
      return new Response(`${inWords(await requestTranslator(known), answer.message)}\n`, {
        status: 503,
        headers: { ...plain, "Retry-After": "5" },
      });
    throw error;
  }
}

/** A CSV download, its words in the viewer's language: `produce` gets the viewer and their translator. */
export function serveCsv(
  request: Request,
  what: Thing,
  produce: (viewer: Viewer, t: Translate) => Promise<{ filename: string; csv: string }>,
): Promise<Response> {
  return serveDownload(request, what, async (viewer) => {
    const { filename, csv } = await produce(viewer, translatorFor(await requestLocale({ viewer })));
    return { body: csv, contentType: "text/csv; charset=utf-8", fileName: filename };
  });
}
