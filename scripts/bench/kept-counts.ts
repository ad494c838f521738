// The weeks keep their tasks' counts (task_count, done_count) for the grid, and per module
// (week_module_counts) for the heatmap; after a run of ticks and a database restart, every week's
// kept counts must still agree with its tasks.
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
  const moduleDrift = (
    await database.rows<{ n: number }>(`
        SELECT count(*)::int AS n
        FROM week_module_counts k
        FULL JOIN (
          SELECT d.week_id, tm.module_id, count(*)::int AS tasks, (count(*) FILTER (WHERE t.done))::int AS done
          FROM task_modules tm JOIN tasks t ON t.id = tm.task_id JOIN days d ON d.id = t.day_id
          GROUP BY d.week_id, tm.module_id
        ) r ON r.week_id = k.week_id AND r.module_id = k.module_id
        WHERE coalesce(k.task_count, 0) <> coalesce(r.tasks, 0) OR coalesce(k.done_count, 0) <> coalesce(r.done, 0)`)
  )[0]!.n;
  if (moduleDrift > 0)
    throw new Error(`${moduleDrift} weeks' module counts disagree with their tasks' module links after the run.`);
}
