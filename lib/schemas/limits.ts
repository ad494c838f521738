// Size limits of what people write (README.md states them). Separate from the schemas so that
// client components can show them without loading the schemas' Markdown parser.
export const LIMITS = {
  taskText: 500,
  itemText: 1000,
  dayLabel: 40,
  reference: 500,
  referencesPerDay: 10,
  tasksPerDay: 20,
  daysPerWeek: 14,
  itemsPerList: 30,
  subItemsPerTask: 10,
  modulesPerTask: 10,
  comment: 2000,
  /** Weeks approved in one go (a mentor's queue is read 200 at a time). */
  bulkApproveWeeks: 200,
  /** Saved replies a reviewer keeps. */
  savedReplies: 100,
  /** Replies in one thread (the intern can write them: a bound on the week page and on the mentor's mail). */
  repliesPerThread: 50,
  /** Replies admins publish, as offered to every mentor. */
  publishedReplies: 200,
} as const;

/**
 * The largest request a server action accepts: form edits only (a day with every field at its
 * limit is about 1 MB of JSON); imports have their own route and limit (lib/schemas/import.ts).
 * Used by next.config.ts (Next.js's own limit) and proxy.ts, which answers 413 from the declared
 * size before the action runs (Next.js's limit refuses the request, but with a 500).
 */
export const ACTION_BODY_BYTES = 2 * 1024 * 1024;
