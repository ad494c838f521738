/**
 * Objectives and achievements: bullet lists whose items are inline Markdown.
 * An item's nested lines (sub-bullets, continuation lines) stay in its text, indented by two
 * spaces ("Parent\n  - child"), so nothing an intern wrote is lost.
 */
import type { List } from "mdast";
import type { WorklogListLayout } from "@/lib/worklog/week";
import { decodeText, encodeText, trailingSpaces } from "./escaping";
import { sliceOf } from "./source";

const NESTED_INDENT = "  ";
const MARKER = /^(?:([-*+])|(\d{1,9})([.)]))([ \t]*)/;

export const STANDARD_OBJECTIVES_LIST: WorklogListLayout = { marker: "*" };
export const STANDARD_ACHIEVEMENTS_LIST: WorklogListLayout = { marker: "-" };

/**
 * "- - -" is a thematic break, not an item: text that would make its item line one gets a
 * backslash in front, which import drops again.
 */
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

function breaksList(marker: string, markdown: string): boolean {
  return THEMATIC_BREAK.test(`${marker} ${markdown.replace(/^\\+/, "").split("\n")[0] ?? ""}`);
}

function readItem(raw: string): { text: string; trailing: string } {
  const marker = MARKER.exec(raw);
  const markerWidth = marker?.[0].length ?? 0;
  const bullet = marker?.[1] ?? "";
  const lines = raw.slice(markerWidth).split("\n");
  const nested = lines.slice(1).map((line) => {
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    const content = line.slice(Math.min(indent, markerWidth));
    return content.trim() === "" ? "" : NESTED_INDENT + content;
  });
  let joined = [lines[0] ?? "", ...nested].join("\n");
  if (joined.startsWith("\\") && breaksList(bullet, joined)) joined = joined.slice(1);
  const trailing = trailingSpaces(joined);
  return { text: decodeText(joined.slice(0, joined.length - trailing.length), "block"), trailing };
}

export function readList(list: List, source: string): { items: string[]; layout: WorklogListLayout } {
  const read = list.children.map((item) => readItem(sliceOf(item, source)));
  const first = MARKER.exec(sliceOf(list, source));
  const layout: WorklogListLayout = {
    marker: list.ordered ? ((first?.[3] ?? ".") as "." | ")") : ((first?.[1] ?? "-") as "-" | "*" | "+"),
  };
  const spacing = first?.[4]?.length ?? 1;
  if (spacing > 1 && spacing <= 4) layout.spacing = spacing;
  if (list.ordered && list.start != null && list.start !== 1) layout.start = list.start;
  if (list.spread) layout.spread = true;
  const trailing = read.length > 1 ? read[0]?.trailing : undefined;
  const lastTrailing = read[read.length - 1]?.trailing;
  if (trailing) layout.trailing = trailing;
  if (lastTrailing) layout.lastTrailing = lastTrailing;
  return { items: read.map((item) => item.text), layout };
}

export function writeList(items: string[], layout: WorklogListLayout): string {
  const ordered = layout.marker === "." || layout.marker === ")";
  return items
    .map((item, i) => {
      const marker = ordered ? `${(layout.start ?? 1) + i}${layout.marker}` : layout.marker;
      const spacing = " ".repeat(layout.spacing ?? 1);
      const pad = " ".repeat(marker.length + spacing.length);
      const encoded = encodeText(item, "block");
      const [first = "", ...nested] = (breaksList(marker, encoded) ? `\\${encoded}` : encoded).split("\n");
      const lines = nested.map((line) =>
        line === "" ? "" : pad + (line.startsWith(NESTED_INDENT) ? line.slice(NESTED_INDENT.length) : line),
      );
      const trailing = (i < items.length - 1 ? layout.trailing : layout.lastTrailing) ?? "";
      return [`${marker}${spacing}${first}`, ...lines].join("\n") + trailing;
    })
    .join(layout.spread ? "\n\n" : "\n");
}
