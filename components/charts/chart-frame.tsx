"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Renders a chart in the browser only: a responsive chart needs the width it gets there, so its
 * server rendering was an empty box anyway, and skipping it keeps recharts off the server's path
 * for every page view (docs/PERFORMANCE.md). Until then a box of the chart's height holds its place.
 */
export function ChartFrame({ height, children }: { height: number; children: React.ReactNode }) {
  const inBrowser = useHydrated();
  return inBrowser ? children : <div aria-hidden className="rounded-lg bg-slate-50" style={{ height }} />;
}
