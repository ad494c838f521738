// The program overview's "at risk" counts are kept, not computed per request (docs/decisions/018):
// which cohorts the scheduled refresh keeps fresh, and how fresh the counts shown are. Pure.
import { cohortWeekNumberOn, type IsoDate } from "./dates";

/** How often the worker refreshes the counts (a cron line: every five minutes). */
export const RISK_COUNTS_CRON = "*/5 * * * *";

/**
 * The cohorts whose count is refreshed: running, or finished less than a week ago (the week after
 * the last one). A cohort not started has no past week to judge; a cohort finished longer ago keeps
 * the count it had then, so a refresh never loads the whole program's history.
 */
export function riskCountKeptFresh(cohort: { startDate: IsoDate; weekCount: number }, today: IsoDate): boolean {
  const week = cohortWeekNumberOn(cohort.startDate, today);
  return week >= 1 && week <= cohort.weekCount + 1;
}

/** A cohort's kept count: how many interns were at risk when it was last computed. */
export interface RiskCount {
  atRisk: number;
  computedAt: Date;
}

/**
 * The moment the counts on the page are as fresh as: the oldest computation among the cohorts kept
 * fresh (the others' counts are said with their own date), or null when none was computed.
 */
export function riskCountsAsOf(
  cohorts: readonly { startDate: IsoDate; weekCount: number; atRisk: RiskCount | null }[],
  today: IsoDate,
): Date | null {
  let oldest: Date | null = null;
  for (const cohort of cohorts) {
    if (!cohort.atRisk || !riskCountKeptFresh(cohort, today)) continue;
    if (oldest === null || cohort.atRisk.computedAt < oldest) oldest = cohort.atRisk.computedAt;
  }
  return oldest;
}
