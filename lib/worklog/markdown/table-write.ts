/**
 * Writing the task table: the imported page's own columns, markers, separators and date texts
 * where it had them, the template's otherwise. Every cell goes through encodeText, which import's
 * decodeText inverts exactly.
 */
import type { WorklogDay, WorklogLang, WorklogTableLayout, WorklogTask } from "@/lib/worklog/week";
import { formatDate, readDateCell, resolveDate, type DateOrder } from "./dates";
import { encodeText, escapeLeader, trimSpaces } from "./escaping";
import { URL_TOKEN } from "./table";
import { localizeDayLabel } from "./weekdays";

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
