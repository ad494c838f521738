"use client";

// The cohort's at-risk trend: per past week, its done share and how many interns were at risk by
// then (lib/worklog/risk.ts atRiskByWeek), as a chart and as a table.
import { useTranslations } from "next-intl";
import { RiskTrendChart } from "@/components/charts/risk-trend-chart";
import { ChartCard } from "./cohort-charts-view";

/** A past week: [number, done %, interns at risk]. */
export type RiskTrendWeek = [number: number, percent: number, atRisk: number];

export function RiskTrendCard({
  weeks,
  interns,
  summary,
}: {
  weeks: RiskTrendWeek[];
  interns: number;
  summary: string;
}) {
  const t = useTranslations("risk.chart");
  const charts = useTranslations("charts");
  return (
    <ChartCard
      titleId="chart-risk-title"
      title={t("title")}
      summary={summary}
      table={{
        head: [t("week"), t("donePercent"), t("atRisk")],
        rows: () =>
          weeks.map(([number, percent, atRisk]) => [
            charts("weekRow", { number }),
            `${percent}%`,
            charts("countOf", { count: atRisk, total: interns }),
          ]),
      }}
    >
      <RiskTrendChart
        data={weeks.map(([number, , atRisk]) => ({ label: charts("weekShort", { number }), atRisk }))}
        interns={interns}
        description={summary}
      />
    </ChartCard>
  );
}
