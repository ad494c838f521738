"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, pattern, patterns, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "./chart-frame";

export interface RiskTrendPoint {
  label: string;
  atRisk: number;
}

// Told apart from the other charts' bars by texture too, not by colour alone.
const crosses = pattern({ ...patterns.crosshatch, color: "#ffffff", opacity: 0.5 });
const AT_RISK = "#b91c1c"; // red-700
const axisTick = { fontSize: 12, fill: "#334155" };
const HEIGHT = 240;

/** How many of the cohort's interns were at risk by each past week, out of all of them. */
export function RiskTrendChart({
  data,
  interns,
  description,
}: {
  data: RiskTrendPoint[];
  interns: number;
  description: string;
}) {
  const t = useTranslations("risk.chart");
  return (
    <ChartFrame height={HEIGHT}>
      <BarChart
        data={data}
        responsive
        style={{ width: "100%", height: HEIGHT }}
        margin={{ top: 24, right: 8, bottom: 4, left: 0 }}
        desc={description}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={axisTick} />
        <YAxis allowDecimals={false} domain={[0, Math.max(interns, 1)]} tick={axisTick} width={40} />
        <Tooltip />
        <Bar
          dataKey="atRisk"
          name={t("series")}
          fill={{ color: AT_RISK, definition: crosses }}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="atRisk"
            position="top"
            fontSize={11}
            fill="#334155"
            formatter={(value) => `${value ?? 0}/${interns}`}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
