/**
 * Import: a worklog page -> WorklogWeek. Accepts the many ways interns wrote their FCJ pages
 * and records what the page looked like in `week.layout`, so that export can reproduce it.
 */
import type { Table } from "mdast";
import type { WorklogFrontMatter, WorklogLang, WorklogLayout, WorklogWeek } from "@/lib/worklog/week";
import { IMPORT_LIMITS, sizeInWords } from "@/lib/schemas/import";
import { WorklogParseError } from "./errors";
import { defaultFrontMatter, readFrontMatter, splitFrontMatter } from "./front-matter";
import { readLayoutBlocks } from "./layout-blocks";
import { findTaskTable, sectionRoles, sectionsOf, warnAboutMissingParts, type SectionRoles } from "./sections";
import { innerSliceOf } from "./source";
import { markdownTree } from "./tree";
import { TEMPLATES, detectLang, weekNumberIn } from "./vocabulary";
import { say } from "@/lib/i18n/said";

/** Larger input is refused before parsing: a worklog page is a few kilobytes (lib/schemas/import.ts). */
export const MAX_WORKLOG_BYTES = IMPORT_LIMITS.pageBytes;

/** Refuses text too large, empty or binary to be a worklog page (WorklogParseError); cheap, linear. */
export function checkPageText(markdown: string): void {
  const tooLarge = () =>
    new WorklogParseError("too-large", say("importProblems.page.tooLarge", { limit: sizeInWords(MAX_WORKLOG_BYTES) }));
  if (markdown.length > MAX_WORKLOG_BYTES) throw tooLarge();
  if (new TextEncoder().encode(markdown).length > MAX_WORKLOG_BYTES) throw tooLarge();
  if (markdown.replace(/^\uFEFF/, "").trim() === "")
    throw new WorklogParseError("empty", say("importProblems.page.empty"));
  const garbage = markdown.match(/[\x00-\x08\x0E-\x1F\uFFFD]/g)?.length ?? 0;
  if (markdown.includes("\0") || garbage > markdown.length * 0.02) {
    throw new WorklogParseError("not-a-worklog", say("importProblems.page.binary"));
  }
}

export function parseWorklog(markdown: string): { week: WorklogWeek; warnings: string[] } {
  checkPageText(markdown);
  const page = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const split = splitFrontMatter(page);
  const front = split.yaml === undefined ? undefined : readFrontMatter(split.yaml);
  const warnings = [...(front?.warnings ?? [])];
  const body = split.body;
  const sections = sectionsOf(markdownTree(body));
  const roles = sectionRoles(sections, body);
  const table = findTaskTable(sections, roles, body);

  const title = front?.values.title;
  if (roles.size === 0 && !table && !(title && /week|tuần|tuan|worklog/i.test(title))) {
    throw new WorklogParseError("not-a-worklog", say("importProblems.page.notWorklog"));
  }

  const { lang, number } = identifyWeek(roles, table, body, front?.values);
  if (number === undefined) warnings.push(say("importProblems.warnings.noWeekNumber"));
  const week = emptyWeek(number ?? 0, lang, front?.values, warnings);

  const layout: WorklogLayout = { lang, number: week.number, blocks: [] };
  if (split.yaml !== undefined) layout.frontMatter = split.yaml;
  if (split.fence && split.fence !== "---") layout.frontMatterFence = split.fence;
  readLayoutBlocks({ body, sections, roles, table, hasFrontMatter: split.yaml !== undefined, warnings }, week, layout);

  warnAboutMissingParts(sections, roles, layout, body, warnings);
  return { week: { ...week, layout }, warnings: [...new Set(warnings)] };
}

/** The page's language and week number, judged from its part headings, table header and title. */
function identifyWeek(
  roles: SectionRoles,
  table: Table | undefined,
  body: string,
  front: Partial<WorklogFrontMatter> | undefined,
): { lang: WorklogLang; number: number | undefined } {
  const title = front?.title;
  const roleHeadings = [...roles.keys()].map((section) => (section.heading ? innerSliceOf(section.heading, body) : ""));
  const tableHeaders = table?.children[0]?.children.map((cell) => innerSliceOf(cell, body)) ?? [];
  const lang = detectLang([...roleHeadings, ...tableHeaders, ...(title ? [title] : [])]);
  // "Week 5 Worklog", "### Mục tiêu tuần 5:", or the menu number in pre: " <b> 1.5. </b> ".
  const number =
    [title ?? "", ...roleHeadings].map(weekNumberIn).find((n) => n !== undefined) ?? menuNumberIn(front?.pre);
  return { lang, number };
}

function menuNumberIn(pre: string | undefined): number | undefined {
  const match = /\b1\.0*(\d{1,2})\b/.exec(pre ?? "");
  return match ? Number(match[1]) : undefined;
}

/** The week before its parts are read: its number, language and front matter. */
function emptyWeek(
  number: number,
  lang: WorklogLang,
  front: Partial<WorklogFrontMatter> | undefined,
  warnings: string[],
): WorklogWeek {
  const week: WorklogWeek = {
    number,
    lang,
    frontMatter: front ? frontMatterOf(front, TEMPLATES[lang].title(number)) : defaultFrontMatter(number, lang),
    objectives: [],
    days: [],
    achievements: [],
    extraSections: [],
  };
  if (!front) {
    warnings.push(say("importProblems.warnings.noFrontMatter"));
  } else if (!front.title) {
    warnings.push(say("importProblems.warnings.noTitle", { title: week.frontMatter.title }));
  }
  return week;
}

/** Front-matter values in the template's key order; the page's own keys only. */
function frontMatterOf(values: Partial<WorklogFrontMatter>, fallbackTitle: string): WorklogFrontMatter {
  const { title = fallbackTitle, date, weight, chapter, pre, extra } = values;
  return {
    title,
    ...(date === undefined ? {} : { date }),
    ...(weight === undefined ? {} : { weight }),
    ...(chapter === undefined ? {} : { chapter }),
    ...(pre === undefined ? {} : { pre }),
    ...(extra === undefined ? {} : { extra }),
  };
}
