import "server-only";
// The program overview's table as HTML text (docs/decisions/024): at ten times the program it lists
// 200 cohorts, which React rendered on every request (2.2 times the data floor's time). Rendered once
// per what it shows (components/program/program-table.tsx keys it) and kept; every value goes through
// `html`, which escapes it. Numbers are right-aligned and said with their words, never by colour alone
// (figures-table, program.css).
import { getTranslations } from "next-intl/server";
import { html, type Html } from "@/lib/html";
import type { Locale } from "@/lib/i18n/locales";
import type { ProgramCohort } from "@/lib/server/data/program";
import { dateTime, shortDate, spreadsheetDateTime, todayIn, type IsoDate } from "@/lib/worklog/dates";
import { riskCountKeptFresh, riskCountsAsOf } from "@/lib/worklog/risk-counts";
import type { ProgramPhase } from "@/lib/worklog/schedule";
import { PROGRAM_COLUMNS } from "./columns";

type Words = Awaited<ReturnType<typeof getTranslations<"program">>>;

export interface ProgramTableInput {
  cohorts: ProgramCohort[];
  today: IsoDate;
  timeZone: string;
  locale: Locale;
}

/** Where the cohort stands, in words: "Week 3 of 12", "Not started (starts 5 Jan)", "Finished (12 weeks)". */
function phaseWords(phase: ProgramPhase, startDate: string, t: Words, locale: Locale): string {
  switch (phase.kind) {
    case "not-started":
      return t("phase.notStarted", { start: shortDate(startDate, true, locale) });
    case "running":
      return t("phase.running", { week: phase.week, weekCount: phase.weekCount });
    case "finished":
      return t("phase.finished", { weekCount: phase.weekCount });
  }
}

/** "as of 08:35" (today, in the program's time zone), "as of 28 Nov 2026, 08:35" (an earlier day). */
function asOfWords(at: Date, input: ProgramTableInput, t: Words): string {
  const local = spreadsheetDateTime(at.toISOString(), input.timeZone);
  return local.slice(0, 10) === input.today
    ? t("risk.asOf", { when: local.slice(11) })
    : t("risk.asOf", { when: dateTime(at.toISOString(), input.timeZone, input.locale) });
}

/**
 * A cohort's interns at risk as last counted: the number, linked to the cohort page's list of them
 * (with why), "—" when never counted; a cohort no longer kept fresh says the day of its count.
 */
function riskCount(cohort: ProgramCohort, input: ProgramTableInput, t: Words): Html {
  if (!cohort.atRisk) {
    return html`<span aria-hidden="true">${t("risk.notCountedMark")}</span><span class="sr-only">${t("risk.notCounted")}</span>`;
  }
  const { atRisk, computedAt } = cohort.atRisk;
  const frozen = riskCountKeptFresh(cohort, input.today)
    ? null
    : html`<small>${t("risk.countedOn", { date: shortDate(todayIn(input.timeZone, computedAt), true, input.locale) })}</small>`;
  if (atRisk === 0) return html`${atRisk}${frozen}`;
  return html`<a href="/cohorts/${cohort.id}#at-risk-title" data-nav="">${atRisk}<span class="sr-only"> ${t("risk.linkHint", { cohort: cohort.name })}</span></a>${frozen}`;
}

function row(c: ProgramCohort, input: ProgramTableInput, t: Words): Html {
  const oldest = c.oldestWaitingDays === null ? t("nothingWaits") : t("age", { days: c.oldestWaitingDays });
  // The cohort's name opens its grid, saying "Opening…" meanwhile (html-island.tsx: data-pending).
  return html`<tr><th scope="row"><a href="/cohorts/${c.id}" data-nav="" data-pending="${t("loading")}">${c.name}<span aria-live="polite" class="text-xs font-normal text-slate-600" data-pending-hint=""></span></a></th><td>${phaseWords(c.phase, c.startDate, t, input.locale)}</td><td>${c.internCount}</td><td>${t("doneShare", { percent: c.progress.percent })}<small>${t("doneCounts", { done: c.progress.done, total: c.progress.total })}</small></td><td>${c.waiting}</td><td>${oldest}</td><td>${c.internsBehind}</td><td>${riskCount(c, input, t)}</td></tr>`;
}

/** Every cohort in one table, each row's name a link to its grid; the caption names it (#program-caption). */
export async function programTableHtml(input: ProgramTableInput): Promise<string> {
  const t = await getTranslations({ locale: input.locale, namespace: "program" });
  const asOf = riskCountsAsOf(input.cohorts, input.today);
  const heads = PROGRAM_COLUMNS.map(
    (key) =>
      html`<th scope="col">${t(`columns.${key}`)}${key === "atRisk" ? html`<small>${asOf ? asOfWords(asOf, input, t) : t("risk.notYet")}</small>` : null}</th>`,
  );
  const rows = input.cohorts.map((c) => row(c, input, t));
  return html`<table class="w-max min-w-full border-collapse text-left text-sm figures-table program-table"><caption id="program-caption" class="px-3 pt-3 pb-1 text-left text-sm text-slate-600">${t("caption", { count: input.cohorts.length })}</caption><thead><tr>${heads}</tr></thead><tbody>${rows}</tbody></table>`
    .text;
}
