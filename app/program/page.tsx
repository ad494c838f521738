import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgramTable } from "@/components/program/program-table";
import { getProgramOverview } from "@/lib/server/data/program";
import { requireRole } from "@/lib/server/data/session";
import { databaseEnv } from "@/lib/server/env";
import { programToday } from "@/lib/server/today";
import { longDate } from "@/lib/worklog/dates";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("program"))("title") };
}

/** Every cohort of the program in one table: admins only (a 404 for anyone else). */
export default async function ProgramPage() {
  const viewer = await requireRole("ADMIN");
  const today = programToday();
  const [cohorts, t, locale, workload] = await Promise.all([
    getProgramOverview(viewer, { today }),
    getTranslations("program"),
    getLocale(),
    getTranslations("assignment.workload"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro", { today: longDate(today, locale) })}
        link={{ href: "/program/mentors", label: workload("programLink") }}
      >
        <p className="mt-1 text-sm text-slate-600">{t("risk.help")}</p>
      </PageHeader>
      <ProgramTable cohorts={cohorts} today={today} timeZone={databaseEnv().WORKLOG_TIME_ZONE} />
    </div>
  );
}
