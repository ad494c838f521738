import "server-only";
// The cohort at a glance, above its grid, as HTML text (docs/decisions/024): the totals (tasks done,
// weeks waiting for review, weeks behind, each count a link to the grid filtered to them) and the
// interns at risk with why in words (lib/worklog/risk.ts), each a link to their weeks. It depends on
// the whole grid alone, not on its filter, so it is rendered once per grid version and locale and kept
// beside the grid's table. Every value goes through `html`, which escapes it; links marked data-nav
// are followed by the client router (components/ui/html-island.tsx).
import { getTranslations } from "next-intl/server";
import { CARD_CLASS } from "@/components/ui/card";
import { progressBarHtml } from "@/components/ui/progress-bar-html";
import { html, type Html } from "@/lib/html";
import type { Translate } from "@/lib/i18n/said";
import type { Locale } from "@/lib/i18n/locales";
import { DEFAULT_GRID_FILTER, gridFilterQuery } from "@/lib/schemas/cohort";
import { compareInterns, gridTotal, type CohortGrid } from "@/lib/worklog/grid";
import { riskWords } from "@/lib/worklog/risk-words";

async function wordsFor(locale: Locale) {
  const [totals, list, progress, root] = await Promise.all([
    getTranslations({ locale, namespace: "cohorts.totals" }),
    getTranslations({ locale, namespace: "risk.list" }),
    getTranslations({ locale, namespace: "ui.progress" }),
    getTranslations({ locale }),
  ]);
  return { totals, list, progress, root: root as unknown as Translate };
}

type Words = Awaited<ReturnType<typeof wordsFor>>;

/** A count of weeks, linking to the grid filtered to them when there are any. */
function weekCount(term: string, count: number, href: string, { totals: t }: Words): Html {
  const value =
    count > 0
      ? html`<a href="${href}" data-nav="" class="text-brand-800 hover:underline">${count}<span class="sr-only"> ${t("showWeeks")}</span></a>`
      : 0;
  return html`<section class="${CARD_CLASS}"><dl><dt class="text-sm text-slate-600">${term}</dt><dd class="text-2xl font-semibold tabular-nums">${value}</dd></dl></section>`;
}

function totals(grid: CohortGrid, basePath: string, words: Words): Html {
  const t = words.totals;
  const overall = gridTotal(grid.rows);
  return html`<div class="grid gap-3 sm:grid-cols-4"><section class="${CARD_CLASS} sm:col-span-2"><dl><dt class="text-sm text-slate-600">${t("tasksDone")}</dt><dd class="mt-1">${progressBarHtml(overall.progress, t("tasksDone"), words.progress)}</dd></dl></section>${weekCount(t("waiting"), overall.waiting, `${basePath}?status=submitted`, words)}${weekCount(t("behind"), overall.behind, `${basePath}?behind=1`, words)}</div>`;
}

function atRiskList(grid: CohortGrid, basePath: string, words: Words): Html {
  const t = words.list;
  const atRisk = grid.rows.filter((row) => row.risk.length > 0).sort((a, b) => compareInterns(a.intern, b.intern));
  const onlyThem = gridFilterQuery({ ...DEFAULT_GRID_FILTER, risk: true });
  const items = atRisk.map(
    (row) =>
      html`<li class="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2"><a href="${basePath}?${gridFilterQuery({ ...DEFAULT_GRID_FILTER, q: row.intern.email })}#grid-title" data-nav="" class="font-medium text-brand-800 underline underline-offset-2">${row.intern.name}<span class="sr-only">, ${t("weeksLink")}</span></a><span class="text-sm text-slate-700">${riskWords(words.root, row.risk)}</span></li>`,
  );
  const body =
    atRisk.length === 0
      ? html`<p class="mt-2 text-slate-700">${t("none")}</p>`
      : html`<p class="mt-2">${t("count", { count: atRisk.length, total: grid.rows.length })} <a href="${basePath}?${onlyThem}#grid-title" data-nav="" class="font-medium text-brand-800 underline">${t("filterLink")}</a></p><ul class="mt-2 divide-y divide-slate-100">${items}</ul>`;
  return html`<section aria-labelledby="at-risk-title" class="space-y-3"><h2 id="at-risk-title" class="text-lg font-semibold">${t("heading")}</h2><section class="${CARD_CLASS}"><p class="text-sm text-slate-600">${t("intro", { ...grid.riskSettings })}</p>${body}</section></section>`;
}

/** The totals, then the interns at risk (a section under its own heading, #at-risk-title). */
export async function cohortSummaryHtml(grid: CohortGrid, basePath: string, locale: Locale): Promise<string> {
  const words = await wordsFor(locale);
  return html`${totals(grid, basePath, words)}${atRiskList(grid, basePath, words)}`.text;
}
