import type { z } from "zod";

/**
 * A save refused because what it was based on changed meanwhile (another tab, an import): the
 * version there is now, and what it holds, in words, so the person can reload or keep theirs.
 */
export interface StaleEdit {
  version: number;
  now: string[];
}

/** What a form's server action answers: field errors next to fields, or one message for the form. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; stale?: StaleEdit };

/** Field errors keyed by dotted path ("tasks.2.text"), as forms show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
