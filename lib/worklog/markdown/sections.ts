/**
 * A page read as sections: a heading and the nodes up to the next one (the first section has
 * no heading). Which part of the worklog a section holds is decided by its heading.
 */
import type { Heading, Root, RootContent, Table } from "mdast";
import type { WorklogLayout, WorklogSlot } from "@/lib/worklog/week";
import { innerSliceOf } from "./source";
import { isTaskTable } from "./table-read";
import { sectionOfHeading } from "./vocabulary";
import { say } from "@/lib/i18n/said";

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
    warnings.push(html ? say("importProblems.warnings.htmlTable") : say("importProblems.warnings.noTable"));
  }
  for (const slot of ["objectives", "achievements"] as const) {
    const section = sectionFor(slot);
    if (!section) warnings.push(say("importProblems.warnings.noSection", { slot }));
    else if (!layout[slot]) warnings.push(say("importProblems.warnings.noList", { slot, heading: headingOf(section) }));
    else if (section.nodes.filter((node) => node.type === "list").length > 1) {
      warnings.push(say("importProblems.warnings.extraLists", { slot, heading: headingOf(section) }));
    }
  }
}
