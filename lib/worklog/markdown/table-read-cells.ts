/**
 * Reading one task-table cell: the tasks with their sub-items, and the references. Each cell is
 * the source as written, so the separators and markers found here are the page's own.
 */
import { findModuleCodes, type WorklogTask } from "@/lib/worklog/week";
import { decodeText, splitCellLines, trailingSpaces, trimSpaces, unescapeLeader } from "./escaping";
import { URL_TOKEN } from "./table";

const INDENT = /^(?:(?:&emsp;|&ensp;|&nbsp;|[\u2002\u2003\u00a0])[ \t]*)+/;
const BULLET = /^([-*+•])[ \t]+/;

export interface TaskCell {
  tasks: WorklogTask[];
  marker?: string;
  unmarked: string[];
  taskSeparator?: string;
  subItemSeparator?: string;
  subItemPrefix?: string;
}

function task(text: string): WorklogTask {
  return { text, subItems: [], moduleCodes: findModuleCodes(text) };
}

/** Lines of a cell, each with the separator written before it (runs of `<br>` kept whole). */
function cellLines(cell: string): { line: string; before: string }[] {
  const { lines, separators } = splitCellLines(cell);
  const result: { line: string; before: string }[] = [];
  let before = "";
  lines.forEach((line, i) => {
    const trimmed = trimSpaces(line);
    if (trimmed) {
      result.push({ line: trimmed, before });
      before = "";
    } else if (i > 0) {
      before += line;
    }
    before += separators[i] ?? "";
  });
  return result;
}

/** "- a <br> - b<br>&emsp; + detail": tasks with their sub-items. */
export function readTaskCell(cell: string): TaskCell {
  const result: TaskCell = { tasks: [], unmarked: [] };
  for (const { line, before } of cellLines(cell)) {
    const previous = result.tasks[result.tasks.length - 1];
    const indent = INDENT.exec(line)?.[0];
    const bullet = BULLET.exec(line);
    // "+ detail" right after a task is the template's sub-item without its &emsp;.
    const subPrefix =
      indent !== undefined
        ? indent + (BULLET.exec(line.slice(indent.length))?.[0] ?? "")
        : bullet?.[1] === "+"
          ? bullet[0]
          : undefined;
    if (previous && subPrefix !== undefined) {
      const rest = line.slice(subPrefix.length);
      const hasBullet = BULLET.test(subPrefix.slice(indent?.length ?? 0));
      previous.subItems.push(decodeText(hasBullet ? rest : unescapeLeader(rest), "table"));
      result.subItemSeparator ??= before;
      result.subItemPrefix ??= trailingSpaces(subPrefix) ? `${trimSpaces(subPrefix)} ` : subPrefix;
      continue;
    }
    if (result.tasks.length > 0) result.taskSeparator ??= before;
    if (bullet) {
      result.marker ??= `${bullet[1]} `;
      result.tasks.push(task(decodeText(line.slice(bullet[0].length), "table")));
    } else {
      const text = decodeText(unescapeLeader(line), "table");
      result.tasks.push(task(text));
      result.unmarked.push(text);
    }
  }
  return result;
}

/** Links as `<https://...>` or bare, several per cell, or plain text such as "AWS Docs". */
export function readReferenceCell(cell: string): { references: string[]; separator?: string; bare: boolean } {
  const references: string[] = [];
  let separator: string | undefined;
  let bare = false;
  for (const { line, before } of cellLines(cell)) {
    if (references.length > 0) separator ??= before;
    const text = decodeText(line, "table");
    const tokens = text.split(/([\s,;]+)/);
    const urls = tokens.filter((_, i) => i % 2 === 0).map((token) => URL_TOKEN.exec(token));
    if (urls.every((url) => url !== null)) {
      urls.forEach((url, i) => {
        if (i > 0) separator ??= tokens[i * 2 - 1];
        bare ||= url[2] !== undefined;
        references.push(url[1] ?? url[2] ?? "");
      });
    } else {
      references.push(text);
    }
  }
  return { references, separator, bare };
}
