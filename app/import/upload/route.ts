// Worklog import over HTTP: the import form posts its files here (intent "preview", then "import"),
// and gets an ActionResult as JSON with a status that says what happened: 200, 400 bad input,
// 401/403, 409 conflict, 413 too large, 429 with Retry-After, 503 while the database restarts.
// A route handler rather than server actions so that a too-large body is refused by its declared
// size before this code reads it (Next's proxy layer still buffers up to 10 MB of any body first:
// proxyClientMaxBodySize) and a rate-limited client gets a real 429. It does for itself what server
// actions do for free: the same-origin check (docs/decisions/010-import-over-a-route-handler.md).
import { revalidatePath } from "next/cache";
import type { Logger } from "pino";
import type { ActionResult } from "@/lib/schemas/action-result";
import {
  IMPORT_LIMITS,
  IMPORT_REQUEST_BYTES,
  importUploadSchema,
  sizeInWords,
  type ImportUpload,
} from "@/lib/schemas/import";
import { say } from "@/lib/i18n/said";
import { inWordsOf, runMutation } from "@/lib/server/action";
import { answerFor } from "@/lib/server/answers";
import { requestTranslator } from "@/lib/server/locale";
import { appOrigin } from "@/lib/server/auth";
import { ValidationError } from "@/lib/server/data/errors";
import { getViewer } from "@/lib/server/data/session";
import type { Viewer } from "@/lib/server/data/viewer";
import { importWorklog } from "@/lib/server/data/worklog-io/import-worklog";
import { assertMayImport, previewImport } from "@/lib/server/data/worklog-io/preview-import";
import { requestLog } from "@/lib/server/log";
import { hitRequestLimit, LIMITS, tooManyRequestsJson } from "@/lib/server/rate-limit";
import { previewInWords } from "@/lib/worklog/import/in-words";
import type { ImportPreview } from "@/lib/worklog/import/types";
import type { UploadedFile } from "@/lib/worklog/import/uploads";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** The route's answer, in the person's language. */
async function answer(status: number, body: ActionResult<unknown>, headers: Record<string, string> = {}) {
  // A 503 (the database restarting) always says when to come back.
  const retry: Record<string, string> = status === 503 ? { "Retry-After": "5" } : {};
  const said = inWordsOf(body, await requestTranslator());
  return Response.json(said, { status, headers: { ...NO_STORE, ...retry, ...headers } });
}

const refuse = (status: number, formError: string) => answer(status, { ok: false, formError });

const TOO_LARGE = `This upload is larger than ${sizeInWords(IMPORT_LIMITS.uploadBytes)} in all. Import your worklog in smaller groups, or zip only your content/1-Worklog folder.`;

export async function POST(request: Request): Promise<Response> {
  const log = await requestLog({ route: "import-upload" });
  const refused = (status: number, reason: string) =>
    log.info({ event: "import.refused", status, reason }, "import refused");
  try {
    const gate = await admit(request, refused);
    if (gate instanceof Response) return gate;
    const form = await readForm(request, refused);
    if (form instanceof Response) return form;
    return await run(gate, form, log);
  } catch (error) {
    // A database lost mid-request (the viewer's lookup, the rate limit): say so, not 500.
    const { status, message } = answerFor(error);
    if (status !== 503) throw error;
    refused(503, "database-unreachable");
    return refuse(503, message);
  }
}

/** Cheapest first, before any byte of the body is read: origin, session, who may import, size, rate. */
async function admit(request: Request, refused: (status: number, reason: string) => void): Promise<Viewer | Response> {
  // Server actions check this themselves; a route handler must (browsers send Origin on every POST).
  if (!sameOrigin(request)) {
    refused(403, "cross-origin");
    return refuse(403, "This upload came from another site, so it was refused.");
  }
  const viewer = await getViewer();
  if (!viewer) {
    refused(401, "signed-out");
    return refuse(401, "You are signed out. Sign in again, then choose your files again.");
  }
  try {
    assertMayImport(viewer);
  } catch (error) {
    const { status, message } = answerFor(error);
    refused(status, "not-an-intern");
    return refuse(status, message);
  }
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_REQUEST_BYTES) {
    refused(413, "content-length");
    return refuse(413, TOO_LARGE);
  }
  // Per intern and per address, before any file is read: parsing is the expensive part.
  const decision = await hitRequestLimit(LIMITS.import, request, viewer.id);
  if (!decision.allowed) {
    refused(429, "rate-limited");
    const message = `Too many imports in a minute. Wait ${decision.retryAfter} seconds, then try again.`;
    return tooManyRequestsJson(decision, message);
  }
  return viewer;
}

/** The multipart form, read no further than the limit (a chunked upload has no Content-Length). */
async function readForm(
  request: Request,
  refused: (status: number, reason: string) => void,
): Promise<FormData | Response> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType)) {
    refused(415, "content-type");
    return refuse(415, "Send the files as multipart/form-data, as the import form does.");
  }
  const body = await readCapped(request, IMPORT_REQUEST_BYTES);
  if (body === "too-large") {
    refused(413, "body");
    return refuse(413, TOO_LARGE);
  }
  const parse = () =>
    new Response(body as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": contentType } }).formData();
  const form = body === "interrupted" ? null : await parse().catch(() => null);
  if (!form) {
    refused(400, "unreadable-form");
    return refuse(
      400,
      "The upload could not be read (it was cut off or is not a valid form). Choose your files again.",
    );
  }
  return form;
}

/** Preview or import, through the shared schema and the data layer; the status says what happened. */
async function run(viewer: Viewer, form: FormData, log: Logger): Promise<Response> {
  const intent = form.get("intent");
  if (intent !== "preview" && intent !== "import") {
    log.info({ event: "import.refused", status: 400, reason: "intent" }, "import refused");
    const fieldErrors = { intent: ['Send intent "preview" or "import".'] };
    return answer(400, { ok: false, formError: "Say whether to preview or import the files.", fieldErrors });
  }
  const input = { mode: form.get("mode") ?? undefined, files: uploadedFiles(form) };
  if (intent === "preview") {
    const t = await requestTranslator({ viewer });
    const preview = async (_viewer: Viewer, upload: ImportUpload) =>
      previewInWords(await previewImport(viewer, await uploadsOf(upload), { mode: upload.mode }), t);
    const { result, status } = await runMutation(importUploadSchema, input, preview, { viewer, unlimited: true });
    if (result.ok)
      log.info(
        { event: "import.previewed", files: input.files.length, errors: result.data?.counts.errors },
        "import previewed",
      );
    return answer(status, result);
  }
  const { result, status } = await runMutation(importUploadSchema, input, save, { viewer, unlimited: true });
  if (result.ok && result.data) {
    log.info({ event: "import.saved", files: input.files.length, weeks: result.data.weeks.length }, "import saved");
    // The dashboard and each imported week show the new rows at once.
    revalidatePath("/");
    for (const week of result.data.weeks) revalidatePath(`/weeks/${week.weekId}`);
  }
  return answer(status, result);
}

/** Saves the files, or (nothing written) a 400 naming each file that cannot be imported. */
async function save(viewer: Viewer, upload: ImportUpload) {
  const result = await importWorklog(viewer, await uploadsOf(upload), { mode: upload.mode });
  if (result.saved) return { weeks: result.weeks };
  throw new ValidationError({ files: fileProblems(result.preview) });
}

function fileProblems(preview: ImportPreview): string[] {
  return preview.files
    .filter((file) => file.status === "error")
    .map((file) =>
      say("importProblems.file", { name: file.name, problem: file.message ?? say("importProblems.cannotImport") }),
    );
}

/** An Origin header, when present, must be this app's (AUTH_URL's, else the host the request came to). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const expected = appOrigin();
  if (expected) return origin === expected;
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false; // "null" (a sandboxed frame) and other non-URLs
  }
}

/** The body, unless it runs past `max` bytes (then reading stops) or the client goes away. */
async function readCapped(
  request: Request,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | "too-large" | "interrupted"> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        return "too-large";
      }
      chunks.push(value);
    }
  } catch {
    return "interrupted";
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The form's files; an empty file input sends one nameless empty file, which is no file. */
function uploadedFiles(form: FormData): FormDataEntryValue[] {
  return form.getAll("files").filter((file) => typeof file === "string" || file.name !== "" || file.size > 0);
}

async function uploadsOf({ files }: ImportUpload): Promise<UploadedFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
