// Two app instances in the bench (issue 16; BENCH_ONLY=instances runs it alone): a second app server
// on the same database starts, an intern ticks on it, and right after the tick's answer a mentor's
// grid is read from the first one, whose view cache holds that grid from just before. The grid must
// show the tick every time: a view older than a write another instance acknowledged before the request
// began is never served (docs/decisions/022). Ten ticks, done and not done in turn; the grid's time
// right after each is reported.
import { performance } from "node:perf_hooks";
import type { BenchDatabase } from "./database.ts";
import { html, send, tickRequester } from "./endpoints.ts";
import type { LoadRequest } from "./load.ts";
import type { People } from "./people.ts";
import type { BenchStack } from "./stack.ts";
import type { Target } from "./targets.ts";

export interface InstancesBenchResult {
  ticks: number;
  /** Grids read right after a tick that showed it. */
  shown: number;
  /** The grid's time right after a tick (its cached view no longer current). */
  gridP50Ms: number;
  gridMaxMs: number;
}

const TICKS = 10;

/** The done/total a grid page shows in the cell of this week ("<span>Draft</span>8/21 tasks"). */
function cellCounts(page: string, weekId: string): string | null {
  const cell = new RegExp(`<a href="/weeks/${weekId}"[^>]*><span>[^<]*</span>(\\d+/\\d+)`).exec(page);
  return cell?.[1] ?? null;
}

export async function measureAcrossInstances(options: {
  stack: BenchStack;
  database: BenchDatabase;
  people: People;
  log: (line: string) => void;
}): Promise<{ result: InstancesBenchResult; targets: Target[] }> {
  const { stack, database, people, log } = options;
  // A bench mentor and an intern of their cohort (the grid is read with every intern: scope=all).
  const cohorts = await database.rows<{ id: string; cohort_id: string }>(
    `SELECT id::text, cohort_id::text FROM weeks WHERE id = ANY($1::uuid[])`,
    [people.interns.map((i) => i.weekId)],
  );
  const cohortOf = new Map(cohorts.map((w) => [w.id, w.cohort_id]));
  const mentor = people.mentors.find((m) => people.interns.some((i) => cohortOf.get(i.weekId) === m.cohortId));
  const intern = mentor && people.interns.find((i) => cohortOf.get(i.weekId) === mentor.cohortId);
  if (!mentor || !intern) throw new Error("instances: no signed-in intern in a bench mentor's cohort");
  const grid: LoadRequest = { method: "GET", path: `/cohorts/${mentor.cohortId}?scope=all`, headers: html(mentor) };

  const second = await stack.startSecondServer();
  log(`Instances: a second app server at ${second.origin}, on the same database.`);
  const tickOnSecond = tickRequester(second.origin);
  const times: number[] = [];
  let shown = 0;
  try {
    for (let i = 0; i < TICKS; i++) {
      // The first instance keeps the grid as it is now.
      const before = await send(stack.appOrigin, grid);
      if (before.status !== 200) throw new Error(`instances: the grid answered ${before.status}`);
      const tick = await send(second.origin, tickOnSecond(intern));
      if (tick.status !== 200) throw new Error(`instances: the tick on the second server answered ${tick.status}`);
      const started = performance.now();
      const after = await send(stack.appOrigin, grid);
      times.push(performance.now() - started);
      const [week] = await database.rows<{ done: number; total: number }>(
        `SELECT done_count AS done, task_count AS total FROM weeks WHERE id = $1`,
        [intern.weekId],
      );
      if (after.status === 200 && cellCounts(after.body, intern.weekId) === `${week!.done}/${week!.total}`) shown++;
    }
  } finally {
    await second.stop();
  }
  times.sort((a, b) => a - b);
  const result: InstancesBenchResult = {
    ticks: TICKS,
    shown,
    gridP50Ms: times[Math.floor(times.length / 2)]!,
    gridMaxMs: times.at(-1)!,
  };
  log(
    `Instances: ${shown} of ${TICKS} grids read on the first server right after a tick on the second showed it; the grid then p50 ${result.gridP50Ms.toFixed(1)} ms, max ${result.gridMaxMs.toFixed(1)} ms`,
  );
  return {
    result,
    targets: [
      {
        name: "grid right after a tick on another instance shows the tick",
        measured: `${shown} of ${TICKS}`,
        limit: `${TICKS} of ${TICKS}`,
        pass: shown === TICKS,
      },
    ],
  };
}
