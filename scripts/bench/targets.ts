// The bench's targets (docs/PERFORMANCE.md): page times as ratios against the floors measured in the
// same run, statements constant in the cohort's size, the database restart, and first-load JS. The
// targets of endpoints BENCH_ONLY left out are not judged.
import type { Endpoint } from "./endpoints.ts";
import type { FirstLoad } from "./first-load.ts";
import { medianRoundRatio, type RunResult } from "./load.ts";
import type { RestartResult } from "./restart.ts";
import { fewestOf, modeOf, type StatementCounts } from "./statements.ts";
import { resultOf } from "./under-load.ts";

export interface Target {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const floorName = (floor: string) => (floor === "floor" ? "framework" : "data");

/** Page times against the floors, for the loaded endpoints. */
function ratioTargets(results: RunResult[], loaded: Endpoint[], concurrency: readonly number[]): Target[] {
  const targets: Target[] = [];
  const get = (key: string, c: number) => resultOf(results, key, c)!;
  const isLoaded = (...keys: string[]) => keys.every((key) => loaded.some((e) => e.key === key));
  // The ratio of p50s in each round, the median of the rounds' (issue 16): one slow round does not decide a target.
  const p50Target = (key: string, floor: string, limit: number, c: number, name: string) => {
    if (!isLoaded(key, floor)) return;
    const r = medianRoundRatio(get(key, c), get(floor, c));
    targets.push({
      name: `${name} p50 / ${floorName(floor)} floor p50, c=${c} (median of the rounds)`,
      measured: `${r.toFixed(3)}×`,
      limit: `≤ ${limit}×`,
      pass: r <= limit,
    });
  };
  const rpsTarget = (key: string, floor: string, limit: number, c: number, name: string) => {
    if (!isLoaded(key, floor)) return;
    const r = get(key, c).rps / get(floor, c).rps;
    targets.push({
      name: `${name} req/s / ${floorName(floor)} floor req/s, c=${c}`,
      measured: `${r.toFixed(3)}×`,
      limit: `≥ ${limit}×`,
      pass: r >= limit,
    });
  };
  // Issue 16: the grid (served from its kept table) at least as fast as the hand-written data floor.
  for (const c of concurrency) p50Target("grid", "dataFloor", 1, c, "cohort grid");
  rpsTarget("grid", "dataFloor", 1, 16, "cohort grid");
  p50Target("dashboard", "floor", 2, 1, "dashboard");
  p50Target("dashboard", "floor", 1.8, 16, "dashboard");
  for (const c of concurrency) rpsTarget("dashboard", "floor", 0.5, c, "dashboard");
  // Vietnamese against English, the same page in the same rounds (issue 13).
  for (const c of concurrency) {
    for (const [vi, en, name] of [
      ["dashboardVi", "dashboard", "dashboard"],
      ["gridVi", "grid", "cohort grid"],
    ] as const) {
      if (!isLoaded(vi, en)) continue;
      const r = medianRoundRatio(get(vi, c), get(en, c));
      targets.push({
        name: `${name} p50 in Vietnamese / in English, c=${c} (median of the rounds)`,
        measured: `${r.toFixed(3)}×`,
        limit: "≤ 1.15×",
        pass: r <= 1.15,
      });
    }
  }
  for (const c of concurrency) p50Target("tick", "floor", 2, c, "tick");
  for (const c of concurrency) p50Target("heatmap", "dataFloor", 2, c, "module heatmap");
  for (const c of concurrency) p50Target("program", "dataFloor", 1.5, c, "program overview");
  for (const c of concurrency) p50Target("weekExport", "floor", 1.5, c, "week export");
  return targets;
}

function restartTargets(restart: RestartResult): Target[] {
  return [
    {
      name: "database restart under ticking load: ticks acknowledged again ≤ 5 s after",
      measured: restart.recoveredAfterMs === null ? "never" : `${restart.recoveredAfterMs} ms`,
      limit: "≤ 5000 ms",
      pass: restart.recoveredAfterMs !== null && restart.recoveredAfterMs <= 5000,
    },
    {
      name: "database restart: only 503 (with Retry-After) while away, no other 5xx",
      measured: `${JSON.stringify(restart.statuses)}${restart.bad503 ? `, ${restart.bad503} bad 503` : ""}`,
      limit: "no 5xx ≠ 503",
      pass:
        restart.bad503 === 0 &&
        !Object.keys(restart.statuses).some((status) => Number(status) >= 500 && Number(status) !== 503),
    },
    {
      name: "database restart: every acknowledged tick is in the database",
      measured: `${restart.ticks.acknowledged - restart.acknowledgedMissing} of ${restart.ticks.acknowledged}`,
      limit: "all",
      pass: restart.acknowledgedMissing === 0,
    },
  ];
}

export function judgeTargets(measured: {
  results: RunResult[];
  loaded: Endpoint[];
  concurrency: readonly number[];
  statements: StatementCounts;
  restart: RestartResult | undefined;
  firstLoad: FirstLoad;
}): Target[] {
  const { sizes } = measured.statements;
  const constant =
    fewestOf(sizes.grid3) === fewestOf(sizes.grid50) &&
    fewestOf(sizes.csv3) === fewestOf(sizes.csv50) &&
    fewestOf(sizes.heatmap3) === fewestOf(sizes.heatmap50);
  const { queryCounts } = measured.statements;
  const floorStatements = modeOf(queryCounts.floor ?? []);
  // The overview (every cohort) and the workload view (every mentor) read in one query each.
  const oneQuery = (key: string, name: string): Target => {
    const statements = modeOf(queryCounts[key] ?? []);
    return {
      name: `${name}: one query (statements = framework floor's + 1)`,
      measured: `${statements} (floor ${floorStatements})`,
      limit: `= ${floorStatements + 1}`,
      pass: statements === floorStatements + 1,
    };
  };
  const js = measured.firstLoad.js;
  return [
    ...ratioTargets(measured.results, measured.loaded, measured.concurrency),
    {
      name: "queries per request constant in the cohort's size (3 vs 50 interns, fewest of three)",
      measured: `grid ${fewestOf(sizes.grid3)} vs ${fewestOf(sizes.grid50)}, csv ${fewestOf(sizes.csv3)} vs ${fewestOf(sizes.csv50)}, heatmap ${fewestOf(sizes.heatmap3)} vs ${fewestOf(sizes.heatmap50)}`,
      limit: "equal",
      pass: constant,
    },
    oneQuery("program", "program overview of every cohort"),
    oneQuery("workload", "reviewer workload of every mentor"),
    ...(measured.restart ? restartTargets(measured.restart) : []),
    {
      name: "first-load JS of / (the dashboard), gzip",
      measured: `${(js.gzip / 1000).toFixed(1)} kB`,
      limit: "≤ 150 kB",
      pass: js.gzip <= 150_000,
    },
  ];
}
