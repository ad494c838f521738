/**
 * An imported page as layout blocks, in page order: headings, the three parts (objectives,
 * tasks, achievements), extra sections, and everything else as the Markdown it was written in,
 * each with the blank lines before it. Export writes the blocks back to reproduce the page.
 */
import type { Heading, Node, RootContent, Table } from "mdast";
import type { WorklogLayout, WorklogLayoutBlock, WorklogSlot, WorklogWeek } from "@/lib/worklog/week";
import { readList } from "./lists";
import type { Section, SectionRoles } from "./sections";
import { innerSliceOf } from "./source";
import { readTable } from "./table-read";

/** The parsed page body and what is already known about it. */
export interface PageBody {
  body: string;
  sections: Section[];
  roles: SectionRoles;
  table?: Table;
  /** The page starts with front matter: the first block follows its closing fence. */
  hasFrontMatter: boolean;
  warnings: string[];
}

const start = (node: Node) => node.position?.start.offset ?? 0;
const end = (node: Node) => node.position?.end.offset ?? 0;
const newlinesIn = (text: string) => text.split("\n").length - 1;

/** Appends blocks to the layout; `cursor` is where the previous block ended, to measure the gaps. */
function blockRecorder(body: string, layout: WorklogLayout, hasFrontMatter: boolean) {
  let cursor = 0;
  let firstGapBonus = hasFrontMatter ? 1 : 0;
  const push = (block: WorklogLayoutBlock, from: number, to: number) => {
    const gap = newlinesIn(body.slice(cursor, from)) + firstGapBonus;
    const usual = layout.blocks.length === 0 && !hasFrontMatter ? 0 : 2;
    layout.blocks.push(gap === usual ? block : { ...block, gap });
    cursor = to;
    firstGapBonus = 0;
  };
  const pushRaw = (nodes: RootContent[]) => {
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (first && last)
      push({ kind: "markdown", markdown: body.slice(start(first), end(last)) }, start(first), end(last));
  };
  return { push, pushRaw };
}

interface BlockReading {
  page: PageBody;
  week: WorklogWeek;
  layout: WorklogLayout;
  blocks: ReturnType<typeof blockRecorder>;
}

/** Reads the page's parts into `week` and its blocks into `layout.blocks`. */
export function readLayoutBlocks(page: PageBody, week: WorklogWeek, layout: WorklogLayout): void {
  const reading: BlockReading = { page, week, layout, blocks: blockRecorder(page.body, layout, page.hasFrontMatter) };
  for (const section of page.sections) {
    const role = page.roles.get(section);
    const { heading, nodes } = section;
    if (heading && !role && !(page.table && nodes.includes(page.table))) {
      readExtraSection(heading, nodes, reading);
      continue;
    }
    if (heading)
      reading.blocks.push(
        { kind: "heading", depth: heading.depth, text: innerSliceOf(heading, page.body), ...(role ? { role } : {}) },
        start(heading),
        end(heading),
      );
    readSectionContent(nodes, role, reading);
  }
}

/** An extra section: its content is kept as Markdown; trailing "---" stay in the layout. */
function readExtraSection(heading: Heading, nodes: RootContent[], { page, week, blocks }: BlockReading): void {
  let last = nodes.length;
  while (last > 0 && nodes[last - 1]?.type === "thematicBreak") last--;
  const content = nodes.slice(0, last);
  const first = content[0];
  const final = content[content.length - 1];
  week.extraSections.push({
    heading: innerSliceOf(heading, page.body),
    markdown: first && final ? page.body.slice(start(first), end(final)) : "",
  });
  blocks.push(
    { kind: "extra", index: week.extraSections.length - 1, depth: heading.depth },
    start(heading),
    final ? end(final) : end(heading),
  );
  for (const separator of nodes.slice(last)) blocks.pushRaw([separator]);
}

/** A section's nodes after its heading: the parts it holds are read, the rest kept as written. */
function readSectionContent(nodes: RootContent[], role: WorklogSlot | undefined, reading: BlockReading): void {
  let raw: RootContent[] = [];
  for (const node of nodes) {
    const slot = readPart(node, role, reading);
    if (!slot) {
      raw.push(node);
      continue;
    }
    reading.blocks.pushRaw(raw);
    raw = [];
    reading.blocks.push({ kind: slot }, start(node), end(node));
  }
  reading.blocks.pushRaw(raw);
}

/** Reads `node` into the week if it is the task table or its section's first list; the part it filled. */
function readPart(
  node: RootContent,
  role: WorklogSlot | undefined,
  { page, week, layout }: BlockReading,
): WorklogSlot | undefined {
  if (node === page.table) {
    const context = { lang: layout.lang, pageDate: isoDateOf(week.frontMatter.date), warnings: page.warnings };
    const read = readTable(node, page.body, context);
    week.days = read.days;
    layout.table = read.layout;
    return "tasks";
  }
  if (node.type === "list" && (role === "objectives" || role === "achievements") && !layout[role]) {
    const read = readList(node, page.body);
    week[role] = read.items;
    layout[role] = read.layout;
    return role;
  }
  return undefined;
}

/** "2025-09-09" out of a front-matter date or timestamp; nothing out of leftovers. */
function isoDateOf(date: string | undefined): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(date ?? "")?.[0];
}
