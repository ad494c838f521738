// Bulk approve in the bench (issue 15; BENCH_ONLY=bulkApprove runs it alone): a mentor of a
// 50-intern cohort approves 50 submitted weeks at once, the server action posted over HTTP as the
// browser posts it from the review queue (so the time includes the queue page rendered again),
// five times; and its SQL statements for 5 weeks against 50 (the server's counter, the request sent
// alone). The weeks are handed in for the bench and put back as they were, with what the approvals wrote.
import { performance } from "node:perf_hooks";
import type { BenchDatabase } from "./database.ts";
import { send, serverActionId } from "./endpoints.ts";
import type { LoadRequest } from "./load.ts";
import type { Mentor } from "./people.ts";
import type { Target } from "./targets.ts";

export interface BulkApproveBenchResult {
  weeks: number;
  timesMs: number[];
  p50Ms: number;
  maxMs: number;
  statements5: number;
  statements50: number;
}

const ROUNDS = 5;
const WEEKS = 50;
const LIMIT_MS = 1000;
const REVIEWS_ROUTER_STATE = encodeURIComponent(
  JSON.stringify(["", { children: ["reviews", { children: ["__PAGE__", {}] }] }]),
);

interface PlannedWeek {
  id: string;
  status: string;
  submitted_at: Date | null;
  approved_at: Date | null;
}

/** One week of each of the cohort's interns (not approved), with the state to put back. */
async function weeksOf(database: BenchDatabase, cohortId: string): Promise<PlannedWeek[]> {
  return database.rows<PlannedWeek>(
    `SELECT DISTINCT ON (w.intern_id) w.id::text, w.status::text, w.submitted_at, w.approved_at
       FROM weeks w WHERE w.cohort_id = $1 AND w.status <> 'APPROVED'
      ORDER BY w.intern_id, w.number LIMIT ${WEEKS}`,
    [cohortId],
  );
}

async function putBack(database: BenchDatabase, weeks: PlannedWeek[], since: Date): Promise<void> {
  const ids = weeks.map((w) => w.id);
  for (const table of ["notifications", "review_decisions", "review_comments", "audit_events"]) {
    await database.rows(`DELETE FROM ${table} WHERE week_id = ANY($1::uuid[]) AND created_at >= $2`, [ids, since]);
  }
  await database.rows(
    `UPDATE weeks w SET status = p.status::"WeekStatus", submitted_at = p.submitted_at, approved_at = p.approved_at
       FROM jsonb_to_recordset($1::jsonb) AS p(id uuid, status text, submitted_at timestamptz, approved_at timestamptz)
      WHERE w.id = p.id`,
    [JSON.stringify(weeks)],
  );
}

export async function measureBulkApprove(options: {
  origin: string;
  database: BenchDatabase;
  mentor: Mentor;
  /** Another mentor's cohort, for the 5-week count (its own weeks, so the two do not share rows). */
  other: Mentor;
  log: (line: string) => void;
}): Promise<{ result: BulkApproveBenchResult; targets: Target[] }> {
  const { origin, database, mentor, other, log } = options;
  const actionId = serverActionId("lib/server/actions/bulk-approve.ts", "approveWeeksAction");
  const post = (who: Mentor, weekIds: string[]): LoadRequest => ({
    method: "POST",
    path: "/reviews",
    headers: {
      accept: "text/x-component",
      "next-action": actionId,
      "next-router-state-tree": REVIEWS_ROUTER_STATE,
      "content-type": "text/plain;charset=UTF-8",
      origin,
      cookie: who.cookie,
      "x-forwarded-for": who.address,
    },
    body: JSON.stringify([null, { weekIds, comment: "Approved together in the bench." }]),
  });
  const queriesNow = async () => {
    const response = await fetch(new URL("/bench/queries", origin), { headers: { cookie: mentor.cookie } });
    return ((await response.json()) as { queries: number }).queries;
  };
  const weeks = await weeksOf(database, mentor.cohortId);
  const few = (await weeksOf(database, other.cohortId)).slice(0, 5);
  if (weeks.length < WEEKS || few.length < 5) throw new Error(`Bulk approve: fewer than ${WEEKS} weeks to approve.`);
  const ids = weeks.map((w) => w.id);
  const submit = (list: PlannedWeek[]) =>
    database.rows(`UPDATE weeks SET status = 'SUBMITTED', submitted_at = now() WHERE id = ANY($1::uuid[])`, [
      list.map((w) => w.id),
    ]);
  const approvedIn = (body: string) => (body.match(/"internName"/g) ?? []).length;

  const timesMs: number[] = [];
  let statements50 = 0;
  let statements5 = 0;
  const since = new Date();
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      await submit(weeks);
      const before = await queriesNow();
      const t0 = performance.now();
      const { status, body } = await send(origin, post(mentor, ids));
      const ms = performance.now() - t0;
      const after = await queriesNow();
      if (status !== 200 || approvedIn(body) < WEEKS || body.includes('"refused":[{'))
        throw new Error(`Bulk approve: unexpected answer (HTTP ${status}): ${body.slice(0, 300)}`);
      if (round > 0) timesMs.push(ms); // the first warms the pool and the plans
      statements50 = after - before;
      await putBack(database, weeks, since);
    }
    await submit(few);
    const before = await queriesNow();
    const { status, body } = await send(
      origin,
      post(
        other,
        few.map((w) => w.id),
      ),
    );
    statements5 = (await queriesNow()) - before;
    if (status !== 200 || approvedIn(body) < 5) throw new Error(`Bulk approve of 5: HTTP ${status}`);
  } finally {
    await putBack(database, weeks, since);
    await putBack(database, few, since);
  }
  const sorted = [...timesMs].sort((a, b) => a - b);
  const result = {
    weeks: WEEKS,
    timesMs,
    p50Ms: sorted[Math.floor(sorted.length / 2)]!,
    maxMs: sorted[sorted.length - 1]!,
    statements5,
    statements50,
  };
  log(
    `Bulk approve of ${WEEKS} weeks (HTTP, ${ROUNDS} runs): p50 ${result.p50Ms.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms; SQL statements ${statements5} for 5 weeks, ${statements50} for ${WEEKS}.`,
  );
  const targets: Target[] = [
    {
      name: `bulk approve of ${WEEKS} weeks (server action over HTTP, slowest of ${ROUNDS})`,
      measured: `${result.maxMs.toFixed(0)} ms (p50 ${result.p50Ms.toFixed(0)} ms)`,
      limit: `≤ ${LIMIT_MS} ms`,
      pass: result.maxMs <= LIMIT_MS,
    },
    {
      name: "bulk approve SQL statements, 5 vs 50 weeks",
      measured: `${statements5} vs ${statements50}`,
      limit: "equal",
      pass: statements5 === statements50,
    },
  ];
  return { result, targets };
}
