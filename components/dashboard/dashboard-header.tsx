import { getLocale, getTranslations } from "next-intl/server";
import { shortDate } from "@/lib/worklog/dates";
import { phaseValues } from "@/lib/worklog/schedule";
import type { InternDashboard } from "@/lib/server/data/dashboard";

/** The dashboard's title and where the intern stands in their cohort, or that they have none yet. */
export async function DashboardHeader({ cohort, today }: Pick<InternDashboard, "cohort" | "today">) {
  const [t, common, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("common"), getLocale()]);
  return (
    <header>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="text-slate-600">
        {cohort
          ? t("standing", {
              cohort: cohort.name,
              phase: common("phase", phaseValues(cohort.phase)),
              date: shortDate(today, true, locale),
            })
          : t("noCohort")}
      </p>
    </header>
  );
}
