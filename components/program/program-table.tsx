import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PendingLink } from "@/components/ui/pending-link";
import type { ProgramCohort } from "@/lib/server/data/program";
import { shortDate } from "@/lib/worklog/dates";
import type { ProgramPhase } from "@/lib/worklog/schedule";
import type { Locale } from "@/lib/i18n/locales";
import { PROGRAM_COLUMNS } from "./columns";
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
export async function ProgramTable({ cohorts }: { cohorts: ProgramCohort[] }) {
  const [t, locale] = await Promise.all([getTranslations("program"), getLocale()]);
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
    <ScrollTable captionId="program-caption" caption={t("caption", { count: cohorts.length })}>
      <thead>
        <tr className="border-b border-slate-200 align-bottom">
          {PROGRAM_COLUMNS.map((key, i) => (
            <th key={key} scope="col" className={`px-3 py-2 font-semibold ${i > 1 ? "text-right" : ""}`}>
              {t(`columns.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cohorts.map((c) => (
          <tr key={c.id} className="border-b border-slate-100 align-top">
            <th scope="row" className="max-w-72 px-3 py-2 font-medium">
              <PendingLink
                href={`/cohorts/${c.id}`}
                pendingText={t("loading")}
                className="text-brand-800 underline-offset-2 hover:underline"
              >
                {c.name}
              </PendingLink>
            </th>
            <td className="px-3 py-2 whitespace-nowrap">{phaseWords(c.phase, c.startDate, t, locale)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{c.internCount}</td>
            <td className="px-3 py-2 text-right tabular-nums">
              <span className="block font-medium">{t("doneShare", { percent: c.progress.percent })}</span>
              <span className="block text-xs text-slate-600">
                {t("doneCounts", { done: c.progress.done, total: c.progress.total })}
              </span>
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{c.waiting}</td>
            <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
              {c.oldestWaitingDays === null ? t("nothingWaits") : t("age", { days: c.oldestWaitingDays })}
            </td>
            <td className="px-3 py-2 text-right tabular-nums">{c.internsBehind}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
