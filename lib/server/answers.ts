import "server-only";
// The one mapper from what the data layer throws to what each caller needs: an action's
// ActionResult (lib/server/action.ts), a page's 404 (`orNotFound`), an HTTP status for route
// handlers (downloads, the import upload). Data errors say what to do; a lost database is a 503 that
// marks it down (so the next requests get the "back in a moment" page at once); anything else is a
// bug of ours, answered without its message (which can quote worklog text) and logged by kind only.
import { notFound } from "next/navigation";
import { say } from "@/lib/i18n/said";
import { isConnectionError, markDatabaseDown } from "./database-probe";
import type { StaleEdit } from "@/lib/schemas/action-result";
import { ConflictError, ForbiddenError, NotFoundError, StaleEditError, ValidationError } from "./data/errors";

export interface ErrorAnswer {
  status: 400 | 403 | 404 | 409 | 500 | 503;
  /** One message for the person, in words they can act on (said: lib/i18n/said.ts). */
  message: string;
  fieldErrors?: Record<string, string[]>;
  stale?: StaleEdit;
  /** For the log: the error's kind, never its message. */
  reason: string;
}

export const DATABASE_RESTARTING = say("errors.databaseRestarting");
const OUR_FAULT = say("errors.ourFault");

export function answerFor(error: unknown): ErrorAnswer {
  if (error instanceof ValidationError) {
    return { status: 400, message: error.message, fieldErrors: error.fieldErrors, reason: error.name };
  }
  if (error instanceof NotFoundError) return { status: 404, message: error.message, reason: error.name };
  if (error instanceof ForbiddenError) return { status: 403, message: error.message, reason: error.name };
  if (error instanceof StaleEditError) {
    return { status: 409, message: error.message, stale: error.stale, reason: error.name };
  }
  if (error instanceof ConflictError) return { status: 409, message: error.message, reason: error.name };
  if (isConnectionError(error)) {
    markDatabaseDown();
    return { status: 503, message: DATABASE_RESTARTING, reason: "database-unreachable" };
  }
  const kind = error as { name?: unknown; code?: unknown } | null;
  return { status: 500, message: OUR_FAULT, reason: `${String(kind?.name ?? "Error")}:${String(kind?.code ?? "")}` };
}

/** redirect() and notFound() signal by throwing: whoever maps errors lets them through. */
export function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}

/**
 * A page's data, or the 404 page when it is not there or not the viewer's (both answer alike, so
 * nobody learns that another intern's week exists). Other errors go to the error page.
 */
export async function orNotFound<T>(data: Promise<T>): Promise<T> {
  try {
    return await data;
  } catch (error) {
    const { status } = isNextSignal(error) ? { status: 0 } : answerFor(error);
    if (status === 404 || status === 403) notFound();
    throw error;
  }
}
