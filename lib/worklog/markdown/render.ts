/**
 * Export: WorklogWeek -> a worklog page. A week without an imported layout, or exported in
 * another language than it was imported in, gets the standard template; otherwise the page is
 * written back in its own layout, the week's current data in place of what it had.
 * The writer is our own rather than remark-stringify (docs/decisions/011-hand-written-markdown-writer.md).
 */
import type {
  WorklogFrontMatter,
  WorklogLang,
  WorklogLayout,
  WorklogLayoutBlock,
  WorklogSlot,
  WorklogWeek,
} from "@/lib/worklog/week";
import { writeFrontMatterInto, writeStandardFrontMatter } from "./front-matter";
import { STANDARD_ACHIEVEMENTS_LIST, STANDARD_OBJECTIVES_LIST, writeList } from "./lists";
import { standardTableLayout } from "./table";
import { writeTable } from "./table-write";
import { TEMPLATES, renumberHeading } from "./vocabulary";

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
