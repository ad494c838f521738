import "server-only";
import { say } from "@/lib/i18n/said";
import type { StaleEdit } from "@/lib/schemas/action-result";
import type { Thing } from "@/lib/schemas/things";

/**
 * Not there, or not yours to see: the same answer either way, so that nobody learns that another
 * intern's week exists. Pages turn it into a 404.
 */
export type { Thing } from "@/lib/schemas/things";

export class NotFoundError extends Error {
  constructor(what: Thing = "page") {
    super(say("errors.notFound", { what: say(`errors.things.${what}`) }));
    this.name = "NotFoundError";
  }
}

/** You may see it but not do this (a mentor editing an intern's task, an intern approving). */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The request is understood but the thing's state does not allow it (editing an approved week). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

/** A save based on an older version than the stored one: nothing is saved, and what is there now is told. */
export class StaleEditError extends ConflictError {
  constructor(readonly stale: StaleEdit) {
    super(say("errors.staleEdit"));
    this.name = "StaleEditError";
  }
}

/** Input that passed the schema but not the data (a module code that does not exist, a day outside the week). */
export class ValidationError extends Error {
  constructor(public readonly fieldErrors: Record<string, string[]>) {
    super(Object.values(fieldErrors).flat()[0] ?? say("errors.checkFields"));
    this.name = "ValidationError";
  }
}

export type DataError = NotFoundError | ForbiddenError | ConflictError | ValidationError;

export function isDataError(error: unknown): error is DataError {
  return (
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof ConflictError ||
    error instanceof ValidationError
  );
}
