// What the cohort grid can be narrowed to, as it lives in the URL (?q=&status=&behind=1&risk=1&sort=):
// shared by the page, its filter form, the grid maths and the CSV export. Parsing a URL into it is
// lib/schemas/cohort.ts's job.
import type { InternScope } from "./assignment";
import type { GridStatus } from "./status";

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

/** The longest name search the grid takes. */
export const SEARCH_MAX = 100;

export interface GridFilter {
  q?: string | undefined;
  status?: StatusSlug | undefined;
  behind: boolean;
  /** Only the interns at risk (lib/worklog/risk.ts); `risk=1` in the URL. */
  risk?: boolean | undefined;
  sort: GridSort;
  /** My interns (undefined: the default, lib/worklog/assignment.ts) or the whole cohort (?scope=all). */
  scope?: InternScope | undefined;
}

export const DEFAULT_GRID_FILTER: GridFilter = {
  q: undefined,
  status: undefined,
  behind: false,
  risk: false,
  sort: "name",
};

/** The query string for a filter (defaults left out), e.g. "status=submitted&sort=progress". */
export function gridFilterQuery(filter: GridFilter, overrides: Partial<GridFilter> = {}): string {
  const f = { ...filter, ...overrides };
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.status) params.set("status", f.status);
  if (f.behind) params.set("behind", "1");
  if (f.risk) params.set("risk", "1");
  if (f.sort !== "name") params.set("sort", f.sort);
  if (f.scope) params.set("scope", f.scope);
  return params.toString();
}

/** True when the filter narrows cells, not just interns (status or behind). */
export function filtersCells(filter: GridFilter): boolean {
  return Boolean(filter.status) || filter.behind;
}
