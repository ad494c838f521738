/**
 * Worklog pages <-> WorklogWeek.
 *
 * Import (parseWorklog) accepts the many ways interns wrote their FCJ worklog pages and records
 * what the page looked like in `week.layout`; export (renderWorklog) writes the standard
 * template, or reproduces an imported page's own layout when exporting in its language.
 * Pure functions: no I/O, usable on the server and in client components. The work is done in
 * lib/worklog/markdown/ (parse.ts reads, render.ts writes); this module is what the rest imports.
 */
export { WorklogParseError, type WorklogParseErrorCode } from "./markdown/errors";
export { defaultFrontMatter } from "./markdown/front-matter";
export { checkPageText, MAX_WORKLOG_BYTES, parseWorklog } from "./markdown/parse";
export { renderWorklog } from "./markdown/render";
export { localizeDayLabel } from "./markdown/weekdays";
