// The bench's database-restart scenario (issue 7, "database restart under load"): interns tick
// tasks without pause while PostgreSQL is stopped (fast shutdown, as in a failover) and started
// again under the running app. Measured: how the app answers while the database is away (503 with
// Retry-After, never a stack trace), how long after PostgreSQL is back the first tick is
// acknowledged again (target: within 5 s), and whether every tick the app acknowledged is in the
// database afterwards. Each tick sets a different task done, so "acknowledged" maps to one row.
import type { BenchDatabase } from "./database.ts";
import type { TickRequest } from "./endpoints.ts";
import type { LoadRequest } from "./load.ts";
import type { Intern } from "./people.ts";
import type { BenchStack } from "./stack.ts";

export interface RestartResult {
  workers: number;
  ticks: { sent: number; acknowledged: number; refused: number; failed: number };
  /** Answers by HTTP status (0: no answer, the connection failed). */
  statuses: Record<string, number>;
  /** Answers other than 200 and 503 (a 5xx here is a stack-trace candidate), with a sample. */
  unexpected: { status: number; sample: string }[];
  /** 503 answers without Retry-After or whose body looks like a stack trace. */
  bad503: number;
  /** Ticks not acknowledged (503, a refusal, no answer) whose task is done all the same: answers lost in the restart. */
  savedUnacknowledged: number;
  databaseDownMs: number;
  /** From PostgreSQL accepting connections again to the first acknowledged tick. */
  recoveredAfterMs: number | null;
  acknowledgedMissing: number;
  pass: boolean;
}

interface Outcome {
  taskId: string;
  status: number;
  acknowledged: boolean;
  at: number;
}

const STACK_TRACE = /\bat .+\.(js|ts|mjs):\d+|Error:|node_modules/;

/** Every answer of the scenario, as it comes. */
interface Tally {
  outcomes: Outcome[];
  statuses: Record<string, number>;
  unexpected: RestartResult["unexpected"];
  bad503: number;
}

/** One intern ticking their tasks in order, without pause, until told to stop. */
async function tickWithoutPause(
  origin: string,
  taskIds: string[],
  tick: (taskId: string) => LoadRequest,
  tally: Tally,
  stopped: () => boolean,
): Promise<void> {
  for (const taskId of taskIds) {
    if (stopped()) return;
    const request = tick(taskId);
    let status = 0;
    let body = "";
    let retryAfter: string | null = null;
    try {
      const response = await fetch(new URL(request.path, origin), {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: "manual",
        signal: AbortSignal.timeout(15_000),
      });
      status = response.status;
      retryAfter = response.headers.get("retry-after");
      body = await response.text();
    } catch {
      status = 0;
    }
    tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
    const acknowledged = status === 200 && body.includes('"ok":true');
    tally.outcomes.push({ taskId, status, acknowledged, at: Date.now() });
    if (status === 503 && (!retryAfter || STACK_TRACE.test(body))) tally.bad503++;
    if (status !== 200 && status !== 503 && status !== 0 && tally.unexpected.length < 5)
      tally.unexpected.push({ status, sample: body.slice(0, 200) });
    // While the app says "come back later", do as a browser's retry would: not hammer it.
    if (status === 503 || status === 0) await new Promise((r) => setTimeout(r, 100));
  }
}

function summarize(
  tally: Tally,
  workers: number,
  times: { stoppedAt: number; startedAt: number },
  done: Set<string>,
): RestartResult {
  const { outcomes, statuses, unexpected, bad503 } = tally;
  const { stoppedAt, startedAt } = times;
  const firstBack = outcomes.filter((o) => o.acknowledged && o.at > startedAt).sort((a, b) => a.at - b.at)[0];
  const acknowledged = outcomes.filter((o) => o.acknowledged).map((o) => o.taskId);
  const savedUnacknowledged = outcomes.filter((o) => !o.acknowledged && done.has(o.taskId)).length;
  const acknowledgedMissing = acknowledged.filter((id) => !done.has(id)).length;
  const recoveredAfterMs = firstBack ? firstBack.at - startedAt : null;
  const errors5xx = Object.entries(statuses).some(([status]) => Number(status) >= 500 && Number(status) !== 503);
  return {
    workers,
    ticks: {
      sent: outcomes.length,
      acknowledged: acknowledged.length,
      refused: outcomes.filter((o) => o.status === 503).length,
      failed: outcomes.filter((o) => !o.acknowledged && o.status !== 503).length,
    },
    statuses,
    unexpected,
    bad503,
    savedUnacknowledged,
    databaseDownMs: startedAt - stoppedAt,
    recoveredAfterMs,
    acknowledgedMissing,
    pass:
      recoveredAfterMs !== null && recoveredAfterMs <= 5000 && !errors5xx && bad503 === 0 && acknowledgedMissing === 0,
  };
}

export async function runRestartScenario(options: {
  origin: string;
  /** Per worker: its own undone tasks, in order. */
  tasks: string[][];
  tick: (worker: number, taskId: string) => LoadRequest;
  restartDatabase: () => Promise<{ stoppedAt: number; startedAt: number }>;
  /** Which of these tasks are done now (straight from the database). */
  doneTasks: (taskIds: string[]) => Promise<Set<string>>;
  log: (line: string) => void;
  beforeMs?: number;
  afterMs?: number;
}): Promise<RestartResult> {
  const { origin, tasks, tick, log } = options;
  const beforeMs = options.beforeMs ?? 3000;
  const afterMs = options.afterMs ?? 3000;
  const tally: Tally = { outcomes: [], statuses: {}, unexpected: [], bad503: 0 };
  let stop = false;

  log(
    `Database restart: ${tasks.length} interns ticking without pause; PostgreSQL restarts after ${beforeMs / 1000} s…`,
  );
  const running = tasks.map((taskIds, index) =>
    tickWithoutPause(
      origin,
      taskIds,
      (taskId) => tick(index, taskId),
      tally,
      () => stop,
    ),
  );
  await new Promise((r) => setTimeout(r, beforeMs));
  const times = await options.restartDatabase();
  const { stoppedAt, startedAt } = times;
  log(`  PostgreSQL stopped and started again (down ${startedAt - stoppedAt} ms).`);
  // Until a tick is acknowledged again (at most 30 s), then a little longer.
  const deadline = startedAt + 30_000;
  while (Date.now() < deadline && !tally.outcomes.some((o) => o.acknowledged && o.at > startedAt))
    await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, afterMs));
  stop = true;
  await Promise.all(running);

  const done = await options.doneTasks(tally.outcomes.map((o) => o.taskId));
  return summarize(tally, tasks.length, times, done);
}

/**
 * The scenario on the bench's stack: 8 of the signed-in interns tick their own undone tasks, which
 * are undone again afterwards (acknowledged or not).
 */
export async function runDatabaseRestart(options: {
  origin: string;
  stack: BenchStack;
  database: BenchDatabase;
  interns: Intern[];
  tickRequest: TickRequest;
  log: (line: string) => void;
}): Promise<RestartResult> {
  const { stack, database, interns } = options;
  const workers = interns.slice(0, 8);
  const taskRows = await database.rows<{ user_id: string; id: string }>(
    `SELECT user_id, id FROM (
           SELECT w.intern_id AS user_id, t.id, row_number() OVER (PARTITION BY w.intern_id ORDER BY w.number, d.position, t.position) AS n
           FROM weeks w JOIN days d ON d.week_id = w.id JOIN tasks t ON t.day_id = d.id
           WHERE w.intern_id = ANY($1::uuid[]) AND w.status IN ('DRAFT', 'CHANGES_REQUESTED') AND NOT t.done AND t.id <> ALL($2::uuid[])
         ) x WHERE n <= 400`,
    [workers.map((w) => w.userId), interns.map((i) => i.taskId)],
  );
  const tasks = workers.map((w) => taskRows.filter((r) => r.user_id === w.userId).map((r) => r.id));
  const all = tasks.flat();
  let restart: RestartResult;
  try {
    restart = await runRestartScenario({
      origin: options.origin,
      tasks,
      tick: (worker, taskId) => ({
        ...options.tickRequest(workers[worker]!),
        // The action's arguments as the browser sends them (its form state first, as tickRequester does).
        body: JSON.stringify([null, { taskId, done: true }]),
      }),
      restartDatabase: async () => {
        // The bench's own connection goes down with the server: reconnect afterwards.
        // Kept down 2 s, about what a managed database's restart or failover takes at best.
        const times = await stack.restartDatabase(2000);
        await database.reconnect();
        return times;
      },
      doneTasks: async (ids) =>
        new Set(
          (await database.rows<{ id: string }>("SELECT id FROM tasks WHERE id = ANY($1::uuid[]) AND done", [ids])).map(
            (r) => r.id,
          ),
        ),
      log: options.log,
    });
  } finally {
    // Those tasks were all undone before: they are again (acknowledged or not). On a fresh
    // connection if the restart left the bench's own one broken.
    const undo = () =>
      database.rows("UPDATE tasks SET done = false, done_at = NULL WHERE id = ANY($1::uuid[]) AND done", [all]);
    await undo().catch(async () => {
      await database.reconnect();
      await undo();
    });
  }
  options.log(
    `  ${restart.ticks.sent} ticks sent: ${restart.ticks.acknowledged} acknowledged, ${restart.ticks.refused} answered 503, ${restart.ticks.failed} refused with a message or without an answer (${restart.savedUnacknowledged} of the unacknowledged saved all the same); statuses ${JSON.stringify(restart.statuses)}.`,
  );
  return restart;
}
