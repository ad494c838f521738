"use client";

import Link from "next/link";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form";
import { sizeInWords, type IMPORT_LIMITS, type ImportMode } from "@/lib/schemas/import";
import type { ImportPreview } from "@/lib/worklog/import/types";
import { ImportPreviewView } from "./import-preview";
import type { SavedWeeks } from "./post-upload";
import { useImport } from "./use-import";

const MODES = [
  { value: "skip", label: "skip", hint: "skipHint" },
  { value: "replace", label: "replace", hint: "replaceHint" },
] as const;

const code = (chunks: React.ReactNode) => <code className="font-mono">{chunks}</code>;

/**
 * Choose files -> preview (nothing saved) -> confirm. The files stay in the browser and are sent
 * again on confirm, so the server reads and checks them again rather than trusting the preview.
 */
export function ImportForm({ limits }: { limits: typeof IMPORT_LIMITS }) {
  const id = useId();
  const t = useTranslations("import.form");
  const { mode, preview, errors, saved, input, inputKey, pending, importing, chooseFiles, chooseMode, confirm } =
    useImport();
  const busy = pending ? (importing ? t("importing") : t("reading")) : null;
  return (
    <div className="space-y-4">
      <section
        aria-labelledby={`${id}-choose`}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id={`${id}-choose`} className="sr-only">
          {t("choose")}
        </h2>
        <div className="space-y-5">
          <div>
            <label htmlFor={`${id}-files`} className="block font-medium">
              {t("files")}
            </label>
            <p id={`${id}-files-hint`} className="mt-0.5 text-sm text-slate-600">
              {t.rich("filesHint", {
                code,
                files: limits.files,
                pageSize: sizeInWords(limits.pageBytes),
                uploadSize: sizeInWords(limits.uploadBytes),
              })}
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
              onChange={(event) => chooseFiles(Array.from(event.target.files ?? []))}
              className="mt-2 block w-full text-sm file:mr-3 file:min-h-10 file:cursor-pointer file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-4 file:py-2 file:font-medium file:text-slate-800 hover:file:bg-slate-100"
            />
          </div>
          <ModeChoice mode={mode} onChoose={chooseMode} />
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
          <ConfirmBar preview={preview} pending={pending} importing={importing} onConfirm={confirm} />
        </>
      ) : null}
    </div>
  );
}

/** What to do with weeks the intern already has: skip or replace them. */
function ModeChoice({ mode, onChoose }: { mode: ImportMode; onChoose: (mode: ImportMode) => void }) {
  const t = useTranslations("import.form");
  return (
    <fieldset>
      <legend className="font-medium">{t("existing")}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {MODES.map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="mode"
              value={option.value}
              checked={mode === option.value}
              onChange={() => onChoose(option.value)}
              className="mt-1 accent-brand-600"
            />
            <span>
              <span className="block font-medium">{t(option.label)}</span>
              <span className="block text-sm text-slate-600">{t(option.hint)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Under the preview: the button that imports the weeks, and what it will do (or why it cannot). */
function ConfirmBar({
  preview,
  pending,
  importing,
  onConfirm,
}: {
  preview: ImportPreview;
  pending: boolean;
  importing: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("import.form");
  const toSave = preview.counts.create + preview.counts.replace;
  return (
    <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
      <button
        type="button"
        onClick={onConfirm}
        disabled={pending || !preview.ok || toSave === 0}
        className="inline-flex min-h-10 items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {importing ? (
          <span className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden />
        ) : null}
        {importing ? t("importing") : t("confirm", { count: toSave })}
      </button>
      <span className="text-sm text-slate-600">
        {!preview.ok ? t("hasErrors") : toSave === 0 ? t("nothingToImport") : t("allOrNone")}
      </span>
    </div>
  );
}

function SavedMessage({ saved }: { saved: SavedWeeks }) {
  const t = useTranslations("import.form");
  if (saved.length === 0) return <span>{t("nothingImported")}</span>;
  return (
    <span className="block rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-emerald-900">
      {t("imported", { count: saved.length })}{" "}
      {saved.map((week, i) => (
        <span key={week.weekId}>
          {i > 0 ? ", " : ""}
          <Link href={`/weeks/${week.weekId}`} className="font-medium underline">
            {t("importedWeek", { number: week.number })}
          </Link>
          {week.action === "replace" ? ` ${t("replaced")}` : ""}
        </span>
      ))}
      .
    </span>
  );
}
