import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CohortSummary } from "@/lib/server/data/cohorts";
import { CohortCard } from "./cohort-card";
import { Section } from "@/components/ui/section";

/** The cohorts a mentor mentors (an admin: every cohort), or what to do when there are none. */
export async function CohortList({ cohorts, isAdmin }: { cohorts: CohortSummary[]; isAdmin: boolean }) {
  const t = await getTranslations("cohorts.list");
  return (
    <Section headingId="cohorts-title" heading={isAdmin ? t("headingAdmin") : t("headingMentor")}>
      {cohorts.length === 0 ? (
        <Card>
          <p className="text-slate-700">
            {isAdmin
              ? t.rich("noneAdmin", {
                  link: (chunks) => (
                    <Link href="/admin" className="font-medium text-brand-800 underline">
                      {chunks}
                    </Link>
                  ),
                })
              : t("noneMentor")}
          </p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <CohortCard cohort={cohort} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
