"use client";

import { useState } from "react";

/** What the button says, in the reader's language (the page passes its messages). */
export interface CopyWords {
  /** The button, before copying. */
  label: string;
  /** The button, once copied. */
  copied: string;
  /** Announced once copied. */
  copiedStatus: string;
  /** Announced when the browser refuses. */
  failed: string;
}

/** Copies `text` to the clipboard and says so (or says to select it by hand when the browser refuses). */
export function CopyButton({ text, words }: { text: string; words: CopyWords }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
        className="inline-flex min-h-10 items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
      >
        {state === "copied" ? words.copied : words.label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-slate-600">
        {state === "copied" ? words.copiedStatus : state === "failed" ? words.failed : ""}
      </span>
    </>
  );
}
