"use client";

import { useState } from "react";

/** Copies `text` to the clipboard and says so (or says to select it by hand when the browser refuses). */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
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
        {state === "copied" ? "Copied ✓" : label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-slate-600">
        {state === "copied"
          ? "Copied to the clipboard."
          : state === "failed"
            ? "Your browser did not allow copying: select the Markdown and copy it."
            : ""}
      </span>
    </>
  );
}
