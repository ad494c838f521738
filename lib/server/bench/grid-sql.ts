// The data floor's one hand-written query (docs/PERFORMANCE.md): the same numbers as the cohort
// grid (interns of the cohort, each week's status, dates and tasks done/total from the counts the
// database keeps on each week), scoped to a mentor of the cohort as the grid is. Plain text, so
// scripts/bench/sql-alone.ts can time it alone through pg.
export const GRID_FLOOR_SQL = `
SELECT c.name AS cohort_name, u.id AS intern_id, u.name, u.email,
       w.id AS week_id, w.number, w.status, w.end_date, w.extended_until,
       coalesce(w.done_count, 0) AS done, coalesce(w.task_count, 0) AS total
FROM cohorts c
JOIN enrollments e ON e.cohort_id = c.id
JOIN users u ON u.id = e.user_id
LEFT JOIN weeks w ON w.intern_id = e.user_id AND w.cohort_id = c.id
WHERE c.id = $1::uuid
  AND EXISTS (SELECT 1 FROM cohort_mentors m WHERE m.cohort_id = c.id AND m.mentor_id = $2::uuid)
ORDER BY u.name, u.id, w.number`;

/** Before the counts were kept on weeks (migration week_task_counters): the grid's numbers counted from the tasks. The bench times it too, for the record. */
export const GRID_FLOOR_SQL_COUNTING_TASKS = `
SELECT c.name AS cohort_name, u.id AS intern_id, u.name, u.email,
       w.id AS week_id, w.number, w.status, w.end_date,
       count(t.id) FILTER (WHERE t.done)::int AS done, count(t.id)::int AS total
FROM cohorts c
JOIN enrollments e ON e.cohort_id = c.id
JOIN users u ON u.id = e.user_id
LEFT JOIN weeks w ON w.intern_id = e.user_id AND w.cohort_id = c.id
LEFT JOIN days d ON d.week_id = w.id
LEFT JOIN tasks t ON t.day_id = d.id
WHERE c.id = $1::uuid
  AND EXISTS (SELECT 1 FROM cohort_mentors m WHERE m.cohort_id = c.id AND m.mentor_id = $2::uuid)
GROUP BY c.name, u.id, w.id
ORDER BY u.name, u.id, w.number`;

export interface GridFloorRow {
  cohort_name: string;
  intern_id: string;
  name: string;
  email: string;
  week_id: string | null;
  number: number | null;
  status: string | null;
  end_date: Date | null;
  /** GRID_FLOOR_SQL only: the week's deadline extension, which the grid reads for "behind". */
  extended_until?: Date | null;
  done: number;
  total: number;
}
