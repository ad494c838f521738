import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { WorkloadTables } from "@/components/assignment/workload-tables";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/server/data/session";
import { getWorkload } from "@/lib/server/data/workload";
import { programToday } from "@/lib/server/today";
import { longDate } from "@/lib/worklog/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assignment.workload"))("title") };
}

/** Reviewer workload: per mentor, the weeks waiting for review and the oldest one's age. Admins only. */
export default async function MentorWorkloadPage() {
  const viewer = await requireRole("ADMIN");
  const today = programToday();
  const [workload, t, program, locale] = await Promise.all([
    getWorkload(viewer, { today }),
    getTranslations("assignment.workload"),
    getTranslations("program"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/program", label: program("title") }]} current={t("title")} />
      <PageHeader
        title={t("title")}
        intro={t("intro", { today: longDate(today, locale) })}
        link={{ href: "/admin#assignment-title", label: t("adminLink") }}
      />
      <WorkloadTables workload={workload} />
    </div>
  );
}
