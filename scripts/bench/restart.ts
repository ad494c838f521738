// The bench's database-restart scenario (issue 7, "database restart under load"): interns tick
// tasks without pause while PostgreSQL is stopped (fast shutdown, as in a failover) and started
// again under the running app. Measured: how the app answers while the database is away (503 with
// Retry-After, never a stack trace), how long after PostgreSQL is back the first tick is
// acknowledged again (target: within 5 s), and whether every tick the app acknowledged is in the
// database afterwards. Each tick sets a different task done, so "acknowledged" maps to one row.
import type { LoadRequest } from "./load.ts";

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
  const outcomes: Outcome[] = [];
  const statuses: Record<string, number> = {};
  const unexpected: RestartResult["unexpected"] = [];
  let bad503 = 0;
  let stop = false;

  const worker = async (index: number) => {
    for (const taskId of tasks[index]!) {
      if (stop) return;
      const request = tick(index, taskId);
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
      statuses[status] = (statuses[status] ?? 0) + 1;
      const acknowledged = status === 200 && body.includes('"ok":true');
      outcomes.push({ taskId, status, acknowledged, at: Date.now() });
      if (status === 503 && (!retryAfter || STACK_TRACE.test(body))) bad503++;
      if (status !== 200 && status !== 503 && status !== 0 && unexpected.length < 5)
        unexpected.push({ status, sample: body.slice(0, 200) });
      // While the app says "come back later", do as a browser's retry would: not hammer it.
      if (status === 503 || status === 0) await new Promise((r) => setTimeout(r, 100));
    }
  };

  log(
    `Database restart: ${tasks.length} interns ticking without pause; PostgreSQL restarts after ${beforeMs / 1000} s…`,
  );
  const running = tasks.map((_, index) => worker(index));
  await new Promise((r) => setTimeout(r, beforeMs));
  const { stoppedAt, startedAt } = await options.restartDatabase();
  log(`  PostgreSQL stopped and started again (down ${startedAt - stoppedAt} ms).`);
  // Until a tick is acknowledged again (at most 30 s), then a little longer.
  const deadline = startedAt + 30_000;
  while (Date.now() < deadline && !outcomes.some((o) => o.acknowledged && o.at > startedAt))
    await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, afterMs));
  stop = true;
  await Promise.all(running);

  const firstBack = outcomes.filter((o) => o.acknowledged && o.at > startedAt).sort((a, b) => a.at - b.at)[0];
  const acknowledged = outcomes.filter((o) => o.acknowledged).map((o) => o.taskId);
  const done = await options.doneTasks(outcomes.map((o) => o.taskId));
  const savedUnacknowledged = outcomes.filter((o) => !o.acknowledged && done.has(o.taskId)).length;
  const acknowledgedMissing = acknowledged.filter((id) => !done.has(id)).length;
  const recoveredAfterMs = firstBack ? firstBack.at - startedAt : null;
  const errors5xx = Object.entries(statuses).some(([status]) => Number(status) >= 500 && Number(status) !== 503);
  const result: RestartResult = {
    workers: tasks.length,
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
  return result;
}
