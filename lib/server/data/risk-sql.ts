import "server-only";
// The at-risk rule (lib/worklog/risk.ts internRisk) repeated in SQL, for a count over every cohort
// in one query (the program overview's "at risk" column). tests/integration/risk-sql.test.ts proves
// on generated cohorts that it agrees with the rule as the grid applies it. NOT WIRED YET: as
// written it adds about 30 ms of SQL to the overview for 20 cohorts × 50 interns × 12 weeks (a
// handful of index lookups per intern), more than the overview's benchmark target allows. Aliases are the callers': the
// cohort `c` and the enrollment `e`; the thresholds are read from program_settings.
import { Prisma } from "@/lib/generated/prisma/client";
import { EDITABLE_STATUSES } from "@/lib/worklog/status";
import { weekBehindSql } from "./rules-sql";

/**
 * How many of cohort `c`'s weeks are past on `today`: the grid's columns (the program's weeks, or
 * more for a week numbered beyond it) that ended before today. Computed once per cohort by the
 * caller (a lateral column), and handed to internAtRiskSql.
 */
export function pastWeekCountSql(today: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`least(
    greatest(c.week_count, coalesce((SELECT max(x.number) FROM weeks x JOIN enrollments y
                                     ON y.user_id = x.intern_id AND y.cohort_id = c.id WHERE x.cohort_id = c.id), 0)),
    greatest(floor((${today} - c.start_date)::numeric / 7)::int, 0))`;
}

/**
 * Whether the intern of enrollment `e` in cohort `c` is at risk on `today` (a boolean expression);
 * `pastCount` names the cohort's pastWeekCountSql.
 */
export function internAtRiskSql(today: Prisma.Sql, timeZone: string, pastCount: Prisma.Sql): Prisma.Sql {
  const behind = weekBehindSql(
    { status: "w.status", dueDate: "w.end_date", done: "w.done_count", total: "w.task_count" },
    today,
  );
  const own = Prisma.sql`w.cohort_id = c.id AND w.intern_id = e.user_id`;
  // A week is past once the program's week of its number ended before today (its column's end date).
  const past = Prisma.sql`c.start_date + 7 * w.number <= ${today}`;
  const threshold = (name: "risk_behind_weeks" | "risk_falling_weeks" | "risk_idle_days") =>
    Prisma.sql`(SELECT s.${Prisma.raw(name)} FROM program_settings s WHERE s.id = 1)`;
  return Prisma.sql`(
    -- (a) a run of consecutive past weeks behind, at least risk_behind_weeks long
    coalesce((SELECT max(run.length) FROM (
        SELECT count(*) AS length FROM (
          SELECT w.number - row_number() OVER (ORDER BY w.number) AS island
          FROM weeks w WHERE ${own} AND ${past} AND ${behind}) b
        GROUP BY b.island) run), 0) >= ${threshold("risk_behind_weeks")}
    -- (b) the last risk_falling_weeks past weeks all planned, their whole percents strictly falling
    OR coalesce((SELECT count(*) = ${threshold("risk_falling_weeks")} AND bool_and(f.before IS NULL OR f.percent < f.before)
        FROM (
          SELECT floor(least(w.done_count, w.task_count)::float8 / w.task_count::float8 * 100) AS percent,
                 lag(floor(least(w.done_count, w.task_count)::float8 / w.task_count::float8 * 100))
                   OVER (ORDER BY w.number) AS before
          FROM weeks w
          WHERE ${own} AND w.task_count > 0
            AND w.number BETWEEN ${pastCount} - ${threshold("risk_falling_weeks")} + 1 AND ${pastCount}) f), false)
    -- (c) days since the later of the last tick and the first open week's start, at least risk_idle_days
    OR coalesce((SELECT CASE WHEN count(*) > 0 THEN ${today} - greatest(min(w.start_date),
                   (SELECT (max(t.last_done_at) AT TIME ZONE ${timeZone})::date FROM weeks t
                    WHERE t.cohort_id = c.id AND t.intern_id = e.user_id)) END
        FROM weeks w
        WHERE ${own} AND w.status::text = ANY(${[...EDITABLE_STATUSES]}::text[])
          AND w.done_count < w.task_count AND w.start_date < ${today}), -1) >= ${threshold("risk_idle_days")}
  )`;
}
