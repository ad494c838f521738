export type WorklogParseErrorCode = "not-a-worklog" | "empty" | "too-large" | "invalid-front-matter";

/** An import that cannot go on; `message` tells the user what to fix. */
export class WorklogParseError extends Error {
  readonly code: WorklogParseErrorCode;

  constructor(code: WorklogParseErrorCode, message: string) {
    super(message);
    this.name = "WorklogParseError";
    this.code = code;
  }
}
