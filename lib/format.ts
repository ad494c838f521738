// Moved to lib/worklog/dates.ts (the one dates module); this re-export goes once its importers point there.
export { dateRange, shortDate } from "./worklog/dates";
