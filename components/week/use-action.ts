"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/schemas/action-result";

/** Runs a server action from an editor: pending state, field errors and one form message. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const run = (input: I, onSuccess?: (data: T | undefined) => void) => {
    startTransition(async () => {
      try {
        const next = await action(input);
        setResult(next);
        if (next.ok) onSuccess?.(next.data);
      } catch {
        setResult({ ok: false, formError: "That did not save: the connection failed. Try again." });
      }
    });
  };
  const fieldError = (path: string) => (result && !result.ok ? result.fieldErrors?.[path]?.[0] : undefined);
  const formError = result && !result.ok ? result.formError : undefined;
  return { run, pending, result, fieldError, formError, reset: () => setResult(null) };
}
