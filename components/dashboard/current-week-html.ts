import "server-only";
// The dashboard's current week as HTML text (docs/decisions/024), as week-tiles-html.ts: its
// progress, then each day's (today's in bold), every bar following ticks (LiveMarkupBars). As React
// elements these were eight client progress bars, each sent in the RSC payload and rendered again.
import { getTranslations } from "next-intl/server";
import { progressBarHtml } from "@/components/ui/progress-bar-html";
import { html } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import type { InternDashboard } from "@/lib/server/data/dashboard";

export async function currentWeekHtml(
  week: NonNullable<InternDashboard["currentWeek"]>,
  today: string,
  locale: Locale,
): Promise<string> {
  const [t, progress] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.thisWeek" }),
    getTranslations({ locale, namespace: "ui.progress" }),
  ]);
  const days = week.days.map(
    (day) =>
      html`<li class="grid grid-cols-[3.5rem_1fr] items-center gap-2 text-sm${day.startDate === today ? " font-semibold" : ""}"><span>${day.label}</span>${progressBarHtml(day.progress, t("dayProgress", { day: day.label }), progress, { size: "sm", follows: { day: day.id } })}</li>`,
  );
  const bar = progressBarHtml(week.progress, t("progress", { number: week.number }), progress, {
    follows: { week: week.id },
  });
  return html`<div class="mt-3 space-y-3">${bar}<ul class="space-y-1.5" aria-label="${t("byDay")}">${days}</ul></div>`
    .text;
}
