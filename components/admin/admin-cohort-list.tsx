import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { CohortCardFrame } from "@/components/cohort/cohort-card";
import { shortDate } from "@/lib/worklog/dates";
import type { AdminOverview, AdminPerson } from "@/lib/server/data/admin";

/** Every cohort with its mentors and interns (and who has not signed in yet). */
export function AdminCohortList({ cohorts }: { cohorts: AdminOverview["cohorts"] }) {
  const t = useTranslations("admin.cohorts");
  const locale = useLocale();
  if (cohorts.length === 0) {
    return (
      <Card>
        <p className="text-slate-700">{t("empty")}</p>
      </Card>
    );
  }
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {cohorts.map((cohort) => (
        <li key={cohort.id}>
          <CohortCardFrame
            cohort={cohort}
            summary={t("summary", { date: shortDate(cohort.startDate, true, locale), weeks: cohort.weekCount })}
          >
            <People
              title={t("mentors", { count: cohort.mentors.length })}
              people={cohort.mentors}
              empty={t("noMentor")}
            />
            <People
              title={t("interns", { count: cohort.interns.length })}
              people={cohort.interns}
              empty={t("noInterns")}
            />
          </CohortCardFrame>
        </li>
      ))}
    </ul>
  );
}

function People({ title, people, empty }: { title: string; people: AdminPerson[]; empty: string }) {
  return (
    <div>
      <h4 className="text-sm font-medium">{title}</h4>
      {people.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : <PersonList people={people} />}
    </div>
  );
}

function PersonList({ people }: { people: AdminPerson[] }) {
  const t = useTranslations("admin.cohorts");
  return (
    <ul className="space-y-0.5 text-sm">
      {people.map((p) => (
        <li key={p.id} className="break-words">
          {p.name} <span className="text-slate-600">· {p.email}</span>
          {p.signedIn ? null : (
            <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("notSignedIn")}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
