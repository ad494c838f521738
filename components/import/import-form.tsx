"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/week/form-bits";
import { fieldErrorsOf, type ActionResult } from "@/lib/schemas/action-result";
import { importUploadSchema, type IMPORT_LIMITS, type ImportMode } from "@/lib/schemas/import";
import type { ImportPreview, ImportResult } from "@/lib/server/data/worklog-io";
import { ImportPreviewView } from "./import-preview";

type Saved = Extract<ImportResult, { saved: true }>["weeks"];
type Intent = "preview" | "import";
interface Answers {
  preview: ImportPreview;
  import: { weeks: Saved };
}

/**
 * Posts the files to the import route and reads its answer; never throws. A failed request gets
 * the server's own message when it sent one, else a message that says what to do.
 */
async function post<I extends Intent>(
  intent: I,
  files: File[],
  mode: ImportMode,
): Promise<{ status: number; result: ActionResult<Answers[I]> }> {
  const data = new FormData();
  data.set("intent", intent);
  data.set("mode", mode);
  for (const file of files) data.append("files", file);
  let response: Response;
  try {
    // A redirect means no session cookie at all (proxy.ts sends those to sign-in): do not follow it with the files.
    response = await fetch("/import/upload", {
      method: "POST",
      body: data,
      redirect: "manual",
      headers: { Accept: "application/json" },
    });
  } catch {
    return { status: 0, result: { ok: false, formError: "The upload failed: check your connection and try again." } };
  }
  if (response.type === "opaqueredirect") {
    return {
      status: 401,
      result: {
        ok: false,
        formError: "You are signed out. Reload the page to sign in again, then choose your files again.",
      },
    };
  }
  // The route answers every outcome with an ActionResult (its 429 says how long to wait); anything
  // else (a proxy's error page, a crash) gets a message of our own.
  const body = (await response.json().catch(() => null)) as ActionResult<Answers[I]> | null;
  if (response.ok && body?.ok) return { status: response.status, result: body };
  if (!response.ok && body?.ok === false && (body.formError || body.fieldErrors))
    return { status: response.status, result: body };
  if (response.status === 503)
    return { status: 503, result: { ok: false, formError: "Worklog is restarting. Try again in a few seconds." } };
  return {
    status: response.status,
    result: {
      ok: false,
      formError: `That did not work: the server answered in an unexpected way (HTTP ${response.status}). Try again in a moment.`,
    },
  };
}

/**
 * Choose files -> preview (nothing saved) -> confirm. The files stay in the browser and are sent
 * again on confirm, so the server reads and checks them again rather than trusting the preview.
 */
export function ImportForm({ limits }: { limits: typeof IMPORT_LIMITS }) {
  const id = useId();
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [mode, setMode] = useState<ImportMode>("skip");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [pending, startTransition] = useTransition();
  const [intent, setIntent] = useState<Intent>("preview");
  // Only the answer to the latest request counts (files may change while a preview runs).
  const latest = useRef(0);

  const send = <I extends Intent>(
    sent: I,
    chosen: File[],
    chosenMode: ImportMode,
    onDone: (data: Answers[I]) => void,
  ) => {
    const request = ++latest.current;
    setErrors([]);
    // The shared schema first: a file over the limits is refused before it is uploaded.
    const checked = importUploadSchema.safeParse({ mode: chosenMode, files: chosen });
    if (!checked.success) {
      setPreview(null);
      setErrors(Object.values(fieldErrorsOf(checked.error)).flat());
      return;
    }
    startTransition(async () => {
      const { status, result } = await post(sent, chosen, chosenMode);
      if (request !== latest.current) return;
      if (result.ok && result.data) onDone(result.data);
      else if (!result.ok) {
        // A failed preview says nothing about these files, nor does an import the files themselves
        // failed (400, 413); any other failed import keeps the preview to retry from.
        if (sent === "preview" || status === 400 || status === 413) setPreview(null);
        setErrors([
          ...Object.values(result.fieldErrors ?? {}).flat(),
          ...(result.fieldErrors ? [] : [result.formError ?? "That did not work. Try again."]),
        ]);
      }
    });
  };

  const runPreview = (chosen: File[], chosenMode: ImportMode) => {
    setSaved(null);
    setIntent("preview");
    if (chosen.length === 0) {
      latest.current++;
      setPreview(null);
      setErrors([]);
      return;
    }
    send("preview", chosen, chosenMode, setPreview);
  };

  const confirm = () => {
    setIntent("import");
    send("import", files, mode, (result) => {
      setSaved(result.weeks);
      setPreview(null);
      setFiles([]);
      setInputKey((key) => key + 1);
      // The page's own list of weeks ("You have weeks 1, 2, 3") is server-rendered: fetch it again.
      router.refresh();
    });
  };

  // Files chosen before the page was interactive (a slow connection): no change event reached
  // React, so look once when it is.
  const input = useRef<HTMLInputElement>(null);
  const previewChosenEarly = useRef(() => {
    const chosen = Array.from(input.current?.files ?? []);
    if (chosen.length === 0) return;
    setFiles(chosen);
    runPreview(chosen, mode);
  });
  useEffect(() => previewChosenEarly.current(), []);

  const toSave = preview ? preview.counts.create + preview.counts.replace : 0;
  const importing = pending && intent === "import";
  const busy = pending ? (importing ? "Importing…" : "Reading your files…") : null;

  return (
    <div className="space-y-4">
      <section
        aria-labelledby={`${id}-choose`}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id={`${id}-choose`} className="sr-only">
          Choose files
        </h2>
        <div className="space-y-5">
          <div>
            <label htmlFor={`${id}-files`} className="block font-medium">
              Worklog pages
            </label>
            <p id={`${id}-files-hint`} className="mt-0.5 text-sm text-slate-600">
              Week pages (<code className="font-mono">_index.md</code>, <code className="font-mono">_index.vi.md</code>
              ), or a .zip of your <code className="font-mono">content/1-Worklog</code> folder. At most {limits.files}{" "}
              files, {limits.pageBytes / 1_000_000} MB a page, {limits.uploadBytes / 1_000_000} MB in all.
            </p>
            <input
              key={inputKey}
              ref={input}
              id={`${id}-files`}
              name="files"
              type="file"
              multiple
              accept=".md,.markdown,.zip,text/markdown,application/zip"
              aria-describedby={`${id}-files-hint`}
              onChange={(event) => {
                const chosen = Array.from(event.target.files ?? []);
                setFiles(chosen);
                runPreview(chosen, mode);
              }}
              className="mt-2 block w-full text-sm file:mr-3 file:min-h-10 file:cursor-pointer file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:font-medium file:text-slate-800 hover:file:bg-slate-100"
            />
          </div>
          <fieldset>
            <legend className="font-medium">Weeks you already have</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {(
                [
                  { value: "skip", label: "Skip them", hint: "Your weeks stay as they are." },
                  {
                    value: "replace",
                    label: "Replace them",
                    hint: "With the uploaded page. Review comments stay; submitted and approved weeks are never replaced.",
                  },
                ] as const
              ).map((option) => (
                <label
                  key={option.value}
                  className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="mode"
                    value={option.value}
                    checked={mode === option.value}
                    onChange={() => {
                      setMode(option.value);
                      runPreview(files, option.value);
                    }}
                    className="mt-1 accent-brand-600"
                  />
                  <span>
                    <span className="block font-medium">{option.label}</span>
                    <span className="block text-sm text-slate-600">{option.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </section>

      <div role="status" aria-live="polite" className="min-h-6 text-sm text-slate-600">
        {busy ? (
          <span className="inline-flex items-center gap-2">
            <span
              className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
              aria-hidden
            />
            {busy}
          </span>
        ) : saved ? (
          <SavedMessage saved={saved} />
        ) : null}
      </div>
      {errors.length > 0 ? <FormMessage message={errors.join(" ")} /> : null}

      {preview ? (
        <>
          <ImportPreviewView preview={preview} />
          <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
            <button
              type="button"
              onClick={confirm}
              disabled={pending || !preview.ok || toSave === 0}
              className="inline-flex min-h-10 items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {importing ? (
                <span
                  className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
                  aria-hidden
                />
              ) : null}
              {importing ? "Importing…" : `Import ${toSave} ${toSave === 1 ? "week" : "weeks"}`}
            </button>
            <span className="text-sm text-slate-600">
              {!preview.ok
                ? "Fix or leave out the files with errors, then choose the files again. Nothing is saved until every file can be read."
                : toSave === 0
                  ? "Nothing to import: every week in these files is skipped."
                  : "All weeks are saved together, or none."}
            </span>
          </div>
        </>
      ) : null}
    </div>
  );
}

function SavedMessage({ saved }: { saved: Saved }) {
  if (saved.length === 0) return <span>Nothing was imported: every week was skipped.</span>;
  return (
    <span className="block rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">
      Imported {saved.length} {saved.length === 1 ? "week" : "weeks"}:{" "}
      {saved.map((week, i) => (
        <span key={week.weekId}>
          {i > 0 ? ", " : ""}
          <Link href={`/weeks/${week.weekId}`} className="font-medium underline">
            Week {week.number}
          </Link>
          {week.action === "replace" ? " (replaced)" : ""}
        </span>
      ))}
      .
    </span>
  );
}
