// The module heatmap's view as it arrives in a URL (?sort=weakest), shared by the page and its CSV.
// A shared link with a bad value shows the default view rather than an error.
import { z } from "zod";
import { HEATMAP_SORTS, type HeatmapSort } from "@/lib/worklog/heatmap";

export interface HeatmapView {
  sort: HeatmapSort;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const heatmapViewSchema = z.object({
  sort: z.preprocess(first, z.enum(HEATMAP_SORTS).default("curriculum").catch("curriculum")),
}) satisfies z.ZodType<HeatmapView>;

/** The view from a page's searchParams or a request's URLSearchParams; never throws. */
export function parseHeatmapView(params: URLSearchParams | Record<string, string | string[] | undefined>): HeatmapView {
  const record = params instanceof URLSearchParams ? { sort: params.getAll("sort") } : params;
  const parsed = heatmapViewSchema.safeParse(record);
  return parsed.success ? parsed.data : { sort: "curriculum" };
}

/** The query string of a view (the default left out). */
export function heatmapViewQuery(view: HeatmapView): string {
  return view.sort === "curriculum" ? "" : `sort=${view.sort}`;
}
