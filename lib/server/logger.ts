// The process's one pino logger. No "server-only" marker: proxy.ts logs through it too.
import pino, { type Logger } from "pino";

/**
 * Structured JSON logs, one object per line, each with the request id proxy.ts gives every
 * request. Never log tokens, cookies, passwords or worklog text: log ids, counts and outcomes.
 * The redaction below is a safety net for mistakes, not a licence.
 */
export const log: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "worklog" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      "password",
      "*.password",
      "token",
      "*.token",
      "cookie",
      "*.cookie",
      "headers.cookie",
      "headers.authorization",
      "authorization",
      "secret",
      "*.secret",
      "text",
      "*.text",
      "body",
      "*.body",
    ],
    censor: "[redacted]",
  },
});
