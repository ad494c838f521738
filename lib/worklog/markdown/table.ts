/**
 * The task table: one row per day, read from remark-gfm's table AST. Cell contents are taken
 * from the source as written (not re-serialised) so inline Markdown survives untouched.
 */
import type { Table, TableCell } from "mdast";
import {
  WEEKDAY_LABELS,
  findModuleCodes,
  type WorklogColumnRole,
  type WorklogDay,
  type WorklogLang,
  type WorklogTableLayout,
  type WorklogTask,
} from "@/lib/worklog/week";
import {
  decideDateOrder,
  formatDate,
  patternOf,
  readDateCell,
  resolveDate,
  weekdayOf,
  type DateCell,
  type DateOrder,
  type DatePart,
} from "./dates";
import {
  decodeText,
  encodeText,
  escapeLeader,
  splitCellLines,
  trailingSpaces,
  trimSpaces,
  unescapeLeader,
} from "./escaping";
import { innerSliceOf } from "./source";
import { TEMPLATES, columnRole } from "./vocabulary";
import { dayNumberLabel, isDayNumberLabel, localizeDayLabel, parseWeekdayLabel } from "./weekdays";

export function standardTableLayout(lang: WorklogLang): WorklogTableLayout {
  const names = TEMPLATES[lang].columns;
  const roles = ["day", "tasks", "start", "end", "references"] as const;
  return {
    columns: roles.map((role) => ({ role, header: names[role] })),
    taskMarker: "- ",
    taskSeparator: " <br> ",
    subItemSeparator: "<br>",
    subItemPrefix: "&emsp; + ",
    referenceSeparator: " <br> ",
    dateOrder: "dmy",
    dateFormat: "DD/MM/YYYY",
    dayLabels: "weekday",
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

function cellSource(cell: TableCell | undefined, source: string): string {
  return cell ? innerSliceOf(cell, source) : "";
}

/** Column roles of a header row; a repeated role is kept as an "other" column. */
function rolesOf(headers: string[]): WorklogColumnRole[] {
  const roles: WorklogColumnRole[] = [];
  for (const header of headers) {
    const role = columnRole(header);
    roles.push(role !== "other" && roles.includes(role) ? "other" : role);
  }
  // A table with days but no recognised task column: the first unknown column holds the tasks.
  if (!roles.includes("tasks") && roles.includes("day")) {
    const other = roles.indexOf("other");
    if (other >= 0) roles[other] = "tasks";
  }
  return roles;
}

export function isTaskTable(table: Table, source: string): boolean {
  const headers = table.children[0]?.children.map((cell) => decodeText(cellSource(cell, source), "table")) ?? [];
  return rolesOf(headers).includes("tasks");
}

const INDENT = /^(?:(?:&emsp;|&ensp;|&nbsp;|[\u2002\u2003\u00a0])[ \t]*)+/;
const BULLET = /^([-*+•])[ \t]+/;

interface TaskCell {
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
function readTaskCell(cell: string): TaskCell {
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

const URL_TOKEN = /^<((?:https?|ftp):\/\/[^\s<>]+)>$|^((?:https?|ftp):\/\/[^\s<>]+)$/i;

/** Links as `<https://...>` or bare, several per cell, or plain text such as "AWS Docs". */
function readReferenceCell(cell: string): { references: string[]; separator?: string; bare: boolean } {
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

export interface TableReadContext {
  lang: WorklogLang;
  /** The front-matter date when it is ISO: gives a year to dates written without one (23/02). */
  pageDate?: string;
  warnings: string[];
}

interface RowDraft {
  label?: string;
  dates: Partial<Record<"start" | "end" | "date", { text: string; cell: DateCell | null }>>;
  task: TaskCell;
  references: ReturnType<typeof readReferenceCell>;
  others: string[];
}

function mostCommonYear(parts: DatePart[]): number | undefined {
  const counts = new Map<number, number>();
  for (const part of parts) if (part.year !== undefined) counts.set(part.year, (counts.get(part.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function readRow(cells: string[], roles: WorklogColumnRole[]): RowDraft {
  const draft: RowDraft = {
    dates: {},
    task: { tasks: [], unmarked: [] },
    references: { references: [], bare: false },
    others: [],
  };
  cells.forEach((cell, i) => {
    const role = roles[i];
    if (role === "day") draft.label = decodeText(cell, "table");
    else if (role === "tasks") draft.task = readTaskCell(cell);
    else if (role === "references") draft.references = readReferenceCell(cell);
    else if (role === "other") draft.others.push(decodeText(cell, "table"));
    else if (role) {
      const text = decodeText(cell, "table");
      if (text) draft.dates[role] = { text, cell: readDateCell(text) };
    }
  });
  return draft;
}

interface TableDates {
  order: DateOrder;
  fallbackYear?: number;
  format?: string;
}

/** Day/month order and missing years are decided once for the whole table. */
function readTableDates(drafts: RowDraft[], weekdays: (number | undefined)[], context: TableReadContext): TableDates {
  const samples = drafts.flatMap((draft, i) => {
    const cell = (draft.dates.start ?? draft.dates.date ?? draft.dates.end)?.cell;
    const weekday = weekdays[i];
    return cell ? [{ part: cell.start, ...(weekday === undefined ? {} : { weekday }) }] : [];
  });
  const written = drafts.flatMap((draft) => Object.values(draft.dates).filter((date) => date !== undefined));
  const parts = written.flatMap(({ cell }) => (cell ? [cell.start, ...(cell.end ? [cell.end] : [])] : []));
  const fallbackYear = mostCommonYear(parts) ?? (context.pageDate ? Number(context.pageDate.slice(0, 4)) : undefined);
  const decision = decideDateOrder(samples, parts, fallbackYear, context.pageDate);
  const reading = decision.order === "dmy" ? "day/month" : "month/day";

  const example = written.find(({ cell }) => cell?.start.kind === "pair" && cell.start.first !== cell.start.second);
  if (decision.ambiguous && example) {
    context.warnings.push(
      `Dates such as "${example.text}" could be day/month or month/day and nothing in the table tells which; they were read as ${reading}. Check the dates.`,
    );
  }
  if (decision.conflicting) {
    context.warnings.push(
      `Some dates only make sense as day/month and others only as month/day; they were read as ${reading}. Check the dates.`,
    );
  }
  if (parts.some((part) => part.kind === "pair" && part.year === undefined)) {
    context.warnings.push(
      fallbackYear === undefined
        ? "Some dates have no year and none could be inferred; they were kept as text."
        : `Some dates have no year; ${fallbackYear} was assumed.`,
    );
  }
  const first = samples[0]?.part;
  return { order: decision.order, fallbackYear, ...(first ? { format: patternOf(first, decision.order) } : {}) };
}

function dayOf(draft: RowDraft, row: number, dates: TableDates, warnings: string[]): WorklogDay {
  const resolve = (date: { text: string; cell: DateCell | null }, which: "start" | "end") => {
    const part = date.cell && (which === "end" ? (date.cell.end ?? date.cell.start) : date.cell.start);
    const iso = part ? resolveDate(part, dates.order, dates.fallbackYear) : undefined;
    if (!iso)
      warnings.push(`${draft.label || `Row ${row + 1}`}: "${date.text}" is not a date; it was kept as written.`);
    return iso;
  };
  const startCell = draft.dates.start ?? draft.dates.date;
  const endCell = draft.dates.end ?? draft.dates.date;
  const startDate = startCell && resolve(startCell, "start");
  // "10/18-19/2025" in the start cell and nothing in the end cell: the range gives the end.
  const rangeEnd = startCell?.cell?.end && resolveDate(startCell.cell.end, dates.order, dates.fallbackYear);
  const endDate = endCell ? resolve(endCell, "end") : rangeEnd;
  // Contract key order (label, dates, texts, references, tasks) keeps the stored JSON readable.
  return {
    label: draft.label ?? "",
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(startCell ? { startText: startCell.text } : {}),
    ...(endCell ? { endText: endCell.text } : {}),
    references: draft.references.references,
    tasks: draft.task.tasks,
  };
}

/** How the page writes tasks, sub-items and links, so export writes new ones the same way. */
function writingStyle(drafts: RowDraft[], layout: WorklogTableLayout): void {
  const cells = drafts.map((draft) => draft.task);
  const marker = cells.find((cell) => cell.marker)?.marker;
  layout.taskMarker = marker ?? "";
  const unmarked = marker ? cells.flatMap((cell) => cell.unmarked) : [];
  if (unmarked.length > 0) layout.unmarkedTasks = unmarked;
  layout.taskSeparator = cells.find((cell) => cell.taskSeparator)?.taskSeparator ?? layout.taskSeparator;
  layout.subItemSeparator = cells.find((cell) => cell.subItemSeparator)?.subItemSeparator ?? layout.subItemSeparator;
  layout.subItemPrefix = cells.find((cell) => cell.subItemPrefix)?.subItemPrefix ?? layout.subItemPrefix;
  layout.referenceSeparator =
    drafts.find((draft) => draft.references.separator)?.references.separator ?? layout.referenceSeparator;
  if (drafts.some((draft) => draft.references.bare)) layout.bareUrls = true;
  if (drafts.some((draft) => draft.others.some(Boolean))) layout.otherCells = drafts.map((draft) => draft.others);
}

export function readTable(
  table: Table,
  source: string,
  context: TableReadContext,
): { days: WorklogDay[]; layout: WorklogTableLayout } {
  const { warnings } = context;
  const [header, ...rows] = table.children;
  const headers = header?.children.map((cell) => decodeText(cellSource(cell, source), "table")) ?? [];
  const roles = rolesOf(headers);
  const layout: WorklogTableLayout = {
    ...standardTableLayout(context.lang),
    columns: headers.map((name, i) => {
      const align = table.align?.[i];
      return { role: roles[i] ?? "other", header: name, ...(align ? { align } : {}) };
    }),
  };
  const others = headers.filter((_, i) => roles[i] === "other");
  if (others.length > 0)
    warnings.push(
      `Column ${others.map((name) => `"${name}"`).join(", ")} is not part of a worklog; it is kept only for export.`,
    );
  if (rows.some((row) => row.children.length > headers.length))
    warnings.push("Some rows have more cells than the header; the extra cells were dropped.");

  const drafts = rows
    .map((row) => headers.map((_, i) => cellSource(row.children[i], source)))
    .filter((cells) => cells.some((cell) => cell.trim() !== ""))
    .map((cells) => readRow(cells, roles));

  // Day labels are weekdays ("Mon", "2", "CN") unless the page counts days ("1".."7", "Day 1").
  const hasDayColumn = roles.includes("day");
  const numbered = drafts.some((draft) => draft.label !== undefined && isDayNumberLabel(draft.label));
  layout.dayLabels = !hasDayColumn ? "generated" : numbered ? "numbered" : "weekday";
  const weekdays = drafts.map((draft) =>
    draft.label === undefined || numbered ? undefined : parseWeekdayLabel(draft.label)?.first,
  );

  const dates = readTableDates(drafts, weekdays, context);
  layout.dateOrder = dates.order;
  if (dates.format) layout.dateFormat = dates.format;
  const days = drafts.map((draft, row) => dayOf(draft, row, dates, warnings));
  if (!hasDayColumn) {
    days.forEach((day, i) => {
      day.label = day.startDate
        ? (WEEKDAY_LABELS[context.lang][weekdayOf(day.startDate)] ?? "")
        : dayNumberLabel(i + 1, context.lang);
    });
    warnings.push("The table has no Day column; days were labelled from their dates (or numbered).");
  }
  writingStyle(drafts, layout);
  return { days, layout };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A whole-table row: `| a | b |`. Empty cells keep one space each side. */
function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

const DELIMITER = { left: ":---", right: "---:", center: ":---:" } as const;

function writeTaskCell(tasks: WorklogTask[], layout: WorklogTableLayout): string {
  const subBullet = /[-*+•]$/.test(trimSpaces(layout.subItemPrefix));
  return tasks
    .map((item) => {
      const text = encodeText(item.text, "table");
      const unmarked = layout.taskMarker === "" || (layout.unmarkedTasks ?? []).includes(item.text);
      const head = unmarked ? escapeLeader(text) : layout.taskMarker + text;
      const subs = item.subItems.map((sub) => {
        const encoded = encodeText(sub, "table");
        return layout.subItemSeparator + layout.subItemPrefix + (subBullet ? encoded : escapeLeader(encoded));
      });
      return head + subs.join("");
    })
    .join(layout.taskSeparator);
}

function writeReferenceCell(references: string[], layout: WorklogTableLayout): string {
  const isUrl = (reference: string) => URL_TOKEN.test(reference) && !reference.startsWith("<");
  const allUrls = references.every(isUrl);
  // A space or comma only separates links; anything else needs a line break to stay apart.
  const separator = allUrls || /<br/i.test(layout.referenceSeparator) ? layout.referenceSeparator : " <br> ";
  return references
    .map((reference) => encodeText(isUrl(reference) && !layout.bareUrls ? `<${reference}>` : reference, "table"))
    .join(separator);
}

interface DateWriting {
  order: DateOrder;
  format: string;
  /** Reuse the text the page had (imported layout); the template always writes its own format. */
  asWritten: boolean;
}

/** The date as written at import if it still says the same date, else the date in the page's format. */
function writeDate(
  text: string | undefined,
  iso: string | undefined,
  which: "start" | "end",
  dates: DateWriting,
): string {
  if (text !== undefined && (dates.asWritten || iso === undefined)) {
    const cell = readDateCell(text);
    const part = cell && (which === "end" ? (cell.end ?? cell.start) : cell.start);
    const year = iso ? Number(iso.slice(0, 4)) : undefined;
    const written = part ? resolveDate(part, dates.order, year) : undefined;
    if (written === iso || (!cell && iso === undefined)) return encodeText(text, "table");
  }
  return iso ? formatDate(iso, dates.format) : "";
}

function writeDateColumn(day: WorklogDay, dates: DateWriting): string {
  const start = writeDate(day.startText, day.startDate, "start", dates);
  if (
    dates.asWritten &&
    day.startText !== undefined &&
    day.startText === day.endText &&
    start === encodeText(day.startText, "table")
  ) {
    if (writeDate(day.endText, day.endDate, "end", dates) === start) return start;
  }
  const end = day.endDate && day.endDate !== day.startDate ? formatDate(day.endDate, dates.format) : "";
  return end ? `${start || "?"} - ${end}` : start;
}

/** An end cell left empty because the start cell held the whole range. */
function endFromStartRange(day: WorklogDay, dates: DateWriting): boolean {
  if (!dates.asWritten || day.endText !== undefined || day.startText === undefined || !day.endDate) return false;
  const range = readDateCell(day.startText)?.end;
  return !!range && resolveDate(range, dates.order, Number(day.endDate.slice(0, 4))) === day.endDate;
}

export interface TableWriteOptions {
  /** Writing the standard template: dates in its format, day labels translated to this language. */
  template?: WorklogLang;
}

export function writeTable(days: WorklogDay[], layout: WorklogTableLayout, options: TableWriteOptions = {}): string {
  const dates: DateWriting = { order: layout.dateOrder, format: layout.dateFormat, asWritten: !options.template };
  const weekdays = layout.dayLabels !== "numbered";
  const lines = [
    row(layout.columns.map((column) => encodeText(column.header, "table"))),
    row(layout.columns.map((column) => (column.align ? DELIMITER[column.align] : "---"))),
  ];
  days.forEach((day, r) => {
    let other = 0;
    const cells = layout.columns.map((column) => {
      switch (column.role) {
        case "day":
          return encodeText(
            options.template ? localizeDayLabel(day.label, options.template, { weekdays }) : day.label,
            "table",
          );
        case "tasks":
          return writeTaskCell(day.tasks, layout);
        case "start":
          return writeDate(day.startText, day.startDate, "start", dates);
        case "end":
          return endFromStartRange(day, dates) ? "" : writeDate(day.endText, day.endDate, "end", dates);
        case "date":
          return writeDateColumn(day, dates);
        case "references":
          return writeReferenceCell(day.references, layout);
        default:
          return encodeText(layout.otherCells?.[r]?.[other++] ?? "", "table");
      }
    });
    lines.push(row(cells));
  });
  return lines.join("\n");
}
