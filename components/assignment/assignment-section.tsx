import { getTranslations } from "next-intl/server";
import { PendingLink } from "@/components/ui/pending-link";
import { Section } from "@/components/ui/section";
import type { AdminOverview } from "@/lib/server/data/admin";
import { CohortAssignments } from "./cohort-assignments";

/** /admin: each cohort's mentors and which of them each intern is assigned to, a cohort a disclosure. */
export async function AssignmentSection({ cohorts }: { cohorts: AdminOverview["cohorts"] }) {
  const t = await getTranslations("assignment.admin");
  return (
    <Section headingId="assignment-title" heading={t("title")}>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <p className="text-sm">
        <PendingLink
          href="/program/mentors"
          pendingText={t("loading")}
          className="font-medium text-brand-800 underline underline-offset-2"
        >
          {t("workloadLink")}
        </PendingLink>
      </p>
      {cohorts.length === 0 ? null : (
        <ul className="space-y-2">
          {cohorts.map((cohort) => {
            const unassigned = cohort.interns.filter((i) => i.mentorId === null).length;
            return (
              <li key={cohort.id}>
                <details className="rounded-xl border border-slate-200 bg-white">
                  <summary className="cursor-pointer px-4 py-3 font-medium">
                    {cohort.name}
                    <span className="ml-2 text-sm font-normal text-slate-600">
                      {t("summary", {
                        mentors: cohort.mentors.length,
                        interns: cohort.interns.length,
                        unassigned,
                      })}
                    </span>
                  </summary>
                  <div className="border-t border-slate-100 px-4 py-3">
                    <CohortAssignments
                      cohort={{
                        id: cohort.id,
                        name: cohort.name,
                        mentors: cohort.mentors.map((m) => ({ id: m.id, name: m.name })),
                        interns: cohort.interns.map((i) => ({
                          id: i.id,
                          name: i.name,
                          email: i.email,
                          mentorId: i.mentorId,
                        })),
                      }}
                    />
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
