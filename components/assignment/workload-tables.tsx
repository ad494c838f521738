import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PendingLink } from "@/components/ui/pending-link";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { Workload, WorkloadCohort } from "@/lib/server/data/workload";
import "@/components/ui/figures-table.css";
import "./workload.css";

type Words = Awaited<ReturnType<typeof getTranslations<"assignment.workload">>>;

const age = (t: Words, days: number | null) => (days === null ? t("nothingWaits") : t("age", { days }));

/** "K1: 3 waiting, oldest 5 days": one line a cohort, under the mentor's name. */
function cohortLine(t: Words, c: WorkloadCohort): string {
  return c.waiting === 0
    ? t("cohortNone", { cohort: c.name, interns: c.interns })
    : t("cohortLine", { cohort: c.name, interns: c.interns, waiting: c.waiting, age: age(t, c.oldestWaitingDays) });
}

/**
 * Per mentor, the weeks of their assigned interns waiting for review and the oldest one's age; then,
 * apart, the weeks of interns assigned to nobody, per cohort. Four narrow columns, so it reads on a phone.
 */
export async function WorkloadTables({ workload }: { workload: Workload }) {
  const t = await getTranslations("assignment.workload");
  return (
    <div className="space-y-6">
      {workload.mentors.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("noMentors")}</p>
        </Card>
      ) : (
        <ScrollTable
          captionId="workload-caption"
          caption={t("caption", { count: workload.mentors.length })}
          tableClassName="figures-table workload-table"
        >
          <thead>
            <tr>
              <th scope="col">{t("columns.mentor")}</th>
              <th scope="col">{t("columns.interns")}</th>
              <th scope="col">{t("columns.waiting")}</th>
              <th scope="col">{t("columns.oldest")}</th>
            </tr>
          </thead>
          <tbody>
            {workload.mentors.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  <small>{m.email}</small>
                  {m.cohorts.map((c) => (
                    <small key={c.id}>{cohortLine(t, c)}</small>
                  ))}
                </th>
                <td>{m.interns}</td>
                <td>{m.waiting}</td>
                <td>{age(t, m.oldestWaitingDays)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <section aria-labelledby="unassigned-title" className="space-y-2">
        <h2 id="unassigned-title" className="text-lg font-semibold">
          {t("unassignedTitle")}
        </h2>
        {workload.unassigned.length === 0 ? (
          <p className="text-sm text-slate-600">{t("allAssigned")}</p>
        ) : (
          <UnassignedTable t={t} cohorts={workload.unassigned} />
        )}
      </section>
    </div>
  );
}

function UnassignedTable({ t, cohorts }: { t: Words; cohorts: WorkloadCohort[] }) {
  return (
    <ScrollTable
      captionId="unassigned-caption"
      caption={t("unassignedCaption", { count: cohorts.length })}
      tableClassName="figures-table workload-table"
    >
      <thead>
        <tr>
          <th scope="col">{t("columns.cohort")}</th>
          <th scope="col">{t("columns.unassigned")}</th>
          <th scope="col">{t("columns.waiting")}</th>
          <th scope="col">{t("columns.oldest")}</th>
        </tr>
      </thead>
      <tbody>
        {cohorts.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <PendingLink href={`/cohorts/${c.id}?scope=all`} pendingText={t("loading")}>
                {c.name}
              </PendingLink>
            </th>
            <td>{c.interns}</td>
            <td>{c.waiting}</td>
            <td>{age(t, c.oldestWaitingDays)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
