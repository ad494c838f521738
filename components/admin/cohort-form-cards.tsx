import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { AdminOverview } from "@/lib/server/data/admin";
import { AddPersonForm, CreateCohortForm, MoveInternForm } from "./cohort-forms";

/** The admin's cohort forms, each in its card: a new cohort, a person added to one, an intern moved. */
export function CohortFormCards({
  cohorts,
  defaultStartDate,
}: {
  cohorts: AdminOverview["cohorts"];
  /** The new cohort form's start date until the admin picks one. */
  defaultStartDate: string;
}) {
  const t = useTranslations("admin.cohorts");
  // The forms are client components: they get the cohorts' names and interns, not the whole overview.
  const cohortOptions = cohorts.map((c) => ({ id: c.id, name: c.name, interns: c.interns }));
  return (
    <div className="grid gap-3 lg:grid-cols-3">
      <Card heading={t("newCohort")} headingId="new-cohort-title" headingLevel={3}>
        <CreateCohortForm defaultStartDate={defaultStartDate} />
      </Card>
      <Card heading={t("addPerson")} headingId="add-person-title" headingLevel={3}>
        {cohorts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("createFirst")}</p>
        ) : (
          <AddPersonForm cohorts={cohortOptions} />
        )}
      </Card>
      <Card heading={t("move")} headingId="move-title" headingLevel={3}>
        {cohorts.length < 2 || cohorts.every((c) => c.interns.length === 0) ? (
          <p className="text-sm text-slate-600">{t("moveNeeds")}</p>
        ) : (
          <MoveInternForm cohorts={cohortOptions} />
        )}
      </Card>
    </div>
  );
}
