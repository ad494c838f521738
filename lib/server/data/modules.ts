import "server-only";
import { moduleState, type ModuleState } from "@/lib/worklog/heatmap";
import { db } from "../db";
import { assertRole } from "./access";
import type { Viewer } from "./viewer";

export interface ModuleView {
  id: string;
  code: string;
  title: string;
  referenceUrl: string | null;
  curriculumWeek: number;
  /** For interns: "done" when every task linked to it is done, "planned" when some are not (moduleState). */
  state: ModuleState | null;
}

/** The catalogue, by curriculum week and code; for an intern, how far they are with each module. */
export async function listModules(viewer: Viewer): Promise<ModuleView[]> {
  assertRole(viewer);
  const [modules, progress] = await Promise.all([
    db.module.findMany({
      orderBy: [{ curriculumWeek: "asc" }, { code: "asc" }],
      select: { id: true, code: true, title: true, referenceUrl: true, curriculumWeek: true },
    }),
    viewer.role === "INTERN"
      ? db.$queryRaw<{ module_id: string; total: number; done: number }[]>`
          SELECT tm.module_id, count(*)::int AS total, count(*) FILTER (WHERE t.done)::int AS done
          FROM task_modules tm
          JOIN tasks t ON t.id = tm.task_id
          JOIN days d ON d.id = t.day_id
          JOIN weeks w ON w.id = d.week_id
          WHERE w.intern_id = ${viewer.id}::uuid
          GROUP BY tm.module_id`
      : Promise.resolve([]),
  ]);
  const byModule = new Map(progress.map((p) => [p.module_id, p]));
  return modules.map((m) => ({ ...m, state: viewer.role === "INTERN" ? moduleState(byModule.get(m.id)) : null }));
}

/** Codes and titles for the module picker. */
export async function moduleOptions(
  viewer: Viewer,
): Promise<{ code: string; title: string; curriculumWeek: number }[]> {
  assertRole(viewer);
  return db.module.findMany({
    orderBy: [{ curriculumWeek: "asc" }, { code: "asc" }],
    select: { code: true, title: true, curriculumWeek: true },
  });
}
