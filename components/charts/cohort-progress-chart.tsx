"use client";

import { useTranslations } from "next-intl";
import { ChartFrame } from "./chart-frame";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, pattern, patterns, Tooltip, XAxis, YAxis } from "recharts";

export interface WeekPoint {
  label: string;
  planned: number;
  done: number;
  approved: number;
  /** Interns with a page for the week. */
  started: number;
}

// Series are told apart by texture and by their value labels, not by colour alone.
const stripes = pattern({ ...patterns.diagonal, color: "#ffffff", opacity: 0.7 });
const dots = pattern({ ...patterns.dots, color: "#ffffff", opacity: 0.6 });

const PLANNED = "#64748b"; // slate-500
const DONE = "#c2410c"; // brand-700
const APPROVED = "#047857"; // emerald-700
const axisTick = { fontSize: 12, fill: "#334155" };

/** The frame both week-by-week charts share: weeks along the bottom, a count up the side, a legend. */
function WeekBarChart({
  data,
  height,
  description,
  maxCount,
  children,
}: {
  data: WeekPoint[];
  height: number;
  description: string;
  /** Where the count axis ends; by default it fits the data. */
  maxCount?: number;
  children: React.ReactNode;
}) {
  return (
    <ChartFrame height={height}>
      <BarChart
        data={data}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 24, right: 8, bottom: 4, left: 0 }}
        desc={description}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={axisTick} />
        <YAxis
          allowDecimals={false}
          domain={maxCount === undefined ? undefined : [0, maxCount]}
          tick={axisTick}
          width={40}
        />
        <Tooltip />
        <Legend />
        {children}
      </BarChart>
    </ChartFrame>
  );
}

/** Done tasks over planned tasks, week by week, for the whole cohort. */
export function TasksByWeekChart({ data, description }: { data: WeekPoint[]; description: string }) {
  const t = useTranslations("charts.tasks");
  return (
    <WeekBarChart data={data} height={300} description={description}>
      <Bar
        dataKey="planned"
        name={t("plannedSeries")}
        fill={{ color: PLANNED, definition: stripes }}
        stroke={PLANNED}
        isAnimationActive={false}
      >
        <LabelList dataKey="planned" position="top" fontSize={11} fill="#334155" />
      </Bar>
      <Bar dataKey="done" name={t("doneSeries")} fill={DONE} isAnimationActive={false}>
        <LabelList dataKey="done" position="top" fontSize={11} fill="#334155" />
      </Bar>
    </WeekBarChart>
  );
}

/** How many interns' weeks are approved, week by week, out of the interns in the cohort. */
export function ApprovedByWeekChart({
  data,
  interns,
  description,
}: {
  data: WeekPoint[];
  interns: number;
  description: string;
}) {
  const t = useTranslations("charts.approved");
  return (
    <WeekBarChart data={data} height={240} description={description} maxCount={Math.max(interns, 1)}>
      <Bar
        dataKey="approved"
        name={t("series", { interns })}
        fill={{ color: APPROVED, definition: dots }}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="approved"
          position="top"
          fontSize={11}
          fill="#334155"
          formatter={(value) => `${value ?? 0}/${interns}`}
        />
      </Bar>
    </WeekBarChart>
  );
}
