import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { shortDate } from "@/lib/worklog/dates";
import type { CohortSummary } from "@/lib/server/data/cohorts";
import { phaseValues } from "@/lib/worklog/schedule";

/** A cohort in the list: where it stands, its interns' progress, what waits for review, who is behind. */
export async function CohortCard({ cohort }: { cohort: CohortSummary }) {
  const [t, common, locale] = await Promise.all([
    getTranslations("cohorts.card"),
    getTranslations("common"),
    getLocale(),
  ]);
  return (
    <CohortCardFrame
      cohort={cohort}
      summary={t("summary", {
        date: shortDate(cohort.startDate, true, locale),
        phase: common("phase", phaseValues(cohort.phase)),
      })}
    >
      {cohort.progress ? (
        <ProgressBar progress={cohort.progress} label={t("progressLabel", { cohort: cohort.name })} />
      ) : null}
      <dl className="grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-slate-600">{t("interns")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{cohort.internCount}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("waiting")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{cohort.waitingForReview}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("behind")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{cohort.internsBehind ?? "–"}</dd>
        </div>
      </dl>
    </CohortCardFrame>
  );
}

/** A cohort's card in a list (the mentors' and the admin's): its name linking to its page, a line about it, then `children`. */
export function CohortCardFrame({
  cohort,
  summary,
  children,
}: {
  cohort: { id: string; name: string };
  summary: string;
  children: React.ReactNode;
}) {
  return (
    <Card className="h-full space-y-3">
      <div>
        <h3 className="font-semibold">
          <Link href={`/cohorts/${cohort.id}`} className="text-brand-800 hover:underline">
            {cohort.name}
          </Link>
        </h3>
        <p className="text-sm text-slate-600">{summary}</p>
      </div>
      {children}
    </Card>
  );
}
