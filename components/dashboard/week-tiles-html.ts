import "server-only";
// The dashboard's week tiles as HTML text (docs/decisions/024): read-only but for their progress
// bars, which follow ticks made on the page (LiveMarkupBars, components/live-progress.tsx). As React
// elements they were two fifths of the dashboard's bytes (a client link and a client progress bar per
// tile, each sent in the RSC payload and rendered again to HTML); as text they are sent once. Every
// value goes through `html`, which escapes it; links marked data-nav are followed by the client router
// (components/ui/html-island.tsx).
import { getTranslations } from "next-intl/server";
import { progressBarHtml } from "@/components/ui/progress-bar-html";
import { STATUS_BADGE_CLASS } from "@/components/ui/status-badge";
import { html, type Html } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import type { WeekSummary } from "@/lib/server/data/weeks";
import { dateRange, shortDate } from "@/lib/worklog/dates";
import type { GridStatus } from "@/lib/worklog/status";

async function wordsFor(locale: Locale) {
  const [tiles, status, progress, extensions] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.allWeeks" }),
    getTranslations({ locale, namespace: "common.status" }),
    getTranslations({ locale, namespace: "ui.progress" }),
    getTranslations({ locale, namespace: "extensions" }),
  ]);
  return { tiles, status, progress, extensions };
}

type Words = Awaited<ReturnType<typeof wordsFor>>;

/** As components/ui/status-badge.tsx draws it. */
function badge(status: GridStatus, words: Words): Html {
  return html`<span class="${STATUS_BADGE_CLASS[status]}">${words.status(status)}</span>`;
}

/** A week's tile: its status, progress and dates, linking to it; a dashed outline if it has no page. */
function tile(number: number, week: WeekSummary | undefined, current: boolean, locale: Locale, words: Words): Html {
  const title = html`<span class="block font-medium">${words.tiles("week", { number })}</span>`;
  if (!week) {
    return html`<div class="h-full space-y-2 rounded-xl border border-dashed border-slate-300 p-3 text-slate-500">${title}${badge("NONE", words)}</div>`;
  }
  const frame = current ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200";
  const bar = progressBarHtml(week.progress, words.tiles("progress", { number }), words.progress, {
    size: "sm",
    follows: { week: week.id },
  });
  const extended = week.extendedUntil
    ? html`<span class="extended-flag">${words.extensions("until", { date: shortDate(week.extendedUntil, false, locale) })}</span>`
    : null;
  return html`<a href="/weeks/${week.id}" data-nav="" class="block h-full space-y-2 rounded-xl border bg-white p-3 hover:border-brand-500 ${frame}">${title}${badge(week.status, words)}${bar}<span class="block text-xs text-slate-500">${dateRange(week.startDate, week.endDate, locale)}</span>${extended}</a>`;
}

/** Every week of the internship numbered 1 to `weekCount`, a tile each, as an ordered list. */
export async function weekTilesHtml(
  { weeks, weekCount, currentNumber }: { weeks: WeekSummary[]; weekCount: number; currentNumber: number | undefined },
  locale: Locale,
): Promise<string> {
  const words = await wordsFor(locale);
  const byNumber = new Map(weeks.map((w) => [w.number, w]));
  const items = Array.from(
    { length: weekCount },
    (_, i) => html`<li>${tile(i + 1, byNumber.get(i + 1), i + 1 === currentNumber, locale, words)}</li>`,
  );
  return html`<ol class="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">${items}</ol>`.text;
}
