// What the bench prints at the end (the table, the other measurements, the targets' PASS/MISS) and
// what it keeps: bench-results/bench.json, with the machine and the settings it ran with.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../lib/paths.ts";
import type { DatasetSize } from "./database.ts";
import { BENCH_TODAY } from "./dataset.ts";
import type { Endpoint } from "./endpoints.ts";
import type { FirstLoad } from "./first-load.ts";
import type { HostileResult } from "./hostile-input.ts";
import type { NotificationsResult } from "./notifications.ts";
import type { BulkApproveBenchResult } from "./bulk-approve.ts";
import type { InstancesBenchResult } from "./instances.ts";
import type { LiveBenchResult } from "./live.ts";
import type { SoakResult } from "./soak.ts";
import { hostileLines } from "./hostile-report.ts";
import type { RunResult } from "./load.ts";
import type { RestartResult } from "./restart.ts";
import type { BenchSettings } from "./settings.ts";
import type { SqlTiming } from "./sql-alone.ts";
import { fewestOf, modeOf, type StatementCounts } from "./statements.ts";
import type { Target } from "./targets.ts";
import { resultOf } from "./under-load.ts";

export interface BenchOutcome {
  startedAt: Date;
  settings: BenchSettings;
  build: { built: boolean; seconds: number };
  dataset: DatasetSize;
  signedIn: { interns: number; mentors: number };
  statements: StatementCounts;
  firstLoad: FirstLoad;
  sqlAlone: { sqlOnly: SqlTiming; sqlCountingTasks: SqlTiming };
  loaded: Endpoint[];
  results: RunResult[];
  restart: RestartResult | undefined;
  hostile: HostileResult | undefined;
  notifications: NotificationsResult | undefined;
  bulkApprove?: BulkApproveBenchResult;
  live?: LiveBenchResult;
  soak?: SoakResult;
  instances?: InstancesBenchResult;
  targets: Target[];
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "-");

function measurementLines(outcome: BenchOutcome): string[] {
  const { statements, firstLoad, restart, results } = outcome;
  const { sqlOnly, sqlCountingTasks } = outcome.sqlAlone;
  const { sizes } = statements;
  const lines: string[] = [];
  lines.push(
    `SQL alone (the data floor's query through pg, 50 × 12): p50 ${num(sqlOnly.p50, 2)} ms, p95 ${num(sqlOnly.p95, 2)} ms (counting the tasks instead of the kept counts: p50 ${num(sqlCountingTasks.p50, 2)} ms)`,
  );
  const loaded = (key: string) => outcome.loaded.some((e) => e.key === key);
  if (loaded("dataFloor") && loaded("floor")) {
    const ratio = (c: number) => resultOf(results, "dataFloor", c)!.p50 / resultOf(results, "floor", c)!.p50;
    lines.push(`Data floor / framework floor p50: c=1 ${num(ratio(1), 2)}×, c=16 ${num(ratio(16), 2)}×`);
  }
  lines.push(
    `SQL statements per request (the fewest of three), 3 vs 50 interns: grid ${fewestOf(sizes.grid3)} vs ${fewestOf(sizes.grid50)}, CSV ${fewestOf(sizes.csv3)} vs ${fewestOf(sizes.csv50)}, heatmap ${fewestOf(sizes.heatmap3)} vs ${fewestOf(sizes.heatmap50)}; dashboard with 5 vs 12 weeks: ${fewestOf(sizes.dashboard5weeks)} vs ${fewestOf(sizes.dashboard12weeks)}`,
  );
  lines.push(
    `First-load JS of / (build report, .next/diagnostics/route-bundle-stats.json): ${firstLoad.js.files} chunks, ${num(firstLoad.js.raw / 1000)} kB, ${num(firstLoad.js.gzip / 1000)} kB gzipped (+ ${num(firstLoad.noModulePolyfills.gzip / 1000)} kB of noModule polyfills only old browsers load); CSS ${num(firstLoad.css.gzip / 1000)} kB gzipped; inline RSC payload ${num(firstLoad.inlineRscChars / 1000)} kB (in Vietnamese ${num(firstLoad.inlineRscCharsVi / 1000)} kB)`,
  );
  if (restart) {
    lines.push(
      `Database restart under ticking load (${restart.workers} interns): PostgreSQL down ${restart.databaseDownMs} ms; ${restart.ticks.sent} ticks sent, ${restart.ticks.acknowledged} acknowledged, ${restart.ticks.refused} answered 503, ${restart.ticks.failed} refused with a message or unanswered (${restart.savedUnacknowledged} unacknowledged ones saved all the same); first tick acknowledged ${restart.recoveredAfterMs ?? "-"} ms after PostgreSQL was back; acknowledged ticks missing afterwards: ${restart.acknowledgedMissing}`,
    );
  }
  return lines;
}

export function printTable(outcome: BenchOutcome): void {
  const lines: string[] = [];
  lines.push("");
  lines.push(
    `${pad("endpoint", 40)}${"c".padStart(3)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"req/s".padStart(9)}${"errors".padStart(8)}${"SQL/req".padStart(9)}${"kB/resp".padStart(9)}`,
  );
  for (const c of outcome.settings.concurrency) {
    for (const endpoint of outcome.loaded) {
      const r = resultOf(outcome.results, endpoint.key, c)!;
      const sqlPerRequest = modeOf(outcome.statements.queryCounts[endpoint.key]!);
      lines.push(
        `${pad(endpoint.label, 40)}${String(c).padStart(3)}${num(r.p50).padStart(9)}${num(r.p95).padStart(9)}${num(r.p99).padStart(9)}${num(r.rps).padStart(9)}${String(r.errors).padStart(8)}${String(sqlPerRequest).padStart(9)}${num(r.bytesPerResponse / 1000).padStart(9)}`,
      );
    }
  }
  lines.push("");
  lines.push(...measurementLines(outcome));
  lines.push("");
  if (outcome.hostile) lines.push(...hostileLines(outcome.hostile), "");
  lines.push(`${pad("target", 80)}${pad("measured", 32)}${pad("limit", 16)}result`);
  for (const t of outcome.targets)
    lines.push(`${pad(t.name, 80)}${pad(t.measured, 32)}${pad(t.limit, 16)}${t.pass ? "PASS" : "MISS"}`);
  console.log(lines.join("\n"));
}

/** Writes bench-results/bench.json. */
export function writeReport(outcome: BenchOutcome): void {
  const { settings } = outcome;
  const cpus = os.cpus();
  const report = {
    date: outcome.startedAt.toISOString(),
    command: "npm run bench",
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model,
      memoryGb: Math.round(os.totalmem() / 1e9),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
    },
    settings: {
      secondsPerRun: settings.secondsPerRun,
      rounds: settings.rounds,
      concurrency: settings.concurrency,
      only: settings.only.length > 0 ? settings.only : undefined,
      today: BENCH_TODAY,
      signedIn: outcome.signedIn,
    },
    build: outcome.build,
    dataset: outcome.dataset,
    sqlOnly: outcome.sqlAlone.sqlOnly,
    sqlCountingTasks: outcome.sqlAlone.sqlCountingTasks,
    queryCounts: outcome.statements.queryCounts,
    queriesBySize: outcome.statements.sizes,
    restart: outcome.restart,
    hostile: outcome.hostile,
    notifications: outcome.notifications,
    bulkApprove: outcome.bulkApprove,
    instances: outcome.instances,
    live: outcome.live,
    soak: outcome.soak,
    firstLoad: outcome.firstLoad,
    runs: outcome.results.map(({ latencies: _latencies, ...rest }) => rest),
    targets: outcome.targets,
  };
  const out = path.join(repoRoot, "bench-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
}
