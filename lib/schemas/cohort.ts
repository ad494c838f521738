// The cohort grid's filter, as it lives in the URL (?q=&status=&behind=1&sort=), shared by the page,
// its filter form and the CSV export. A shared link with a bad value shows the grid unfiltered on
// that point rather than an error: each field falls back to its default on its own.
import { z } from "zod";
import type { GridStatus } from "@/lib/worklog/grid";

/** Status as written in URLs (lower case, hyphens) and the status it stands for. */
export const STATUS_SLUGS = {
  none: "NONE",
  draft: "DRAFT",
  submitted: "SUBMITTED",
  "changes-requested": "CHANGES_REQUESTED",
  approved: "APPROVED",
} as const satisfies Record<string, GridStatus>;

export type StatusSlug = keyof typeof STATUS_SLUGS;

export const GRID_SORTS = ["name", "name-desc", "progress", "progress-desc"] as const;
export type GridSort = (typeof GRID_SORTS)[number];

export const SEARCH_MAX = 100;

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
  sort: z.preprocess(first, z.enum(GRID_SORTS).default("name").catch("name")),
});

export type GridFilter = z.infer<typeof gridFilterSchema>;

export const DEFAULT_GRID_FILTER: GridFilter = { q: undefined, status: undefined, behind: false, sort: "name" };

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

/** The query string for a filter (defaults left out), e.g. "status=submitted&sort=progress". */
export function gridFilterQuery(filter: GridFilter, overrides: Partial<GridFilter> = {}): string {
  const f = { ...filter, ...overrides };
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.status) params.set("status", f.status);
  if (f.behind) params.set("behind", "1");
  if (f.sort !== "name") params.set("sort", f.sort);
  return params.toString();
}

/** True when the filter narrows cells, not just interns (status or behind). */
export function filtersCells(filter: GridFilter): boolean {
  return Boolean(filter.status) || filter.behind;
}
