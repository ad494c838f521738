// The import route's client side: one request with the chosen files, its answer read as an ActionResult.
import type { ActionResult } from "@/lib/schemas/action-result";
import type { ImportMode } from "@/lib/schemas/import";
import type { ImportPreview, ImportResult } from "@/lib/worklog/import/types";

/** The weeks an import saved. */
export type SavedWeeks = Extract<ImportResult, { saved: true }>["weeks"];
/** What a request asks for: a preview (nothing saved), or the import. */
export type Intent = "preview" | "import";
/** The route's answer to each intent, when it worked. */
export interface Answers {
  preview: ImportPreview;
  import: { weeks: SavedWeeks };
}
/** Our own messages for failures the server did not put in words (messages/<language>/import.json, "upload"). */
export interface UploadWords {
  offline: string;
  restarting: string;
  unexpected: (status: number) => string;
}

/**
 * Posts the files to the import route and reads its answer; never throws. A failed request gets
 * the server's own message when it sent one, else one of `words` that says what to do.
 */
export async function postUpload<I extends Intent>(
  intent: I,
  files: File[],
  mode: ImportMode,
  words: UploadWords,
): Promise<{ status: number; result: ActionResult<Answers[I]> }> {
  const data = new FormData();
  data.set("intent", intent);
  data.set("mode", mode);
  for (const file of files) data.append("files", file);
  let response: Response;
  try {
    // Never follow a redirect with the files; signed out, proxy.ts answers 401 with a message.
    response = await fetch("/import/upload", {
      method: "POST",
      body: data,
      redirect: "manual",
      headers: { Accept: "application/json" },
    });
  } catch {
    return { status: 0, result: { ok: false, formError: words.offline } };
  }
  // The route answers every outcome with an ActionResult (its 429 says how long to wait); anything
  // else (a proxy's error page, a crash) gets a message of our own.
  const body = (await response.json().catch(() => null)) as ActionResult<Answers[I]> | null;
  if (response.ok && body?.ok) return { status: response.status, result: body };
  if (!response.ok && body?.ok === false && (body.formError || body.fieldErrors))
    return { status: response.status, result: body };
  if (response.status === 503) return { status: 503, result: { ok: false, formError: words.restarting } };
  return { status: response.status, result: { ok: false, formError: words.unexpected(response.status) } };
}
