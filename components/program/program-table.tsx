import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PendingLink } from "@/components/ui/pending-link";
import type { ProgramCohort } from "@/lib/server/data/program";
import { shortDate, type IsoDate } from "@/lib/worklog/dates";
import type { ProgramPhase } from "@/lib/worklog/schedule";
import type { Locale } from "@/lib/i18n/locales";
import { riskCountsAsOf } from "@/lib/worklog/risk-counts";
import { PROGRAM_COLUMNS } from "./columns";
import { asOfWords, RiskCount, type RiskClock } from "./risk-count";
import "@/components/ui/figures-table.css";
import "./program.css";
import { ScrollTable } from "@/components/ui/scroll-table";

type Words = Awaited<ReturnType<typeof getTranslations<"program">>>;

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

/**
 * Every cohort in one table, each row's name a link to its grid. About 20 rows, so a plain server
 * component; numbers are right-aligned and said with their words, never by colour alone.
 */
export async function ProgramTable({
  cohorts,
  today,
  timeZone,
}: {
  cohorts: ProgramCohort[];
  today: IsoDate;
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("program"), getLocale()]);
  const clock: RiskClock = { today, timeZone, locale };
  const asOf = riskCountsAsOf(cohorts, today);
  if (cohorts.length === 0) {
    return (
      <Card>
        <p className="text-slate-700">
          {t.rich("empty", {
            link: (chunks) => (
              <Link href="/admin" className="font-medium text-brand-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Card>
    );
  }
  return (
    <ScrollTable
      captionId="program-caption"
      caption={t("caption", { count: cohorts.length })}
      tableClassName="figures-table program-table"
    >
      <thead>
        <tr>
          {PROGRAM_COLUMNS.map((key) => (
            <th key={key} scope="col">
              {t(`columns.${key}`)}
              {key === "atRisk" ? <small>{asOf ? asOfWords(asOf, clock, t) : t("risk.notYet")}</small> : null}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cohorts.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <PendingLink href={`/cohorts/${c.id}`} pendingText={t("loading")}>
                {c.name}
              </PendingLink>
            </th>
            <td>{phaseWords(c.phase, c.startDate, t, locale)}</td>
            <td>{c.internCount}</td>
            <td>
              {t("doneShare", { percent: c.progress.percent })}
              <small>{t("doneCounts", { done: c.progress.done, total: c.progress.total })}</small>
            </td>
            <td>{c.waiting}</td>
            <td>{c.oldestWaitingDays === null ? t("nothingWaits") : t("age", { days: c.oldestWaitingDays })}</td>
            <td>{c.internsBehind}</td>
            <td>
              <RiskCount cohort={c} clock={clock} t={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
