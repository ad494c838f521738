import "server-only";
import { z } from "zod";
import { fieldErrorsOf, type ActionResult } from "@/lib/schemas/action-result";
import { isConnectionError, markDatabaseDown } from "./database-probe";
import { isDataError, ValidationError } from "./data/errors";
import { requestLog } from "./log";

/**
 * The one way server actions run: parse the input with the shared schema, call the data layer
 * (the caller's `run` also looks up who is asking, with requireRole, so that a database outage
 * there is answered like one anywhere else), and turn what can go wrong into an answer the form
 * shows (field errors or one message). Nothing is written when parsing fails; the data layer
 * writes in one transaction or not at all.
 */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // Paths and codes only: the values may be worklog text.
    (await requestLog()).info(
      { event: "action.invalid", fields: parsed.error.issues.map((i) => i.path.join(".")) },
      "action input refused",
    );
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: "Check the highlighted fields." };
  }
  try {
    const data = await run(parsed.data);
    return { ok: true, data };
  } catch (error) {
    if (isDataError(error)) {
      (await requestLog()).info({ event: "action.refused", reason: error.name }, "action refused");
      return error instanceof ValidationError
        ? { ok: false, fieldErrors: error.fieldErrors, formError: error.message }
        : { ok: false, formError: error.message };
    }
    // redirect() and notFound() signal by throwing: let them through.
    if (isNextSignal(error)) throw error;
    if (isConnectionError(error)) {
      // Caught mid-flight by a database restart: the next requests get the 503 page at once.
      markDatabaseDown();
      (await requestLog()).warn({ event: "action.database-unreachable" }, "action failed: database unreachable");
      return { ok: false, formError: "That did not save: the database is restarting. Try again in a few seconds." };
    }
    // Name and code only: a database error's message can quote the values written (worklog text).
    (await requestLog()).error(
      { event: "action.failed", err: { name: (error as Error)?.name, code: (error as { code?: string })?.code } },
      "action failed",
    );
    return { ok: false, formError: "That did not save: something went wrong on our side. Try again in a moment." };
  }
}

function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
