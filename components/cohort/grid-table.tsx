"use client";

// The cohort grid's table, rendered from compact data. A client component for one reason: its
// props travel to the browser as data (about 50 bytes a cell) where a server component's output
// would travel as the element tree of 600 cells, once in the HTML and again in the RSC payload
// (docs/PERFORMANCE.md). It has no state; cohort-grid.tsx prepares everything it shows.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { progressOf } from "@/lib/worklog/progress";
import {
  CELL_BEHIND,
  CELL_MATCHES,
  CELL_STATUSES,
  type GridTableCell,
  type GridTableColumn,
  type GridTableProps,
  type GridTableRow,
  type SortHeader,
} from "./grid-table-data";
import { ScrollTable } from "@/components/ui/scroll-table";
import { BULK_APPROVE_FORM } from "@/components/review/bulk-approve-id";

const SUBMITTED = CELL_STATUSES.indexOf("SUBMITTED");

const percentOf = (done: number, total: number) => progressOf(done, total).percent;

function MiniBar({ done, total }: { done: number; total: number }) {
  const full = total > 0 && done >= total;
  return (
    <i
      className={full ? "mini-bar is-full" : "mini-bar"}
      style={{ "--p": `${percentOf(done, total)}%` } as React.CSSProperties}
    />
  );
}

/** The <td> class naming a cell's status (app/globals.css draws the badge from it). */
const STATUS_CLASS = {
  NONE: "st-n",
  DRAFT: "st-d",
  SUBMITTED: "st-s",
  CHANGES_REQUESTED: "st-c",
  APPROVED: "st-a",
} as const;

/** A cell's words, looked up once per row rather than once per cell (600 cells). */
interface CellWords {
  t: ReturnType<typeof useTranslations<"gridTable">>;
  statusWords: ReturnType<typeof useTranslations<"common.status">>;
}

function Cell({
  cell,
  words: { t, statusWords },
  select,
}: {
  cell: GridTableCell;
  words: CellWords;
  /** The bulk approve checkbox's name ("Approve week 3 of Lan Nguyen"), for a submitted week. */
  select?: string;
}) {
  const [weekId, statusIndex, done, total, flags, extended] = cell;
  const status = CELL_STATUSES[statusIndex] ?? "NONE";
  const behind = (flags & CELL_BEHIND) !== 0;
  const matches = (flags & CELL_MATCHES) !== 0;
  const body = (
    <>
      <span>{statusWords(status)}</span>
      {status !== "NONE" ? t("tasks", { done, total }) : null}
      {behind ? <span className="behind-flag">{t("behind")}</span> : null}
      {extended ? <span className="extended-flag">{extended}</span> : null}
      {matches ? <span className="sr-only">{t("matchesFilter")}</span> : null}
    </>
  );
  // The mini bar under the numbers is drawn by CSS from --p (app/globals.css).
  const frame = {
    className: matches ? "match" : undefined,
    style: status !== "NONE" ? ({ "--p": `${percentOf(done, total)}%` } as React.CSSProperties) : undefined,
  };
  return (
    <td className={`${STATUS_CLASS[status]}${total > 0 && done >= total ? " full" : ""}${behind ? " behind" : ""}`}>
      {/* A plain link: 600 of them need no client router or prefetching. Its purpose comes from its
          row and column headers (the intern, the week), as WCAG's "link purpose in context" allows. */}
      {weekId ? (
        <a href={`/weeks/${weekId}`} {...frame}>
          {body}
        </a>
      ) : (
        <div {...frame}>{body}</div>
      )}
      {select && weekId && status === "SUBMITTED" ? (
        <input
          type="checkbox"
          name="weekIds"
          form={BULK_APPROVE_FORM}
          value={weekId}
          aria-label={select}
          className="m-1 size-5 accent-brand-700"
        />
      ) : null}
    </td>
  );
}

function SortLink({ label, header }: { label: string; header: SortHeader }) {
  const t = useTranslations("gridTable");
  return (
    <Link href={header.href} className="inline-flex items-center gap-1 hover:underline">
      {label}
      <span aria-hidden className="text-slate-500">
        {header.ariaSort === "ascending" ? "▲" : header.ariaSort === "descending" ? "▼" : "↕"}
      </span>
      <span className="sr-only">{header.next === "ascending" ? t("sortAscending") : t("sortDescending")}</span>
    </Link>
  );
}

/**
 * One row per intern, one column per week, a total per row and per column. Scrolls sideways on a
 * small screen with the names kept in view; every week is a link, so the grid works by keyboard.
 */
export function GridTable({ caption, columns, rows, sortByName, sortByTotal, all, selectable }: GridTableProps) {
  return (
    <ScrollTable captionId="grid-caption" caption={caption} tableClassName="cohort-grid">
      <GridHead columns={columns} sortByName={sortByName} sortByTotal={sortByTotal} />
      <tbody>
        {rows.map((row) => (
          <InternRow key={row.id} row={row} columns={columns} selectable={selectable} />
        ))}
      </tbody>
      <GridFoot columns={columns} internCount={rows.length} all={all} />
    </ScrollTable>
  );
}

/** The column headers: the interns (sortable), each week with its dates, the total (sortable). */
function GridHead({
  columns,
  sortByName,
  sortByTotal,
}: Pick<GridTableProps, "columns" | "sortByName" | "sortByTotal">) {
  const t = useTranslations("gridTable");
  return (
    <thead>
      <tr className="border-b border-slate-200 align-bottom">
        <th
          scope="col"
          aria-sort={sortByName.ariaSort}
          className="grid-sticky min-w-36 max-w-48 bg-white px-3 py-2 font-semibold"
        >
          <SortLink label={t("intern")} header={sortByName} />
        </th>
        {columns.map((column) => (
          <th
            key={column.number}
            scope="col"
            className={`min-w-32 px-2 py-2 font-semibold ${column.current ? "bg-brand-50" : ""}`}
          >
            {t("week", { number: column.number })}
            <span className="block text-xs font-normal text-slate-600">{column.dates}</span>
            {column.current ? <span className="block text-xs font-medium text-brand-800">{t("thisWeek")}</span> : null}
          </th>
        ))}
        <th scope="col" aria-sort={sortByTotal.ariaSort} className="min-w-36 px-3 py-2 font-semibold">
          <SortLink label={t("total")} header={sortByTotal} />
        </th>
      </tr>
    </thead>
  );
}

/** An intern: their name, email and worklog download, their weeks, their total. */
function InternRow({
  row,
  columns,
  selectable,
}: {
  row: GridTableRow;
  columns: GridTableColumn[];
  selectable?: boolean;
}) {
  const t = useTranslations("gridTable");
  const bulk = useTranslations("review.bulk");
  const statusWords = useTranslations("common.status");
  const words = { t, statusWords };
  return (
    <tr>
      <th scope="row">
        <span>{row.name}</span>
        <small>{row.email}</small>
        {row.mentor ? <small>{row.mentor}</small> : null}
        <a href={`/worklog/export.zip?intern=${row.id}`} aria-label={t("download", { name: row.name })}>
          {t("zip")}
        </a>
      </th>
      {row.cells.map((cell, index) => (
        <Cell
          key={columns[index]?.number ?? index}
          cell={cell}
          words={words}
          select={
            selectable && cell[1] === SUBMITTED
              ? bulk("selectWeek", { number: columns[index]?.number ?? index + 1, intern: row.name })
              : undefined
          }
        />
      ))}
      <td className="total">
        <span>{`${row.done}/${row.total} · ${row.percent}%`}</span>
        <MiniBar done={row.done} total={row.total} />
        <small>
          {row.waiting
            ? t("approvedWaiting", { approved: row.approved, waiting: row.waiting })
            : t("approved", { count: row.approved })}
        </small>
        {row.behind ? <span className="behind-flag">{t("behindCount", { count: row.behind })}</span> : null}
      </td>
    </tr>
  );
}

/** The totals: each week's, then the whole grid's. */
function GridFoot({
  columns,
  internCount,
  all,
}: {
  columns: GridTableColumn[];
  internCount: number;
  all: GridTableProps["all"];
}) {
  const t = useTranslations("gridTable");
  return (
    <tfoot>
      <tr className="border-t-2 border-slate-300 bg-slate-50 align-top">
        <th scope="row" className="grid-sticky bg-slate-50 px-3 py-2 font-semibold">
          {t("total")}
          <span className="block text-xs font-normal text-slate-600">{t("interns", { count: internCount })}</span>
        </th>
        {columns.map((column) => (
          <td key={column.number} className="px-2 py-2 text-xs text-slate-700">
            <span className="block text-sm font-medium tabular-nums text-ink">{`${column.done}/${column.total}`}</span>
            <span className="block">{t("approved", { count: column.approved })}</span>
            {column.waiting ? <span className="block">{t("waiting", { count: column.waiting })}</span> : null}
            {column.behind ? <span className="block">{t("behindCount", { count: column.behind })}</span> : null}
          </td>
        ))}
        <td className="px-3 py-2 text-xs text-slate-700">
          <span className="block text-sm font-medium tabular-nums text-ink">{`${all.done}/${all.total} · ${all.percent}%`}</span>
          <span className="block">{t("approvedWaiting", { approved: all.approved, waiting: all.waiting })}</span>
          {all.behind ? <span className="block">{t("behindCount", { count: all.behind })}</span> : null}
        </td>
      </tr>
    </tfoot>
  );
}
