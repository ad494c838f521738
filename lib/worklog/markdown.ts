/**
 * Worklog pages <-> WorklogWeek.
 *
 * Import (parseWorklog) accepts the many ways interns wrote their FCJ worklog pages and records
 * what the page looked like in `week.layout`; export (renderWorklog) writes the standard
 * template, or reproduces an imported page's own layout when exporting in its language.
 * Pure functions: no I/O, usable on the server and in client components.
 */
import type { Heading, Root, RootContent, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type {
  WorklogFrontMatter,
  WorklogLang,
  WorklogLayout,
  WorklogLayoutBlock,
  WorklogSlot,
  WorklogWeek,
} from "@/lib/worklog/week";
import { WorklogParseError } from "./markdown/errors";
import {
  readFrontMatter,
  splitFrontMatter,
  writeFrontMatterInto,
  writeStandardFrontMatter,
} from "./markdown/front-matter";
import { STANDARD_ACHIEVEMENTS_LIST, STANDARD_OBJECTIVES_LIST, readList, writeList } from "./markdown/lists";
import { innerSliceOf } from "./markdown/source";
import { standardTableLayout } from "./markdown/table";
import { isTaskTable, readTable } from "./markdown/table-read";
import { writeTable } from "./markdown/table-write";
import { TEMPLATES, detectLang, renumberHeading, sectionOfHeading, weekNumberIn } from "./markdown/vocabulary";

export { WorklogParseError, type WorklogParseErrorCode } from "./markdown/errors";
export { localizeDayLabel } from "./markdown/weekdays";

/** Larger input is refused before parsing: a worklog page is a few kilobytes. */
export const MAX_WORKLOG_BYTES = 1_000_000;

export function defaultFrontMatter(number: number, lang: WorklogLang): WorklogFrontMatter {
  // The fixture page says weight 1 (a template leftover shared by every week); Hugo orders the
  // menu by weight, then date, then title ("Week 10" before "Week 2"), so the week number it is.
  return { title: TEMPLATES[lang].title(number), weight: number, chapter: false, pre: ` <b> 1.${number}. </b> ` };
}

// ---------------------------------------------------------------------------------------------
// Import

function checkInput(markdown: string): void {
  const tooLarge = () =>
    new WorklogParseError(
      "too-large",
      `This file is larger than ${MAX_WORKLOG_BYTES / 1_000_000} MB; a worklog page is only a few kilobytes. Import the week's _index.md file.`,
    );
  if (markdown.length > MAX_WORKLOG_BYTES) throw tooLarge();
  if (new TextEncoder().encode(markdown).length > MAX_WORKLOG_BYTES) throw tooLarge();
  if (markdown.replace(/^\uFEFF/, "").trim() === "")
    throw new WorklogParseError("empty", "The file is empty. Paste or upload the week's _index.md page.");
  const garbage = markdown.match(/[\x00-\x08\x0E-\x1F\uFFFD]/g)?.length ?? 0;
  if (markdown.includes("\0") || garbage > markdown.length * 0.02) {
    throw new WorklogParseError(
      "not-a-worklog",
      "This file is not text (it looks binary). Import the week's Markdown page, _index.md or _index.vi.md.",
    );
  }
}

interface Section {
  heading?: Heading;
  nodes: RootContent[];
}

function sectionsOf(root: Root): Section[] {
  const sections: Section[] = [{ nodes: [] }];
  for (const node of root.children) {
    if (node.type === "heading") sections.push({ heading: node, nodes: [] });
    else sections[sections.length - 1]?.nodes.push(node);
  }
  return sections;
}

const newlinesIn = (text: string) => text.split("\n").length - 1;

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseWorklog(markdown: string): { week: WorklogWeek; warnings: string[] } {
  checkInput(markdown);
  const page = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const warnings: string[] = [];
  const split = splitFrontMatter(page);
  const front = split.yaml === undefined ? undefined : readFrontMatter(split.yaml);
  warnings.push(...(front?.warnings ?? []));
  const body = split.body;
  const sections = sectionsOf(parser.parse(body));

  // Which heading introduces which part; a second "Objectives" heading is just an extra section.
  const roles = new Map<Section, WorklogSlot>();
  for (const section of sections) {
    const role = section.heading && sectionOfHeading(innerSliceOf(section.heading, body));
    if (role && ![...roles.values()].includes(role)) roles.set(section, role);
  }
  const tasksSection = sections.find((section) => roles.get(section) === "tasks");
  const isTable = (node: RootContent): node is Table => node.type === "table" && isTaskTable(node, body);
  const table = tasksSection?.nodes.find(isTable) ?? sections.flatMap((section) => section.nodes).find(isTable);

  const title = front?.values.title;
  if (roles.size === 0 && !table && !(title && /week|tuần|tuan|worklog/i.test(title))) {
    throw new WorklogParseError(
      "not-a-worklog",
      "This doesn't look like a worklog page: no front matter with a week title and no sections such as \"Week N Objectives\" or a task table. Import the week's _index.md page.",
    );
  }

  const roleHeadings = [...roles.keys()].map((section) => (section.heading ? innerSliceOf(section.heading, body) : ""));
  const tableHeaders = table?.children[0]?.children.map((cell) => innerSliceOf(cell, body)) ?? [];
  const lang = detectLang([...roleHeadings, ...tableHeaders, ...(title ? [title] : [])]);
  // "Week 5 Worklog", "### Mục tiêu tuần 5:", or the menu number in pre: " <b> 1.5. </b> ".
  const number =
    [title ?? "", ...roleHeadings].map(weekNumberIn).find((n) => n !== undefined) ?? menuNumberIn(front?.values.pre);
  if (number === undefined)
    warnings.push("Could not find the week number in the title or headings; set it before saving.");
  const weekNumber = number ?? 0;

  const week: WorklogWeek = {
    number: weekNumber,
    lang,
    frontMatter: front
      ? frontMatterOf(front.values, TEMPLATES[lang].title(weekNumber))
      : defaultFrontMatter(weekNumber, lang),
    objectives: [],
    days: [],
    achievements: [],
    extraSections: [],
  };
  if (!front) {
    warnings.push("The page has no front matter; the template's front matter will be written on export.");
  } else if (!title) {
    warnings.push(`The front matter has no title; "${week.frontMatter.title}" will be used.`);
  }

  const layout: WorklogLayout = { lang, number: weekNumber, blocks: [] };
  if (split.yaml !== undefined) layout.frontMatter = split.yaml;
  if (split.fence && split.fence !== "---") layout.frontMatterFence = split.fence;

  // Blocks, in page order. `cursor` is where the previous block ended, to measure the gaps.
  let cursor = 0;
  let firstGapBonus = split.yaml === undefined ? 0 : 1;
  const push = (block: WorklogLayoutBlock, start: number, end: number) => {
    const gap = newlinesIn(body.slice(cursor, start)) + firstGapBonus;
    const usual = layout.blocks.length === 0 && split.yaml === undefined ? 0 : 2;
    layout.blocks.push(gap === usual ? block : { ...block, gap });
    cursor = end;
    firstGapBonus = 0;
  };
  const start = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset ?? 0;
  const end = (node: { position?: { end: { offset?: number } } }) => node.position?.end.offset ?? 0;
  const pushRaw = (nodes: RootContent[]) => {
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (first && last)
      push({ kind: "markdown", markdown: body.slice(start(first), end(last)) }, start(first), end(last));
  };

  for (const section of sections) {
    const role = roles.get(section);
    const { heading, nodes } = section;
    if (heading && !role && !(table && nodes.includes(table))) {
      // An extra section: its content is kept as Markdown; trailing "---" stay in the layout.
      let last = nodes.length;
      while (last > 0 && nodes[last - 1]?.type === "thematicBreak") last--;
      const content = nodes.slice(0, last);
      const first = content[0];
      const final = content[content.length - 1];
      week.extraSections.push({
        heading: innerSliceOf(heading, body),
        markdown: first && final ? body.slice(start(first), end(final)) : "",
      });
      push(
        { kind: "extra", index: week.extraSections.length - 1, depth: heading.depth },
        start(heading),
        final ? end(final) : end(heading),
      );
      for (const separator of nodes.slice(last)) pushRaw([separator]);
      continue;
    }
    if (heading)
      push(
        { kind: "heading", depth: heading.depth, text: innerSliceOf(heading, body), ...(role ? { role } : {}) },
        start(heading),
        end(heading),
      );

    let raw: RootContent[] = [];
    for (const node of nodes) {
      let slot: WorklogSlot | undefined;
      if (node === table) {
        const read = readTable(node, body, { lang, pageDate: isoDateOf(week.frontMatter.date), warnings });
        week.days = read.days;
        layout.table = read.layout;
        slot = "tasks";
      } else if (node.type === "list" && (role === "objectives" || role === "achievements") && !layout[role]) {
        const read = readList(node, body);
        week[role] = read.items;
        layout[role] = read.layout;
        slot = role;
      }
      if (!slot) {
        raw.push(node);
        continue;
      }
      pushRaw(raw);
      raw = [];
      push({ kind: slot }, start(node), end(node));
    }
    pushRaw(raw);
  }

  warnAboutMissingParts(sections, roles, layout, body, warnings);
  return { week: { ...week, layout }, warnings: [...new Set(warnings)] };
}

function menuNumberIn(pre: string | undefined): number | undefined {
  const match = /\b1\.0*(\d{1,2})\b/.exec(pre ?? "");
  return match ? Number(match[1]) : undefined;
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

/** "2025-09-09" out of a front-matter date or timestamp; nothing out of leftovers. */
function isoDateOf(date: string | undefined): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(date ?? "")?.[0];
}

function warnAboutMissingParts(
  sections: Section[],
  roles: Map<Section, WorklogSlot>,
  layout: WorklogLayout,
  body: string,
  warnings: string[],
) {
  const sectionFor = (slot: WorklogSlot) => [...roles].find(([, role]) => role === slot)?.[0];
  const headingOf = (section: Section) => (section.heading ? innerSliceOf(section.heading, body) : "");
  if (!layout.table) {
    const html = sections.some((section) =>
      section.nodes.some((node) => node.type === "html" && /<table/i.test(node.value)),
    );
    warnings.push(
      html
        ? "The task table is written in HTML, so its days were not imported (it is kept as written). Rewrite it as a Markdown table to import the days."
        : "No task table was found; only the objectives and achievements were imported.",
    );
  }
  for (const slot of ["objectives", "achievements"] as const) {
    const section = sectionFor(slot);
    const name = slot === "objectives" ? "objectives" : "achievements";
    if (!section) warnings.push(`No ${name} section was found.`);
    else if (!layout[slot])
      warnings.push(
        `"${headingOf(section)}" has no bullet list, so no ${name} were imported (the text is kept as written).`,
      );
    else if (section.nodes.filter((node) => node.type === "list").length > 1) {
      warnings.push(
        `Only the first list under "${headingOf(section)}" was imported as ${name}; the rest is kept as written.`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Export

function headingLine(depth: number, text: string): string {
  return `${"#".repeat(Math.min(Math.max(depth, 1), 6))} ${text}`;
}

function fenced(yaml: string, fence = "---"): string {
  return yaml === "" ? `---\n${fence}` : `---\n${yaml}\n${fence}`;
}

/** Title of the other language's template becomes this language's ("Week 5 Worklog" -> "Worklog Tuần 5"). */
function titleFor(frontMatter: WorklogFrontMatter, number: number, lang: WorklogLang): WorklogFrontMatter {
  const standard = Object.values(TEMPLATES).some((template) => template.title(number) === frontMatter.title);
  return standard ? { ...frontMatter, title: TEMPLATES[lang].title(number) } : frontMatter;
}

function renderStandard(week: WorklogWeek, lang: WorklogLang): string {
  const template = TEMPLATES[lang];
  const n = week.number;
  // Day numbers ("1".."7") are not weekdays, so they are not translated.
  const dayLabels = week.layout?.table?.dayLabels === "numbered" ? "numbered" : "weekday";
  const sections = [
    [headingLine(3, template.objectives(n)), writeList(week.objectives, STANDARD_OBJECTIVES_LIST)],
    [
      headingLine(3, template.tasks),
      writeTable(week.days, { ...standardTableLayout(lang), dayLabels }, { template: lang }),
    ],
    [headingLine(3, template.achievements(n)), writeList(week.achievements, STANDARD_ACHIEVEMENTS_LIST)],
    ...week.extraSections.map((section) => [headingLine(3, section.heading), section.markdown]),
  ];
  const body = sections.map((parts) => parts.filter(Boolean).join("\n\n")).join("\n\n---\n\n");
  return `${fenced(writeStandardFrontMatter(titleFor(week.frontMatter, n, lang)))}\n\n${body}\n`;
}

const SEPARATOR = /^(?:-{3,}|\*{3,}|_{3,})$/;

/**
 * A part the imported page did not have, but the week now has data for, is written where the
 * template would put it: under its heading if the page had one, else next to its neighbours.
 */
function withMissingSlots(blocks: WorklogLayoutBlock[], week: WorklogWeek, lang: WorklogLang): WorklogLayoutBlock[] {
  const result = [...blocks];
  const template = TEMPLATES[lang];
  const headings: Record<WorklogSlot, string> = {
    objectives: template.objectives(week.number),
    tasks: template.tasks,
    achievements: template.achievements(week.number),
  };
  const hasData: Record<WorklogSlot, boolean> = {
    objectives: week.objectives.length > 0,
    tasks: week.days.length > 0,
    achievements: week.achievements.length > 0,
  };
  const usesSeparators = result.some((block) => block.kind === "markdown" && SEPARATOR.test(block.markdown.trim()));
  const separator: WorklogLayoutBlock[] = usesSeparators ? [{ kind: "markdown", markdown: "---" }] : [];
  const order: WorklogSlot[] = ["objectives", "tasks", "achievements"];
  const indexOf = (slot: WorklogSlot) =>
    result.findIndex((block) => block.kind === slot || (block.kind === "heading" && block.role === slot));

  for (const [position, slot] of order.entries()) {
    if (!hasData[slot] || result.some((block) => block.kind === slot)) continue;
    const heading = result.findIndex((block) => block.kind === "heading" && block.role === slot);
    const section: WorklogLayoutBlock[] = [
      { kind: "heading", depth: 3, text: headings[slot], role: slot },
      { kind: slot },
    ];
    const previous = order
      .slice(0, position)
      .map((other) => result.findIndex((block) => block.kind === other))
      .filter((i) => i >= 0)
      .pop();
    const next = order
      .slice(position + 1)
      .map(indexOf)
      .find((i) => i >= 0);
    if (heading >= 0) result.splice(heading + 1, 0, { kind: slot });
    else if (previous !== undefined) result.splice(previous + 1, 0, ...separator, ...section);
    else if (next !== undefined) result.splice(next, 0, ...section, ...separator);
    else result.push(...(result.length > 0 ? separator : []), ...section);
  }
  return result;
}

function renderWithLayout(week: WorklogWeek, layout: WorklogLayout): string {
  const extras = new Set<number>();
  const render = (block: WorklogLayoutBlock): string => {
    switch (block.kind) {
      case "heading":
        return headingLine(block.depth, renumberHeading(block.text, layout.number, week.number));
      case "markdown":
        return block.markdown;
      case "objectives":
      case "achievements":
        return writeList(
          week[block.kind],
          layout[block.kind] ?? (block.kind === "objectives" ? STANDARD_OBJECTIVES_LIST : STANDARD_ACHIEVEMENTS_LIST),
        );
      case "tasks":
        return writeTable(week.days, layout.table ?? standardTableLayout(layout.lang));
      case "extra": {
        const section = week.extraSections[block.index];
        if (!section) return "";
        extras.add(block.index);
        return [headingLine(block.depth, section.heading), section.markdown].filter(Boolean).join("\n\n");
      }
    }
  };

  const frontMatter =
    layout.frontMatter === undefined
      ? fenced(writeStandardFrontMatter(week.frontMatter))
      : fenced(writeFrontMatterInto(layout.frontMatter, week.frontMatter), layout.frontMatterFence);
  let page = frontMatter;
  withMissingSlots(layout.blocks, week, layout.lang).forEach((block, i) => {
    const text = render(block);
    if (text === "") return;
    const gap = i === 0 && layout.frontMatter === undefined ? 2 : Math.max(block.gap ?? 2, 1);
    page += "\n".repeat(gap) + text;
  });
  week.extraSections.forEach((section, index) => {
    if (!extras.has(index))
      page += `\n\n${[headingLine(3, section.heading), section.markdown].filter(Boolean).join("\n\n")}`;
  });
  return `${page}\n`;
}

export function renderWorklog(week: WorklogWeek, options: { lang?: WorklogLang } = {}): string {
  const lang = options.lang ?? week.lang ?? week.layout?.lang ?? "en";
  return week.layout && week.layout.lang === lang ? renderWithLayout(week, week.layout) : renderStandard(week, lang);
}
