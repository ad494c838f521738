import { ApprovedByWeekChart, TasksByWeekChart, type WeekPoint } from "@/components/charts/cohort-progress-chart";
import { InternStandingChart } from "@/components/charts/intern-standing-chart";
import { DataTable } from "@/components/charts/data-table";
import { Card } from "@/components/ui/card";
import { internStanding, weekTotals, type CohortGrid } from "@/lib/worklog/grid";

/**
 * The whole cohort (not the filtered grid) in charts: progress week by week and where each intern
 * stands. Each chart has a one-line summary and its numbers as a table for those who cannot read it.
 */
export function CohortCharts({ grid }: { grid: CohortGrid }) {
  if (grid.rows.length === 0) return null;
  const totals = weekTotals(grid.rows, grid.columns);
  const lastWithData = totals.reduce((last, t) => (t.started > 0 ? t.number : last), 0);
  const shown = totals.slice(0, Math.min(Math.max(grid.currentWeek, lastWithData, 1), totals.length));
  const points: WeekPoint[] = shown.map((t) => ({
    label: `W${t.number}`,
    planned: t.progress.total,
    done: t.progress.done,
    approved: t.approved,
    started: t.started,
  }));
  const interns = grid.rows.length;
  const standing = internStanding(grid.rows);
  const ranked = [...standing.interns].sort((a, b) => b.progress.percent - a.progress.percent || a.name.localeCompare(b.name, "vi"));
  const delta = (p: number) => {
    const d = p - standing.cohort.percent;
    return d === 0 ? "same as the cohort" : `${d > 0 ? "+" : "−"}${Math.abs(d)} pts`;
  };
  /** "+2", "−5" or "=": the intern against the cohort, short enough to sit next to a bar on a phone. */
  const short = (p: number) => {
    const d = p - standing.cohort.percent;
    return d === 0 ? "=" : `${d > 0 ? "+" : "−"}${Math.abs(d)}`;
  };
  const above = ranked.filter((i) => i.progress.percent >= standing.cohort.percent).length;
  const best = shown.reduce((a, b) => (b.progress.percent > a.progress.percent ? b : a), shown[0]!);
  const tasksSummary = `Weeks 1 to ${shown.length}: ${standing.cohort.done} of ${standing.cohort.total} planned tasks done (${standing.cohort.percent}%); week ${best.number} is the most complete at ${best.progress.percent}%.`;
  const approvedSummary = `${shown.reduce((n, t) => n + t.approved, 0)} weeks approved so far: ${shown.map((t) => `week ${t.number}: ${t.approved} of ${interns}`).join(", ")}.`;
  const standingSummary = `The cohort has done ${standing.cohort.percent}% of its planned tasks; ${above} of ${interns} intern${interns === 1 ? " is" : "s are"} at or above that. Each bar says the intern's share and how many points above (+) or below (−) the cohort they are.`;
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
              <p className="text-sm text-slate-600">{tasksSummary}</p>
            </figcaption>
            <TasksByWeekChart data={points} description={tasksSummary} />
          </figure>
          <DataTable
            caption="Tasks done over planned, week by week"
            head={["Week", "Planned", "Done", "Done %", "Interns with a page"]}
            rows={shown.map((t) => [`Week ${t.number}`, t.progress.total, t.progress.done, `${t.progress.percent}%`, `${t.started} of ${interns}`])}
          />
        </Card>
        <Card aria-labelledby="chart-approved-title">
          <figure>
            <figcaption className="mb-2">
              <h3 id="chart-approved-title" className="font-semibold">
                Weeks approved, week by week
              </h3>
              <p className="text-sm text-slate-600">{approvedSummary}</p>
            </figcaption>
            <ApprovedByWeekChart data={points} interns={interns} description={approvedSummary} />
          </figure>
          <DataTable
            caption="Weeks approved, week by week"
            head={["Week", "Approved", "Waiting for review", "Behind"]}
            rows={shown.map((t) => [`Week ${t.number}`, `${t.approved} of ${interns}`, t.submitted, t.behind])}
          />
        </Card>
      </div>
      <Card aria-labelledby="chart-standing-title">
        <figure>
          <figcaption className="mb-2">
            <h3 id="chart-standing-title" className="font-semibold">
              Where each intern stands
            </h3>
            <p className="text-sm text-slate-600">{standingSummary}</p>
          </figcaption>
          <InternStandingChart
            cohortPercent={standing.cohort.percent}
            description={standingSummary}
            data={ranked.map((i) => ({
              name: i.name,
              percent: i.progress.percent,
              label: `${i.progress.percent}% (${short(i.progress.percent)})`,
            }))}
          />
        </figure>
        <DataTable
          caption="Where each intern stands against the cohort"
          head={["Intern", "Tasks done", "Done %", "Against the cohort", "Weeks approved", "Weeks behind"]}
          rows={ranked.map((i) => [i.name, `${i.progress.done} of ${i.progress.total}`, `${i.progress.percent}%`, delta(i.progress.percent), i.approvedWeeks, i.behindWeeks])}
        />
      </Card>
    </section>
  );
}
