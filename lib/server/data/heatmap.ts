import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { buildHeatmap, type CohortHeatmap, type HeatmapSort } from "@/lib/worklog/heatmap";
import { heatmapCsvWords, heatmapToCsv, type HeatmapCsvWords } from "@/lib/worklog/heatmap-csv";
import { fileSlug } from "@/lib/worklog/slug";
import { db } from "../db";
import { programToday } from "../today";
import { viewCache } from "../cache/view-cache";
import { assertRole } from "./access";
import { NotFoundError } from "./errors";
import { gridVersionFor } from "./grid-version";
import type { Viewer } from "./viewer";

/** An intern: [id, name, email]. A module: [id, code, title, curriculum week]. Counts: [intern id, module id, tasks, done]. */
type InternTuple = [string, string, string];
type ModuleTuple = [string, string, string, number];
type CountTuple = [string, string, number, number];

interface HeatmapRowSql {
  id: string;
  name: string;
  interns: InternTuple[];
  modules: ModuleTuple[];
  counts: CountTuple[];
}

/**
 * The cohort's module heatmap: each intern × each module of the catalogue, from the tasks of the
 * intern's weeks in this cohort that reference the module (moduleState says what the counts mean),
 * as the database keeps them per week and module (week_module_counts, kept by triggers: decision
 * 018), so a 50-intern cohort reads about 1,500 counts instead of joining 12,600 tasks. Kept in
 * the view cache under the cohort's grid version, as getCohortGrid is, and seen by whoever sees the
 * grid (gridVersionFor): the cohort's mentors and admins; anyone else gets NotFoundError, the same
 * answer as a cohort that does not exist. On a miss, one query, one row, whatever the cohort's size:
 * the cohort, its interns, the catalogue and the counts per intern and module as JSON arrays.
 */
export async function getCohortHeatmap(
  viewer: Viewer,
  cohortId: string,
  options: { sort?: HeatmapSort } = {},
): Promise<CohortHeatmap> {
  assertRole(viewer);
  const { key: version, lineage } = await gridVersionFor(viewer, cohortId);
  const sort = options.sort ?? "curriculum";
  return viewCache().get(`heatmap ${version} ${sort}`, () => readHeatmap(cohortId, sort), lineage);
}

async function readHeatmap(cohortId: string, sort: HeatmapSort): Promise<CohortHeatmap> {
  const [row] = await db.$queryRaw<HeatmapRowSql[]>`
        SELECT c.id, c.name,
               coalesce((SELECT json_agg(json_build_array(e.user_id, u.name, u.email))
                         FROM enrollments e
                         -- By key (LIMIT 1 keeps it a lookup: joined, the planner hashes every user).
                         CROSS JOIN LATERAL (SELECT u.name, u.email FROM users u WHERE u.id = e.user_id LIMIT 1) u
                         WHERE e.cohort_id = c.id), '[]') AS interns,
               coalesce((SELECT json_agg(json_build_array(m.id, m.code, m.title, m.curriculum_week)
                                         ORDER BY m.curriculum_week, m.code)
                         FROM modules m), '[]') AS modules,
               coalesce((SELECT json_agg(json_build_array(x.intern_id, x.module_id, x.total, x.done))
                         FROM (SELECT w.intern_id, k.module_id, sum(k.task_count)::int AS total,
                                      sum(k.done_count)::int AS done
                               FROM weeks w
                               JOIN enrollments e ON e.user_id = w.intern_id AND e.cohort_id = c.id
                               JOIN week_module_counts k ON k.week_id = w.id
                               WHERE w.cohort_id = c.id
                               GROUP BY w.intern_id, k.module_id
                               HAVING sum(k.task_count) > 0) x), '[]') AS counts
        FROM cohorts c
        WHERE c.id = ${cohortId}::uuid`;
  if (!row) throw new NotFoundError("cohort");
  return buildHeatmap(
    {
      cohort: { id: row.id, name: row.name },
      interns: row.interns.map(([id, name, email]) => ({ id, name, email })),
      modules: row.modules.map(([id, code, title, curriculumWeek]) => ({ id, code, title, curriculumWeek })),
      tasks: row.counts.map(([internId, moduleId, total, done]) => ({ internId, moduleId, total, done })),
    },
    sort,
  );
}

/** The heatmap as the page shows it, as a CSV file (same access), in `words` (English by default). */
export async function exportCohortHeatmapCsv(
  viewer: Viewer,
  cohortId: string,
  options: { sort?: HeatmapSort; words?: HeatmapCsvWords } = {},
): Promise<{ filename: string; csv: string }> {
  const heatmap = await getCohortHeatmap(viewer, cohortId, options);
  const slug = fileSlug(heatmap.cohort.name);
  return {
    filename: `${slug || "cohort"}-modules-${programToday()}.csv`,
    csv: heatmapToCsv(heatmap, options.words ?? heatmapCsvWords(translatorFor("en"))),
  };
}
