import { getLocale, getTranslations } from "next-intl/server";
import type { WeekPoint } from "@/components/charts/cohort-progress-chart";
import { CohortChartsView, type RankedIntern, type WeekRow } from "@/components/cohort/cohort-charts-view";
import { RiskTrendCard, type RiskTrendWeek } from "@/components/cohort/risk-trend-card";
import { viewCache } from "@/lib/server/cache/view-cache";
import type { GridCacheSlot } from "@/lib/server/data/grid";
import { internStanding, riskWeeksOf, weekTotals, type CohortGrid } from "@/lib/worklog/grid";
import { atRiskByWeek } from "@/lib/worklog/risk";

/**
 * The whole cohort (not the filtered grid) in charts: progress week by week and where each intern
 * stands. Each chart has a one-line summary and its numbers as a table for those who cannot read it.
 * The numbers are worked out here, once per grid (its key in the view cache) and locale, and kept
 * beside it; CohortChartsView draws them (in the browser: decision 009).
 */
export async function CohortCharts({ grid }: { grid: CohortGrid & GridCacheSlot }) {
  if (grid.rows.length === 0) return null;
  const locale = await getLocale();
  const { trend, ...charts } = await viewCache().get(
    `charts ${grid.viewKey} ${locale}`,
    () => chartsOf(grid),
    grid.lineage,
  );
  return <CohortChartsView {...charts}>{trend ? <RiskTrendCard {...trend} /> : null}</CohortChartsView>;
}

/** The charts' props, in the request's locale. */
async function chartsOf(grid: CohortGrid) {
  const [tSummary, tCharts, tRisk] = await Promise.all([
    getTranslations("cohorts.chartSummary"),
    getTranslations("charts"),
    getTranslations("risk.chart"),
  ]);
  const totals = weekTotals(grid.rows, grid.columns);
  const lastWithData = totals.reduce((last, t) => (t.started > 0 ? t.number : last), 0);
  const shown = totals.slice(0, Math.min(Math.max(grid.currentWeek, lastWithData, 1), totals.length));
  const points: WeekPoint[] = shown.map((t) => ({
    label: tCharts("weekShort", { number: t.number }),
    planned: t.progress.total,
    done: t.progress.done,
    approved: t.approved,
    started: t.started,
  }));
  const interns = grid.rows.length;
  const standing = internStanding(grid.rows);
  const ranked = [...standing.interns].sort(
    (a, b) => b.progress.percent - a.progress.percent || a.name.localeCompare(b.name, "vi"),
  );
  const above = ranked.filter((i) => i.progress.percent >= standing.cohort.percent).length;
  const best = shown.reduce((a, b) => (b.progress.percent > a.progress.percent ? b : a), shown[0]!);
  const weeks: WeekRow[] = shown.map((t) => ({
    number: t.number,
    percent: t.progress.percent,
    submitted: t.submitted,
    behind: t.behind,
  }));
  const trend = atRiskByWeek(
    grid.rows.map((row) => ({ weeks: riskWeeksOf(row.cells, grid.columns) })),
    grid.today,
    grid.riskSettings,
  );
  const trendWeeks: RiskTrendWeek[] = trend.map((w) => [w.number, totals[w.number - 1]!.progress.percent, w.atRisk]);
  const lastTrend = trend[trend.length - 1];
  return {
    points,
    weeks,
    interns,
    cohortPercent: standing.cohort.percent,
    ranked: ranked.map((i): RankedIntern => [
      i.name,
      i.progress.done,
      i.progress.total,
      i.progress.percent,
      i.approvedWeeks,
      i.behindWeeks,
    ]),
    summaries: {
      tasks: tSummary("tasks", {
        weeks: shown.length,
        done: standing.cohort.done,
        total: standing.cohort.total,
        percent: standing.cohort.percent,
        best: best.number,
        bestPercent: best.progress.percent,
      }),
      approved: tSummary("approved", {
        count: shown.reduce((n, week) => n + week.approved, 0),
        weeks: shown
          .map((week) => tSummary("approvedWeek", { number: week.number, approved: week.approved, interns }))
          .join(", "),
      }),
      standing: tSummary("standing", { percent: standing.cohort.percent, above, interns }),
    },
    trend: lastTrend
      ? {
          weeks: trendWeeks,
          interns,
          summary: tRisk("summary", { count: lastTrend.atRisk, interns, week: lastTrend.number }),
        }
      : null,
  };
}
