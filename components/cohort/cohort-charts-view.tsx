"use client";

// The cohort's charts and their number tables, drawn from the numbers cohort-charts.tsx works out
// on the server: sent as data rather than as an element tree (decision 009).
import { ApprovedByWeekChart, TasksByWeekChart, type WeekPoint } from "@/components/charts/cohort-progress-chart";
import { DataTable } from "@/components/charts/data-table";
import { InternStandingChart } from "@/components/charts/intern-standing-chart";
import { Card } from "@/components/ui/card";

/** A week's column of the cohort, beyond its chart point. */
export interface WeekRow {
  number: number;
  percent: number;
  submitted: number;
  behind: number;
}

/** An intern, best first: [name, tasks done, tasks planned, done %, weeks approved, weeks behind]. */
export type RankedIntern = [
  name: string,
  done: number,
  total: number,
  percent: number,
  approved: number,
  behind: number,
];

export function CohortChartsView({
  points,
  weeks,
  interns,
  cohortPercent,
  ranked,
  summaries,
}: {
  points: WeekPoint[];
  weeks: WeekRow[];
  interns: number;
  cohortPercent: number;
  ranked: RankedIntern[];
  summaries: { tasks: string; approved: string; standing: string };
}) {
  const delta = (p: number) => {
    const d = p - cohortPercent;
    return d === 0 ? "same as the cohort" : `${d > 0 ? "+" : "−"}${Math.abs(d)} pts`;
  };
  /** "+2", "−5" or "=": the intern against the cohort, short enough to sit next to a bar on a phone. */
  const short = (p: number) => {
    const d = p - cohortPercent;
    return d === 0 ? "=" : `${d > 0 ? "+" : "−"}${Math.abs(d)}`;
  };
  return (
    <section aria-labelledby="charts-title" className="space-y-4">
      <h2 id="charts-title" className="text-lg font-semibold">
        Charts
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="chart-tasks-title">
          <figure>
            <figcaption className="mb-2">
              <h3 id="chart-tasks-title" className="font-semibold">
                Tasks done over planned, week by week
              </h3>
              <p className="text-sm text-slate-600">{summaries.tasks}</p>
            </figcaption>
            <TasksByWeekChart data={points} description={summaries.tasks} />
          </figure>
          <DataTable
            caption="Tasks done over planned, week by week"
            head={["Week", "Planned", "Done", "Done %", "Interns with a page"]}
            rows={points.map((p, i) => [
              `Week ${weeks[i]!.number}`,
              p.planned,
              p.done,
              `${weeks[i]!.percent}%`,
              `${p.started} of ${interns}`,
            ])}
          />
        </Card>
        <Card aria-labelledby="chart-approved-title">
          <figure>
            <figcaption className="mb-2">
              <h3 id="chart-approved-title" className="font-semibold">
                Weeks approved, week by week
              </h3>
              <p className="text-sm text-slate-600">{summaries.approved}</p>
            </figcaption>
            <ApprovedByWeekChart data={points} interns={interns} description={summaries.approved} />
          </figure>
          <DataTable
            caption="Weeks approved, week by week"
            head={["Week", "Approved", "Waiting for review", "Behind"]}
            rows={points.map((p, i) => [
              `Week ${weeks[i]!.number}`,
              `${p.approved} of ${interns}`,
              weeks[i]!.submitted,
              weeks[i]!.behind,
            ])}
          />
        </Card>
      </div>
      <Card aria-labelledby="chart-standing-title">
        <figure>
          <figcaption className="mb-2">
            <h3 id="chart-standing-title" className="font-semibold">
              Where each intern stands
            </h3>
            <p className="text-sm text-slate-600">{summaries.standing}</p>
          </figcaption>
          <InternStandingChart
            cohortPercent={cohortPercent}
            description={summaries.standing}
            data={ranked.map(([name, , , percent]) => ({ name, percent, label: `${percent}% (${short(percent)})` }))}
          />
        </figure>
        <DataTable
          caption="Where each intern stands against the cohort"
          head={["Intern", "Tasks done", "Done %", "Against the cohort", "Weeks approved", "Weeks behind"]}
          rows={ranked.map(([name, done, total, percent, approved, behind]) => [
            name,
            `${done} of ${total}`,
            `${percent}%`,
            delta(percent),
            approved,
            behind,
          ])}
        />
      </Card>
    </section>
  );
}
