/**
 * Reading the task table from remark-gfm's table AST. Cell contents are taken from the source
 * as written (not re-serialised) so inline Markdown survives untouched; the layout records how
 * the page writes its table so that export writes it the same way.
 */
import type { Table, TableCell } from "mdast";
import {
  WEEKDAY_LABELS,
  type WorklogColumnRole,
  type WorklogDay,
  type WorklogLang,
  type WorklogTableLayout,
} from "@/lib/worklog/week";
import {
  decideDateOrder,
  patternOf,
  readDateCell,
  resolveDate,
  weekdayOf,
  type DateCell,
  type DateOrder,
  type DatePart,
} from "./dates";
import { decodeText } from "./escaping";
import { innerSliceOf } from "./source";
import { standardTableLayout } from "./table";
import { readReferenceCell, readTaskCell, type TaskCell } from "./table-read-cells";
import { columnRole } from "./vocabulary";
import { dayNumberLabel, isDayNumberLabel, parseWeekdayLabel } from "./weekdays";
import { say } from "@/lib/i18n/said";

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
  const order = decision.order;

  const example = written.find(({ cell }) => cell?.start.kind === "pair" && cell.start.first !== cell.start.second);
  if (decision.ambiguous && example) {
    context.warnings.push(say("importProblems.warnings.ambiguousDates", { example: example.text, order }));
  }
  if (decision.conflicting) {
    context.warnings.push(say("importProblems.warnings.conflictingDates", { order }));
  }
  if (parts.some((part) => part.kind === "pair" && part.year === undefined)) {
    context.warnings.push(
      fallbackYear === undefined
        ? say("importProblems.warnings.noYear")
        : // As text: a year is not a number to group ("2,025").
          say("importProblems.warnings.yearAssumed", { year: String(fallbackYear) }),
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
      warnings.push(
        say("importProblems.warnings.notADate", {
          where: draft.label || say("importProblems.warnings.row", { row: row + 1 }),
          text: date.text,
        }),
      );
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
      say("importProblems.warnings.otherColumns", {
        count: others.length,
        columns: others.map((name) => `"${name}"`).join(", "),
      }),
    );
  if (rows.some((row) => row.children.length > headers.length))
    warnings.push(say("importProblems.warnings.extraCells"));

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
    warnings.push(say("importProblems.warnings.noDayColumn"));
  }
  writingStyle(drafts, layout);
  return { days, layout };
}
