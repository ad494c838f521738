import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { ProgramCohort } from "@/lib/server/data/program";
import { dateTime, shortDate, spreadsheetDateTime, todayIn, type IsoDate } from "@/lib/worklog/dates";
import { riskCountKeptFresh } from "@/lib/worklog/risk-counts";

type Words = Awaited<ReturnType<typeof getTranslations<"program">>>;

export interface RiskClock {
  today: IsoDate;
  timeZone: string;
  locale: Locale;
}

/** "as of 08:35" (today, in the program's time zone), "as of 28 Nov 2026, 08:35" (an earlier day). */
export function asOfWords(at: Date, clock: RiskClock, t: Words): string {
  const local = spreadsheetDateTime(at.toISOString(), clock.timeZone);
  return local.slice(0, 10) === clock.today
    ? t("risk.asOf", { when: local.slice(11) })
    : t("risk.asOf", { when: dateTime(at.toISOString(), clock.timeZone, clock.locale) });
}

/**
 * A cohort's interns at risk as last counted: the number, linked to the cohort page's list of them
 * (with why), "—" when never counted; a cohort no longer kept fresh says the day of its count.
 */
export function RiskCount({ cohort, clock, t }: { cohort: ProgramCohort; clock: RiskClock; t: Words }) {
  if (!cohort.atRisk) {
    return (
      <>
        <span aria-hidden="true">{t("risk.notCountedMark")}</span>
        <span className="sr-only">{t("risk.notCounted")}</span>
      </>
    );
  }
  const { atRisk, computedAt } = cohort.atRisk;
  const frozen = riskCountKeptFresh(cohort, clock.today) ? null : (
    <small>
      {t("risk.countedOn", {
        date: shortDate(todayIn(clock.timeZone, computedAt), true, clock.locale),
      })}
    </small>
  );
  if (atRisk === 0)
    return (
      <>
        {atRisk}
        {frozen}
      </>
    );
  return (
    <>
      <Link href={`/cohorts/${cohort.id}#at-risk-title`}>
        {atRisk}
        <span className="sr-only"> {t("risk.linkHint", { cohort: cohort.name })}</span>
      </Link>
      {frozen}
    </>
  );
}
