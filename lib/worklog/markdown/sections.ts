/**
 * A page read as sections: a heading and the nodes up to the next one (the first section has
 * no heading). Which part of the worklog a section holds is decided by its heading.
 */
import type { Heading, Root, RootContent, Table } from "mdast";
import type { WorklogLayout, WorklogSlot } from "@/lib/worklog/week";
import { innerSliceOf } from "./source";
import { isTaskTable } from "./table-read";
import { sectionOfHeading } from "./vocabulary";

export interface Section {
  heading?: Heading;
  nodes: RootContent[];
}

export type SectionRoles = Map<Section, WorklogSlot>;

export function sectionsOf(root: Root): Section[] {
  const sections: Section[] = [{ nodes: [] }];
  for (const node of root.children) {
    if (node.type === "heading") sections.push({ heading: node, nodes: [] });
    else sections[sections.length - 1]?.nodes.push(node);
  }
  return sections;
}

/** Which heading introduces which part; a second "Objectives" heading is just an extra section. */
export function sectionRoles(sections: Section[], body: string): SectionRoles {
  const roles: SectionRoles = new Map();
  for (const section of sections) {
    const role = section.heading && sectionOfHeading(innerSliceOf(section.heading, body));
    if (role && ![...roles.values()].includes(role)) roles.set(section, role);
  }
  return roles;
}

/** The task table: the first one in the tasks section, else the first one on the page. */
export function findTaskTable(sections: Section[], roles: SectionRoles, body: string): Table | undefined {
  const tasksSection = sections.find((section) => roles.get(section) === "tasks");
  const isTable = (node: RootContent): node is Table => node.type === "table" && isTaskTable(node, body);
  return tasksSection?.nodes.find(isTable) ?? sections.flatMap((section) => section.nodes).find(isTable);
}

/** Warnings for the parts import could not read: no task table, no list under a part's heading... */
export function warnAboutMissingParts(
  sections: Section[],
  roles: SectionRoles,
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
