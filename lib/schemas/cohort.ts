// The cohort grid's filter as it arrives in a URL (a page's searchParams or a request's query),
// shared by the page and the CSV export. A shared link with a bad value shows the grid unfiltered on
// that point rather than an error: each field falls back to its default on its own.
import { z } from "zod";
import { internScopeParam } from "./assignment";
import {
  DEFAULT_GRID_FILTER,
  GRID_SORTS,
  SEARCH_MAX,
  STATUS_SLUGS,
  type GridFilter,
  type StatusSlug,
} from "@/lib/worklog/grid-filter";

export {
  DEFAULT_GRID_FILTER,
  filtersCells,
  gridFilterQuery,
  SEARCH_MAX,
  STATUS_SLUGS,
  type GridFilter,
  type StatusSlug,
} from "@/lib/worklog/grid-filter";

/** The first value of a query parameter that was given several times (?q=a&q=b → "a"). */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const gridFilterSchema = z.object({
  q: z.preprocess(
    first,
    z
      .string()
      .trim()
      .max(SEARCH_MAX)
      .transform((s) => s || undefined)
      .optional()
      .catch(undefined),
  ),
  status: z.preprocess(
    first,
    z
      .enum(Object.keys(STATUS_SLUGS) as [StatusSlug, ...StatusSlug[]])
      .optional()
      .catch(undefined),
  ),
  behind: z
    .preprocess(first, z.enum(["1", "true", "on"]).optional().catch(undefined))
    .transform((v) => v !== undefined),
  risk: z.preprocess(first, z.enum(["1", "true", "on"]).optional().catch(undefined)).transform((v) => v !== undefined),
  sort: z.preprocess(first, z.enum(GRID_SORTS).default("name").catch("name")),
  scope: internScopeParam,
}) satisfies z.ZodType<GridFilter>;

/** The filter from a page's searchParams or a request's URLSearchParams; never throws. */
export function parseGridFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): GridFilter {
  const record: Record<string, string | string[] | undefined> = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  } else {
    Object.assign(record, params);
  }
  const parsed = gridFilterSchema.safeParse(record);
  return parsed.success ? parsed.data : DEFAULT_GRID_FILTER;
}
