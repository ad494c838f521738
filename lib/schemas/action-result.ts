import type { z } from "zod";

/** What a form's server action answers: field errors next to fields, or one message for the form. */
export type ActionResult<T = undefined> =
  { ok: true; data?: T; message?: string } | { ok: false; formError?: string; fieldErrors?: Record<string, string[]> };

/** Field errors keyed by dotted path ("tasks.2.text"), as forms show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
