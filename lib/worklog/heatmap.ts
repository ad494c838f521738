// The module heatmap of a cohort, pure: a row per intern, a column per module of the curriculum, and
// in each cell whether the intern has done the module, planned it without finishing it, or not
// planned it at all; each module's totals, and the order of the columns (the curriculum's, or the
// weakest module first). The data layer loads the counts (lib/server/data/heatmap.ts); the CSV is
// heatmap-csv.ts.
import { compareInterns } from "./grid";

export type ModuleState = "done" | "planned" | "not-planned";

/**
 * An intern's state of a module, from the tasks of their weeks that reference it: done when every
 * one of them is done, planned when some are not, not planned when none references it. The one
 * definition: the intern's module catalogue (/modules) and the heatmap both use it.
 */
export function moduleState(tasks: { total: number; done: number } | undefined): ModuleState {
  if (!tasks || tasks.total <= 0) return "not-planned";
  return tasks.done >= tasks.total ? "done" : "planned";
}

/** The heatmap's column orders, as written in its URL (?sort=weakest). */
export const HEATMAP_SORTS = ["curriculum", "weakest"] as const;
export type HeatmapSort = (typeof HEATMAP_SORTS)[number];

export interface HeatmapModule {
  id: string;
  code: string;
  title: string;
  curriculumWeek: number;
  /** Interns who have done it, and who planned it but have not done it yet. */
  done: number;
  planned: number;
}

export interface HeatmapRow {
  intern: { id: string; name: string; email: string };
  /** One state per module, in the order of CohortHeatmap.modules. */
  states: ModuleState[];
  /** How many modules this intern has done. */
  done: number;
}

export interface CohortHeatmap {
  cohort: { id: string; name: string };
  sort: HeatmapSort;
  /** The columns, in the order of `sort`. */
  modules: HeatmapModule[];
  /** By name. */
  rows: HeatmapRow[];
}

export interface HeatmapInput {
  cohort: CohortHeatmap["cohort"];
  interns: HeatmapRow["intern"][];
  /** The catalogue in curriculum order (curriculum week, then code). */
  modules: Omit<HeatmapModule, "done" | "planned">[];
  /** The tasks of each intern's weeks that reference each module: how many, and how many are done. */
  tasks: { internId: string; moduleId: string; total: number; done: number }[];
}

export function buildHeatmap(input: HeatmapInput, sort: HeatmapSort): CohortHeatmap {
  const counts = new Map(input.tasks.map((t) => [`${t.internId} ${t.moduleId}`, t]));
  const interns = [...input.interns].sort(compareInterns);
  const grid = interns.map((intern) => input.modules.map((m) => moduleState(counts.get(`${intern.id} ${m.id}`))));
  const modules = input.modules.map((m, column) => ({
    ...m,
    done: grid.filter((states) => states[column] === "done").length,
    planned: grid.filter((states) => states[column] === "planned").length,
  }));
  const order = columnOrder(modules, sort);
  return {
    cohort: input.cohort,
    sort,
    modules: order.map((column) => modules[column]!),
    rows: interns.map((intern, row) => {
      const states = order.map((column) => grid[row]![column]!);
      return { intern, states, done: states.filter((s) => s === "done").length };
    }),
  };
}

/**
 * The columns' order: the curriculum's, or the weakest module first: the fewest interns done, then
 * the fewest who planned it, then the curriculum's order.
 */
function columnOrder(modules: readonly HeatmapModule[], sort: HeatmapSort): number[] {
  const indexes = modules.map((_, i) => i);
  if (sort === "curriculum") return indexes;
  return indexes.sort(
    (a, b) => modules[a]!.done - modules[b]!.done || modules[a]!.planned - modules[b]!.planned || a - b,
  );
}

/** Runs of consecutive columns of one curriculum week, for the heading row above the modules. */
export function weekGroups(
  modules: readonly Pick<HeatmapModule, "curriculumWeek">[],
): { week: number; span: number }[] {
  const groups: { week: number; span: number }[] = [];
  for (const m of modules) {
    const last = groups.at(-1);
    if (last?.week === m.curriculumWeek) last.span += 1;
    else groups.push({ week: m.curriculumWeek, span: 1 });
  }
  return groups;
}

/** The `count` modules the fewest interns have done (ties in curriculum order), for the page's summary. */
export function weakestModules(heatmap: Pick<CohortHeatmap, "modules">, count: number): HeatmapModule[] {
  const order = columnOrder(heatmap.modules, "weakest");
  return order.slice(0, count).map((i) => heatmap.modules[i]!);
}
