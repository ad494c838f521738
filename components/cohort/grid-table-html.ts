import "server-only";
// The cohort grid's table as HTML text (docs/decisions/024): rendered once per grid version, locale,
// filter and sort, kept in the view cache, and sent as it is (components/ui/html-island.tsx). 600
// cells rendered by React cost the grid page most of its time on every request; as kept text they
// cost a copy. Every value goes through `html`, which escapes it. The cells' badges and bars are drawn
// by app/globals.css (.cohort-grid) from their classes and --p.
import { getTranslations } from "next-intl/server";
import { html, type Html } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import { filtersCells, gridFilterQuery, type GridFilter } from "@/lib/schemas/cohort";
import { shortDate } from "@/lib/worklog/dates";
import { cellMatches, gridTotal, weekTotals, type GridCell, type GridColumn, type GridRow } from "@/lib/worklog/grid";
import { progressOf } from "@/lib/worklog/progress";
import type { GridStatus } from "@/lib/worklog/status";
import { BULK_APPROVE_FORM } from "@/components/review/bulk-approve-id";

export interface GridTableInput {
  rows: GridRow[];
  columns: GridColumn[];
  filter: GridFilter;
  basePath: string;
  caption: string;
  /** Submitted weeks get a checkbox of the page's bulk approve form (components/review). */
  selectable: boolean;
  locale: Locale;
}

/** The <td> class naming a cell's status (app/globals.css draws the badge from it). */
const STATUS_CLASS: Record<GridStatus, string> = {
  NONE: "st-n",
  DRAFT: "st-d",
  SUBMITTED: "st-s",
  CHANGES_REQUESTED: "st-c",
  APPROVED: "st-a",
};

async function wordsFor(locale: Locale) {
  const [t, statusWords, bulk, extensions, assignment] = await Promise.all([
    getTranslations({ locale, namespace: "gridTable" }),
    getTranslations({ locale, namespace: "common.status" }),
    getTranslations({ locale, namespace: "review.bulk" }),
    getTranslations({ locale, namespace: "extensions" }),
    getTranslations({ locale, namespace: "assignment" }),
  ]);
  return { t, statusWords, bulk, extensions, assignment, locale };
}

type Words = Awaited<ReturnType<typeof wordsFor>>;

const percentOf = (done: number, total: number) => progressOf(done, total).percent;

/** A sort link of the head: to the other direction when it is the current sort, else to `asc`. */
function sortLink(
  label: string,
  input: GridTableInput,
  [asc, desc]: [GridFilter["sort"], GridFilter["sort"]],
  { t }: Words,
): { ariaSort: string; link: Html } {
  const current = input.filter.sort === asc ? "ascending" : input.filter.sort === desc ? "descending" : null;
  const next = current === "ascending" ? desc : asc;
  const query = gridFilterQuery(input.filter, { sort: next });
  const href = query ? `${input.basePath}?${query}` : input.basePath;
  const arrow = current === "ascending" ? "▲" : current === "descending" ? "▼" : "↕";
  const says = next.endsWith("desc") ? t("sortDescending") : t("sortAscending");
  // data-nav: followed by the client router (html-island.tsx), as a <Link> would be.
  return {
    ariaSort: current ?? "none",
    link: html`<a href="${href}" data-nav="" class="inline-flex items-center gap-1 hover:underline">${label}<span aria-hidden="true" class="text-slate-500">${arrow}</span><span class="sr-only">${says}</span></a>`,
  };
}

function head(input: GridTableInput, words: Words): Html {
  const { t, locale } = words;
  const byName = sortLink(t("intern"), input, ["name", "name-desc"], words);
  const byTotal = sortLink(t("total"), input, ["progress", "progress-desc"], words);
  const weeks = input.columns.map(
    (column) =>
      html`<th scope="col" class="min-w-32 px-2 py-2 font-semibold ${column.current ? "bg-brand-50" : ""}">${t("week", { number: column.number })}<span class="block text-xs font-normal text-slate-600">${shortDate(column.startDate, false, locale)} – ${shortDate(column.endDate, false, locale)}</span>${column.current ? html`<span class="block text-xs font-medium text-brand-800">${t("thisWeek")}</span>` : null}</th>`,
  );
  return html`<thead><tr class="border-b border-slate-200 align-bottom"><th scope="col" aria-sort="${byName.ariaSort}" class="grid-sticky min-w-36 max-w-48 bg-white px-3 py-2 font-semibold">${byName.link}</th>${weeks}<th scope="col" aria-sort="${byTotal.ariaSort}" class="min-w-36 px-3 py-2 font-semibold">${byTotal.link}</th></tr></thead>`;
}

/** One week of one intern: a link to the week (a plain link: its purpose comes from its row and column headers). */
function cell(c: GridCell, row: GridRow, input: GridTableInput, words: Words) {
  const { t, statusWords, bulk, extensions, locale } = words;
  const matches = filtersCells(input.filter) && cellMatches(c, input.filter);
  const full = c.progress.total > 0 && c.progress.done >= c.progress.total;
  const body = html`<span>${statusWords(c.status)}</span>${c.status !== "NONE" ? t("tasks", { done: c.progress.done, total: c.progress.total }) : null}${c.behind ? html`<span class="behind-flag">${t("behind")}</span>` : null}${c.extendedUntil ? html`<span class="extended-flag">${extensions("marker", { date: shortDate(c.extendedUntil, false, locale) })}</span>` : null}${matches ? html`<span class="sr-only">${t("matchesFilter")}</span>` : null}`;
  // The mini bar under the numbers is drawn by CSS from --p (a full week's is full without it).
  const frame = html`${matches ? html` class="match"` : null}${c.status !== "NONE" && !full ? html` style="--p:${percentOf(c.progress.done, c.progress.total)}%"` : null}`;
  const select =
    input.selectable && c.weekId && c.status === "SUBMITTED"
      ? html`<input type="checkbox" name="weekIds" form="${BULK_APPROVE_FORM}" value="${c.weekId}" aria-label="${bulk("selectWeek", { number: c.number, intern: row.intern.name })}">`
      : null;
  return html`<td class="${STATUS_CLASS[c.status]}${full ? " full" : ""}${c.behind ? " behind" : ""}">${c.weekId ? html`<a href="/weeks/${c.weekId}"${frame}>${body}</a>` : html`<div${frame}>${body}</div>`}${select}</td>`;
}

/** An intern: their name, email (and mentor) and worklog download, their weeks, their total. */
function internRow(row: GridRow, input: GridTableInput, words: Words): Html {
  const { t, assignment } = words;
  const { done, total, percent } = row.total;
  const mentor = row.intern.mentor
    ? html`<small>${assignment("mentorOf", { name: row.intern.mentor.name })}</small>`
    : null;
  return html`<tr><th scope="row"><span>${row.intern.name}</span><small>${row.intern.email}</small>${mentor}<a href="/worklog/export.zip?intern=${row.intern.id}" aria-label="${t("download", { name: row.intern.name })}">${t("zip")}</a></th>${row.cells.map((c) => cell(c, row, input, words))}<td class="total"><span>${`${done}/${total} · ${percent}%`}</span><i class="${total > 0 && done >= total ? "mini-bar is-full" : "mini-bar"}" style="--p:${percentOf(done, total)}%"></i><small>${row.waitingWeeks ? t("approvedWaiting", { approved: row.approvedWeeks, waiting: row.waitingWeeks }) : t("approved", { count: row.approvedWeeks })}</small>${row.behindWeeks ? html`<span class="behind-flag">${t("behindCount", { count: row.behindWeeks })}</span>` : null}</td></tr>`;
}

/** The totals: each week's, then the whole grid's. */
function foot(input: GridTableInput, { t }: Words): Html {
  const totals = weekTotals(input.rows, input.columns);
  const all = gridTotal(input.rows);
  const weeks = totals.map(
    (w) =>
      html`<td class="px-2 py-2 text-xs text-slate-700"><span class="block text-sm font-medium tabular-nums text-ink">${`${w.progress.done}/${w.progress.total}`}</span><span class="block">${t("approved", { count: w.approved })}</span>${w.submitted ? html`<span class="block">${t("waiting", { count: w.submitted })}</span>` : null}${w.behind ? html`<span class="block">${t("behindCount", { count: w.behind })}</span>` : null}</td>`,
  );
  return html`<tfoot><tr class="border-t-2 border-slate-300 bg-slate-50 align-top"><th scope="row" class="grid-sticky bg-slate-50 px-3 py-2 font-semibold">${t("total")}<span class="block text-xs font-normal text-slate-600">${t("interns", { count: input.rows.length })}</span></th>${weeks}<td class="px-3 py-2 text-xs text-slate-700"><span class="block text-sm font-medium tabular-nums text-ink">${`${all.progress.done}/${all.progress.total} · ${all.progress.percent}%`}</span><span class="block">${t("approvedWaiting", { approved: all.approved, waiting: all.waiting })}</span>${all.behind ? html`<span class="block">${t("behindCount", { count: all.behind })}</span>` : null}</td></tr></tfoot>`;
}

/**
 * One row per intern, one column per week, a total per row and per column; the caption names the
 * table (the frame around it is a region labelled by it, #grid-caption). Every week is a link, so the
 * grid works by keyboard.
 */
export async function gridTableHtml(input: GridTableInput): Promise<string> {
  const words = await wordsFor(input.locale);
  const body = input.rows.map((row) => internRow(row, input, words));
  return html`<table class="w-max min-w-full border-collapse text-left text-sm cohort-grid"><caption id="grid-caption" class="px-3 pt-3 pb-1 text-left text-sm text-slate-600">${input.caption}</caption>${head(input, words)}<tbody>${body}</tbody>${foot(input, words)}</table>`
    .text;
}
