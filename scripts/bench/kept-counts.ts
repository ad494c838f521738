// The weeks keep their tasks' counts (task_count, done_count) for the grid; after a run of ticks and
// a database restart, every week's kept counts must still agree with its tasks.
import type { BenchDatabase } from "./database.ts";

export async function checkKeptCounts(database: BenchDatabase): Promise<void> {
  const drifting = (
    await database.rows<{ n: number }>(`
        SELECT count(*)::int AS n FROM (
          SELECT w.id FROM weeks w LEFT JOIN days d ON d.week_id = w.id LEFT JOIN tasks t ON t.day_id = d.id
          GROUP BY w.id HAVING w.task_count <> count(t.id) OR w.done_count <> count(t.id) FILTER (WHERE t.done)
        ) x`)
  )[0]!.n;
  if (drifting > 0) throw new Error(`${drifting} weeks' task counts disagree with their tasks after the run.`);
}
