"use client";

// The cohort's charts and their number tables, drawn from the numbers cohort-charts.tsx works out
// on the server: sent as data rather than as an element tree (decision 009).
import { useTranslations } from "next-intl";
import { ApprovedByWeekChart, TasksByWeekChart, type WeekPoint } from "@/components/charts/cohort-progress-chart";
import { DataTable } from "@/components/charts/data-table";
import { InternStandingChart } from "@/components/charts/intern-standing-chart";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

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

type ChartWords = ReturnType<typeof useTranslations<"charts">>;

/** An intern's done % against the cohort's, for the table: "+2 pts", "−5 pts" or "same as the cohort". */
function against(percent: number, cohortPercent: number, t: ChartWords): string {
  const d = percent - cohortPercent;
  return d === 0 ? t("standing.same") : t("standing.points", { sign: d > 0 ? "+" : "−", points: Math.abs(d) });
}

/** "+2", "−5" or "=": the intern against the cohort, short enough to sit next to a bar on a phone. */
function againstShort(percent: number, cohortPercent: number): string {
  const d = percent - cohortPercent;
  return d === 0 ? "=" : `${d > 0 ? "+" : "−"}${Math.abs(d)}`;
}

export function CohortChartsView({
  points,
  weeks,
  interns,
  cohortPercent,
  ranked,
  summaries,
  children,
}: {
  points: WeekPoint[];
  weeks: WeekRow[];
  interns: number;
  cohortPercent: number;
  ranked: RankedIntern[];
  summaries: { tasks: string; approved: string; standing: string };
  /** More charts of the cohort (the at-risk trend). */
  children?: React.ReactNode;
}) {
  const t = useTranslations("charts");
  return (
    <Section headingId="charts-title" heading={t("heading")} className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <TasksByWeekCard points={points} weeks={weeks} interns={interns} summary={summaries.tasks} />
        <ApprovedByWeekCard points={points} weeks={weeks} interns={interns} summary={summaries.approved} />
      </div>
      <StandingCard ranked={ranked} cohortPercent={cohortPercent} summary={summaries.standing} />
      {children}
    </Section>
  );
}

interface WeeksChartProps {
  points: WeekPoint[];
  weeks: WeekRow[];
  interns: number;
  summary: string;
}

/** A week-by-week table's rows: each week named by its number, then its cells. */
function byWeek(
  points: WeekPoint[],
  weeks: WeekRow[],
  t: ChartWords,
  cells: (point: WeekPoint, week: WeekRow) => (string | number)[],
): (string | number)[][] {
  return points.map((point, i) => [t("weekRow", { number: weeks[i]!.number }), ...cells(point, weeks[i]!)]);
}

function TasksByWeekCard({ points, weeks, interns, summary }: WeeksChartProps) {
  const t = useTranslations("charts");
  return (
    <ChartCard
      titleId="chart-tasks-title"
      title={t("tasks.title")}
      summary={summary}
      table={{
        head: [t("tasks.week"), t("tasks.planned"), t("tasks.done"), t("tasks.donePercent"), t("tasks.started")],
        rows: () =>
          byWeek(points, weeks, t, (p, week) => [
            p.planned,
            p.done,
            `${week.percent}%`,
            t("countOf", { count: p.started, total: interns }),
          ]),
      }}
    >
      <TasksByWeekChart data={points} description={summary} />
    </ChartCard>
  );
}

function ApprovedByWeekCard({ points, weeks, interns, summary }: WeeksChartProps) {
  const t = useTranslations("charts");
  return (
    <ChartCard
      titleId="chart-approved-title"
      title={t("approved.title")}
      summary={summary}
      table={{
        head: [t("approved.week"), t("approved.approved"), t("approved.waiting"), t("approved.behind")],
        rows: () =>
          byWeek(points, weeks, t, (p, week) => [
            t("countOf", { count: p.approved, total: interns }),
            week.submitted,
            week.behind,
          ]),
      }}
    >
      <ApprovedByWeekChart data={points} interns={interns} description={summary} />
    </ChartCard>
  );
}

function StandingCard({
  ranked,
  cohortPercent,
  summary,
}: {
  ranked: RankedIntern[];
  cohortPercent: number;
  summary: string;
}) {
  const t = useTranslations("charts");
  return (
    <ChartCard
      titleId="chart-standing-title"
      title={t("standing.title")}
      summary={summary}
      table={{
        caption: t("standing.caption"),
        head: [
          t("standing.intern"),
          t("standing.tasksDone"),
          t("standing.donePercent"),
          t("standing.against"),
          t("standing.weeksApproved"),
          t("standing.weeksBehind"),
        ],
        rows: () =>
          ranked.map(([name, done, total, percent, approved, behind]) => [
            name,
            t("countOf", { count: done, total }),
            `${percent}%`,
            against(percent, cohortPercent, t),
            approved,
            behind,
          ]),
      }}
    >
      <InternStandingChart
        cohortPercent={cohortPercent}
        description={summary}
        data={ranked.map(([name, , , percent]) => ({
          name,
          percent,
          label: `${percent}% (${againstShort(percent, cohortPercent)})`,
        }))}
      />
    </ChartCard>
  );
}

/** A chart as a figure (its title and one-line summary as the caption), then its numbers as a table. */
export function ChartCard({
  titleId,
  title,
  summary,
  table,
  children,
}: {
  titleId: string;
  title: string;
  summary: string;
  /** Its caption is the chart's title unless it says otherwise. */
  table: Omit<React.ComponentProps<typeof DataTable>, "caption"> & { caption?: string };
  children: React.ReactNode;
}) {
  return (
    <Card aria-labelledby={titleId}>
      <figure>
        <figcaption className="mb-2">
          <h3 id={titleId} className="font-semibold">
            {title}
          </h3>
          <p className="text-sm text-slate-600">{summary}</p>
        </figcaption>
        {children}
      </figure>
      <DataTable caption={table.caption ?? title} head={table.head} rows={table.rows} />
    </Card>
  );
}
