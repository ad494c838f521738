import { gridFilterQuery, type GridFilter } from "@/lib/schemas/cohort";
import type { CohortGrid } from "@/lib/worklog/grid";
import { ScopeSwitch } from "./scope-switch";

/** The cohort grid's "my interns" / "whole cohort" switch: the rest of the filter is kept. */
export function CohortScopeSwitch({
  grid,
  filter,
  basePath,
}: {
  grid: CohortGrid;
  filter: GridFilter;
  basePath: string;
}) {
  const href = (scope: GridFilter["scope"]) => {
    const query = gridFilterQuery(filter, { scope });
    return query ? `${basePath}?${query}` : basePath;
  };
  return <ScopeSwitch state={grid.scope} where="cohort" hrefMine={href(undefined)} hrefAll={href("all")} />;
}
