/**
 * The domain model of one week's worklog page (content/1-Worklog/1.N-WeekN/_index[.vi].md).
 *
 * Everything here is plain JSON: weeks are stored in Postgres JSON columns and handed to
 * client components, so no classes, Dates, Maps or undefined-in-arrays.
 */

export const WORKLOG_LANGS = ["en", "vi"] as const;
export type WorklogLang = (typeof WORKLOG_LANGS)[number];

export interface WorklogTask {
  /** Inline Markdown of the task, without the leading "- ". */
  text: string;
  /** The "&emsp; + ..." lines written under the task (text only). */
  subItems: string[];
  /** FCJ module codes named in `text`, e.g. "05-03" (see findModuleCodes). */
  moduleCodes: string[];
}

export interface WorklogDay {
  /** The Day cell as written: "Mon", "2", "CN", "6-7", "Day 1"... */
  label: string;
  /** ISO YYYY-MM-DD. */
  startDate?: string;
  endDate?: string;
  /** The date cells exactly as written when imported ("10/18-19/2025", "TBD"...). */
  startText?: string;
  endText?: string;
  references: string[];
  tasks: WorklogTask[];
}

export interface WorklogFrontMatter {
  title: string;
  /** As written: usually ISO, but imported pages may hold leftovers such as "`r Sys.Date()`". */
  date?: string;
  weight?: number;
  chapter?: boolean;
  pre?: string;
  /** Any other front-matter keys, kept for export. */
  extra?: Record<string, unknown>;
}

/** The parts of the page that hold week data; everything else in a layout is kept as written. */
export type WorklogSlot = "objectives" | "tasks" | "achievements";

/**
 * One block of an imported page, in page order. Blocks are joined by blank lines;
 * `gap` is the number of line breaks before the block when it was not the usual 2.
 */
export type WorklogLayoutBlock =
  | { kind: "heading"; depth: number; text: string; role?: WorklogSlot; gap?: number }
  | { kind: "markdown"; markdown: string; gap?: number }
  | { kind: WorklogSlot; gap?: number }
  | { kind: "extra"; index: number; depth: number; gap?: number };

export interface WorklogListLayout {
  /** "-", "*" or "+" for bullets; "." or ")" for ordered lists. */
  marker: "-" | "*" | "+" | "." | ")";
  /** Spaces after the marker when not one ("*   item"). */
  spacing?: number;
  /** First number of an ordered list. */
  start?: number;
  /** Blank lines between items. */
  spread?: boolean;
  /** Trailing spaces after every item but the last (interns often end lines with two spaces). */
  trailing?: string;
  lastTrailing?: string;
}

export type WorklogColumnRole = "day" | "tasks" | "start" | "end" | "date" | "references" | "other";

export interface WorklogTableLayout {
  columns: { role: WorklogColumnRole; header: string; align?: "left" | "right" | "center" }[];
  /** Text of the cells of "other" columns, per row (row order = day order). */
  otherCells?: string[][];
  /** Bullet written before each task: "- ", "* ", "+ " or "" (none). */
  taskMarker: string;
  /** Tasks written without the marker in a table that otherwise uses one. */
  unmarkedTasks?: string[];
  /** What joins tasks: " <br> ", "<br>", "<br/>"... */
  taskSeparator: string;
  /** What comes before a sub-item: "<br>" or " <br>"... */
  subItemSeparator: string;
  /** What starts a sub-item: "&emsp; + " and friends. */
  subItemPrefix: string;
  referenceSeparator: string;
  /** Links were written as bare URLs rather than <https://...>. */
  bareUrls?: boolean;
  /** How ambiguous dates such as 06/10/2025 were read. */
  dateOrder: "dmy" | "mdy";
  /** Pattern for new dates: DD, D, MM, M, YYYY, YY and separators, e.g. "DD/MM/YYYY". */
  dateFormat: string;
  /** What the day labels are: weekdays, day numbers ("1".."7", "Day 1"), or made up at import. */
  dayLabels: "weekday" | "numbered" | "generated";
}

/**
 * What an imported page looked like, so exporting it again in its language reproduces it.
 *
 * The page is a list of blocks in page order: headings and anything we do not model (notices,
 * notes, "---" separators, an HTML table) are kept verbatim; the three slots are rewritten from
 * the week's data using the list/table styles recorded here; "extra" blocks point into
 * `week.extraSections`. Data the page had no place for is added where the template puts it.
 */
export interface WorklogLayout {
  lang: WorklogLang;
  /** The week number the headings were written for (headings are renumbered if it changes). */
  number: number;
  /** YAML between the front-matter fences, as written. */
  frontMatter?: string;
  /** The closing fence when it was not "---". */
  frontMatterFence?: string;
  blocks: WorklogLayoutBlock[];
  objectives?: WorklogListLayout;
  achievements?: WorklogListLayout;
  table?: WorklogTableLayout;
}

export interface WorklogWeek {
  number: number;
  lang?: WorklogLang;
  frontMatter: WorklogFrontMatter;
  objectives: string[];
  days: WorklogDay[];
  achievements: string[];
  extraSections: { heading: string; markdown: string }[];
  layout?: WorklogLayout;
}

// Module codes: "Module 05-03" (any 1-2 digit pair) or a bare "05-03". Bare codes need the
// leading zero FCJ uses for modules 01-09, so "10-18" (a date fragment) is not a module.
const CODE_PAIR = /(?<![\p{L}\p{N}/.\-])(\d{1,2})-(\d{1,2})(?![\p{N}/\-]|\.\d)/gu;
const MODULE_WORD = /(?:module|mô-đun|mô đun|modul)\s*[#:]?\s*$/iu;

export function findModuleCodes(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(CODE_PAIR)) {
    const [whole, module = "", lesson = ""] = match;
    const named = MODULE_WORD.test(text.slice(Math.max(0, match.index - 16), match.index));
    const bare = /^0[1-9]$/.test(module) && lesson.length === 2;
    if (!named && !bare) continue;
    const code = `${module.padStart(2, "0")}-${lesson.padStart(2, "0")}`;
    if (whole && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** Monday-first weekday labels as each template writes them. */
export const WEEKDAY_LABELS: Record<WorklogLang, readonly string[]> = {
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  vi: ["2", "3", "4", "5", "6", "7", "CN"],
};
