import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AssignmentSection } from "@/components/assignment/assignment-section";
import { AdminCohortList } from "@/components/admin/admin-cohort-list";
import { CohortFormCards } from "@/components/admin/cohort-form-cards";
import { ModuleCatalogue } from "@/components/admin/module-catalogue";
import { PeopleSection } from "@/components/admin/people-section";
import { RiskSettingsSection } from "@/components/admin/risk-settings-section";
import { personSearchSchema } from "@/lib/schemas/admin";
import { getAdminOverview } from "@/lib/server/data/admin";
import { findPeople } from "@/lib/server/data/people";
import { getRiskSettings } from "@/lib/server/data/program-settings";
import { requireRole } from "@/lib/server/data/session";
import { programToday } from "@/lib/server/today";
import { addDaysIso, mondayOf } from "@/lib/worklog/dates";
import { Section } from "@/components/ui/section";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const viewer = await requireRole("ADMIN");
  const query = personSearchSchema.parse((await searchParams).person);
  const [overview, people, t, program, riskSettings] = await Promise.all([
    getAdminOverview(viewer),
    findPeople(viewer, query),
    getTranslations("admin"),
    getTranslations("program"),
    getRiskSettings(viewer),
  ]);
  const nextMonday = addDaysIso(mondayOf(programToday()), 7);
  return (
    <ClientMessages page="admin">
      <div className="space-y-6">
        <PageHeader title={t("title")} intro={t("intro")} link={{ href: "/program", label: program("adminLink") }} />

        <Section headingId="cohorts-title" heading={t("cohorts.title")}>
          <AdminCohortList cohorts={overview.cohorts} />
          <CohortFormCards cohorts={overview.cohorts} defaultStartDate={nextMonday} />
        </Section>

        <AssignmentSection cohorts={overview.cohorts} />

        <PeopleSection people={people} query={query} viewerId={viewer.id} />

        <ModuleCatalogue modules={overview.modules} />

        <RiskSettingsSection settings={riskSettings} />
      </div>
    </ClientMessages>
  );
}
