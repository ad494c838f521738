"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { inWords, type Translate } from "@/lib/i18n/said";
import { fieldErrorsOf } from "@/lib/schemas/action-result";
import { importUploadSchema, type ImportMode } from "@/lib/schemas/import";
import type { ImportPreview } from "@/lib/worklog/import/types";
import { postUpload, type Answers, type Intent, type SavedWeeks } from "./post-upload";

/**
 * The import's state: the chosen files and mode, the preview of what they would do, the errors,
 * the weeks saved. Choosing files or a mode previews them again; `confirm` imports them.
 */
export function useImport() {
  const router = useRouter();
  const upload = useUpload();
  const [files, setFiles] = useState<File[]>([]);
  const [mode, setMode] = useState<ImportMode>("skip");
  const [saved, setSaved] = useState<SavedWeeks | null>(null);
  // A new key empties the file input once its files are imported.
  const [inputKey, setInputKey] = useState(0);

  const runPreview = (chosen: File[], chosenMode: ImportMode) => {
    setSaved(null);
    upload.previewFiles(chosen, chosenMode);
  };
  const chooseFiles = (chosen: File[]) => {
    setFiles(chosen);
    runPreview(chosen, mode);
  };
  const chooseMode = (chosen: ImportMode) => {
    setMode(chosen);
    runPreview(files, chosen);
  };
  const confirm = () => {
    upload.importFiles(files, mode, (weeks) => {
      setSaved(weeks);
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
    if (chosen.length > 0) chooseFiles(chosen);
  });
  useEffect(() => previewChosenEarly.current(), []);

  const { preview, errors, pending, importing } = upload;
  return { mode, preview, errors, saved, input, inputKey, pending, importing, chooseFiles, chooseMode, confirm };
}

/**
 * Requests to the import route, of which only the latest counts: a preview of the files (nothing
 * saved) or their import, the preview to show, the errors to show, and whether one is under way.
 */
function useUpload() {
  const t = useTranslations("import.upload");
  // The shared schema's messages are said keys (lib/i18n/said.ts): put in the reader's words here.
  const inReadersWords = useTranslations() as unknown as Translate;
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
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
      setErrors(
        Object.values(fieldErrorsOf(checked.error))
          .flat()
          .map((message) => inWords(inReadersWords, message)),
      );
      return;
    }
    startTransition(async () => {
      const { status, result } = await postUpload(sent, chosen, chosenMode, {
        offline: t("offline"),
        restarting: t("restarting"),
        unexpected: (status) => t("unexpected", { status }),
      });
      if (request !== latest.current) return;
      if (result.ok && result.data) onDone(result.data);
      else if (!result.ok) {
        // A failed preview says nothing about these files, nor does an import the files themselves
        // failed (400, 413); any other failed import keeps the preview to retry from.
        if (sent === "preview" || status === 400 || status === 413) setPreview(null);
        setErrors([
          ...Object.values(result.fieldErrors ?? {}).flat(),
          ...(result.fieldErrors ? [] : [result.formError ?? t("failed")]),
        ]);
      }
    });
  };

  return {
    preview,
    errors,
    pending,
    importing: pending && intent === "import",
    previewFiles: (chosen: File[], chosenMode: ImportMode) => {
      setIntent("preview");
      if (chosen.length === 0) {
        latest.current++;
        setPreview(null);
        setErrors([]);
        return;
      }
      send("preview", chosen, chosenMode, setPreview);
    },
    importFiles: (chosen: File[], chosenMode: ImportMode, onSaved: (weeks: SavedWeeks) => void) => {
      setIntent("import");
      send("import", chosen, chosenMode, (result) => {
        setPreview(null);
        onSaved(result.weeks);
      });
    },
  };
}
