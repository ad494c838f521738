"use client";

import { useTranslations } from "next-intl";
import { ChartFrame } from "./chart-frame";
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export interface InternPoint {
  name: string;
  percent: number;
  /** "66% (+2)": the value written next to the bar, with the points above or below the cohort. */
  label: string;
}

const BAR = "#c2410c"; // brand-700
const axisTick = { fontSize: 12, fill: "#334155" };

/**
 * Each intern's share of planned tasks done, against the cohort's (a labelled dashed line). Each
 * bar carries its value, so neither colour nor reading the axis is needed.
 */
export function InternStandingChart({
  data,
  cohortPercent,
  description,
}: {
  data: InternPoint[];
  cohortPercent: number;
  description: string;
}) {
  const t = useTranslations("charts.standing");
  const height = 48 + data.length * 32;
  return (
    <ChartFrame height={height}>
      <BarChart
        data={data}
        layout="vertical"
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 24, right: 72, bottom: 4, left: 4 }}
        desc={description}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={axisTick} />
        <YAxis type="category" dataKey="name" width={112} tick={axisTick} interval={0} />
        <Tooltip formatter={(value) => [`${value}%`, t("series")]} />
        <ReferenceLine
          x={cohortPercent}
          stroke="#0f172a"
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{ value: t("cohortLine", { percent: cohortPercent }), position: "top", fontSize: 12, fill: "#0f172a" }}
        />
        <Bar dataKey="percent" name={t("series")} fill={BAR} barSize={18} isAnimationActive={false}>
          <LabelList dataKey="label" position="right" fontSize={12} fill="#334155" />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
