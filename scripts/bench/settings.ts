// The bench's settings, all from the environment (docs/PERFORMANCE.md, "Run it"):
// BENCH_SECONDS (per run, default 4), BENCH_ROUNDS (default 5), WORKLOG_BENCH_DIR (default
// <tmp>/worklog-bench), BENCH_PORT (3200; the instances check's second server takes the next port), BENCH_OIDC_PORT (9359), BENCH_PG_PORT (54359),
// BENCH_SERVER_NODE_ARGS (Node flags for the web server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
// BENCH_ONLY (comma-separated endpoint keys to load, e.g. "floor,dataFloor,grid": for working on one
// page; the targets of endpoints left out are not judged), BENCH_SAVE (a directory to keep one answer
// of each endpoint in), BENCH_SCALE (the large dataset's size, 1 to 20 times 20 cohorts; default 1;
// each scale has a data folder of its own, the default one with "-x<scale>" after it),
// BENCH_LIVE_SECONDS (the live updates' run, default 60), BENCH_SOAK_SECONDS (the soak run, 600).
import os from "node:os";
import path from "node:path";
import { parseScale } from "./dataset.ts";

export interface BenchSettings {
  secondsPerRun: number;
  rounds: number;
  warmupSeconds: number;
  concurrency: readonly [1, 16];
  dir: string;
  appPort: number;
  oidcPort: number;
  pgPort: number;
  serverNodeArgs: string[];
  /** BENCH_ONLY's keys; empty: every endpoint and the database restart. */
  only: string[];
  /** BENCH_SAVE=<dir>: keep one answer of each endpoint there, to look at what a page sends. */
  saveDir: string | undefined;
  /** BENCH_SCALE: the large dataset is 20 × scale cohorts. */
  scale: number;
  /** BENCH_LIVE_SECONDS (default 60): how long the live updates' run ticks. */
  liveSeconds: number;
  /** BENCH_SOAK_SECONDS (default 600): how long the soak run (BENCH_ONLY=soak) lasts. */
  soakSeconds: number;
}

export function readBenchSettings(env: NodeJS.ProcessEnv): BenchSettings {
  const scale = parseScale(env.BENCH_SCALE);
  const dir = env.WORKLOG_BENCH_DIR ?? path.join(os.tmpdir(), "worklog-bench");
  return {
    secondsPerRun: Number(env.BENCH_SECONDS ?? 4),
    rounds: Number(env.BENCH_ROUNDS ?? 5),
    warmupSeconds: 2,
    concurrency: [1, 16],
    dir: path.resolve(scale > 1 ? `${dir}-x${scale}` : dir),
    appPort: Number(env.BENCH_PORT ?? 3200),
    oidcPort: Number(env.BENCH_OIDC_PORT ?? 9359),
    pgPort: Number(env.BENCH_PG_PORT ?? 54359),
    serverNodeArgs: (env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean),
    only: (env.BENCH_ONLY ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean),
    saveDir: env.BENCH_SAVE ? path.resolve(env.BENCH_SAVE) : undefined,
    scale,
    liveSeconds: Number(env.BENCH_LIVE_SECONDS ?? 60),
    soakSeconds: Number(env.BENCH_SOAK_SECONDS ?? 600),
  };
}
