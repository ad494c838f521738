// The data floor's query alone, through pg, for a 50-intern cohort: what the database itself takes of
// the data floor's time; and, for the record, the same numbers counted from the tasks (as before the
// weeks kept their counts).
import { GRID_FLOOR_SQL, GRID_FLOOR_SQL_COUNTING_TASKS } from "../../lib/server/bench/grid-sql.ts";
import type { BenchDatabase } from "./database.ts";
import { percentile } from "./load.ts";
import type { Mentor } from "./people.ts";

export interface SqlTiming {
  p50: number;
  p95: number;
  runs: number;
}

export async function timeDataFloorSql(
  database: BenchDatabase,
  mentor: Mentor,
  log: (line: string) => void,
): Promise<{ sqlOnly: SqlTiming; sqlCountingTasks: SqlTiming }> {
  const timeSql = async (sql: string): Promise<SqlTiming> => {
    for (let i = 0; i < 20; i++) await database.rows(sql, [mentor.cohortId, mentor.userId]);
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = process.hrtime.bigint();
      await database.rows(sql, [mentor.cohortId, mentor.userId]);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
  };
  const sqlOnly = await timeSql(GRID_FLOOR_SQL);
  const sqlCountingTasks = await timeSql(GRID_FLOOR_SQL_COUNTING_TASKS);
  log(
    `Data floor's query alone (pg, 50 interns × 12 weeks): p50 ${sqlOnly.p50.toFixed(2)} ms, p95 ${sqlOnly.p95.toFixed(2)} ms; counting the tasks instead: p50 ${sqlCountingTasks.p50.toFixed(2)} ms.`,
  );
  return { sqlOnly, sqlCountingTasks };
}
