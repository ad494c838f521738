// Notifications in the bench (issue 14): approving a week with notifications on against off, in the
// same run, the data-layer action alone, interleaved (the worker sends the mail apart, so it is not
// in the action); and the weekly digest for the bench's 40 mentors of 50-intern cohorts, built in a
// number of statements that does not grow with the cohorts (and rolled back: nothing stays). The
// weeks it approves are put back as they were.
import { performance } from "node:perf_hooks";
import type { BenchDatabase } from "./database.ts";
import { BENCH_TODAY } from "./dataset.ts";
import type { Target } from "./targets.ts";

export interface NotificationsResult {
  approveOffMs: number;
  approveOnMs: number;
  ratio: number;
  approves: number;
  statementsOff: number;
  statementsOn: number;
  digest: { mentors: number; interns: number; statements: number; ms: number };
}

const ROUNDS = 40;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

class Rollback extends Error {}

export async function measureNotifications(options: {
  databaseUrl: string;
  database: BenchDatabase;
  log: (line: string) => void;
}): Promise<{ result: NotificationsResult; targets: Target[] }> {
  const { database, log } = options;
  process.env.DATABASE_URL = options.databaseUrl;
  const { installQueryCounter, queryCount } = await import("../../lib/server/bench/query-counter.ts");
  installQueryCounter();
  const { decideWeek } = await import("../../lib/server/data/reviews.ts");
  const { viewerById } = await import("../../lib/server/data/viewer.ts");
  const { db } = await import("../../lib/server/db.ts");
  const { writeDueDigests } = await import("../../lib/server/data/notifications/digest.ts");

  // Weeks to approve: one draft week of each of many interns, handed in for the bench, and their mentor.
  const weeks = await database.rows<{ id: string; mentor_id: string; status: string }>(
    `SELECT DISTINCT ON (w.intern_id) w.id::text, m.mentor_id::text, w.status::text
       FROM weeks w JOIN cohort_mentors m ON m.cohort_id = w.cohort_id JOIN users u ON u.id = m.mentor_id
      WHERE w.status = 'DRAFT' AND u.email LIKE '%@bench.example'
      ORDER BY w.intern_id, w.number LIMIT ${ROUNDS * 2 + 10}`,
  );
  const ids = weeks.map((w) => w.id);
  const started = new Date();
  await database.rows(`UPDATE weeks SET status = 'SUBMITTED', submitted_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  const times: Record<"on" | "off", number[]> = { on: [], off: [] };
  const statements: Record<"on" | "off", number> = { on: 0, off: 0 };
  try {
    for (const [n, week] of weeks.entries()) {
      const mode = n % 2 === 0 ? "off" : "on";
      process.env.WORKLOG_NOTIFICATIONS = mode;
      const viewer = (await viewerById(week.mentor_id))!;
      const before = queryCount();
      const t0 = performance.now();
      await decideWeek(viewer, { weekId: week.id, decision: "APPROVED" });
      const ms = performance.now() - t0;
      if (n >= 10) times[mode].push(ms); // the first ten warm the pool and the plans
      statements[mode] = queryCount() - before;
    }
  } finally {
    process.env.WORKLOG_NOTIFICATIONS = "on";
    // Put the weeks back: their status, and what the approvals wrote.
    await database.rows(`DELETE FROM notifications WHERE week_id = ANY($1::uuid[]) AND created_at >= $2`, [
      ids,
      started,
    ]);
    await database.rows(`DELETE FROM review_decisions WHERE week_id = ANY($1::uuid[]) AND created_at >= $2`, [
      ids,
      started,
    ]);
    await database.rows(`DELETE FROM audit_events WHERE week_id = ANY($1::uuid[]) AND created_at >= $2`, [
      ids,
      started,
    ]);
    await database.rows(
      `UPDATE weeks SET status = 'DRAFT', submitted_at = NULL, approved_at = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }
  const off = median(times.off);
  const on = median(times.on);

  // The digest, as Monday 08:05 of the bench's week would write it, inside a transaction rolled back.
  const [clock] = await database.rows<{ now: Date; mentors: number; interns: number }>(
    `SELECT ((date_trunc('week', $1::date)::date + time '08:05') AT TIME ZONE 'Asia/Ho_Chi_Minh') AS now,
            (SELECT count(DISTINCT mentor_id)::int FROM cohort_mentors) AS mentors, (SELECT count(*)::int FROM enrollments) AS interns`,
    [BENCH_TODAY],
  );
  let written = 0;
  const before = queryCount();
  const t0 = performance.now();
  await db
    .$transaction(async (tx) => {
      written = await writeDueDigests(tx, { now: clock!.now, timeZone: "Asia/Ho_Chi_Minh" });
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  const digest = {
    mentors: written,
    interns: clock!.interns,
    statements: queryCount() - before,
    ms: performance.now() - t0,
  };
  await db.$disconnect();

  const result = {
    approveOffMs: off,
    approveOnMs: on,
    ratio: on / off,
    approves: times.on.length + times.off.length,
    statementsOff: statements.off,
    statementsOn: statements.on,
    digest,
  };
  log(
    `Approve (data layer, median of ${times.off.length} each): off ${off.toFixed(2)} ms (${statements.off} statements), on ${on.toFixed(2)} ms (${statements.on}): ${result.ratio.toFixed(3)}×.`,
  );
  log(
    `Digest: ${digest.mentors} mentors' digests over ${digest.interns} interns in ${digest.statements} statements, ${digest.ms.toFixed(0)} ms.`,
  );
  const targets: Target[] = [
    {
      name: "approve with notifications on / off (median)",
      measured: `${result.ratio.toFixed(3)}×`,
      limit: "≤ 1.2×",
      pass: result.ratio <= 1.2,
    },
    {
      name: `weekly digest statements (${digest.mentors} mentors, 50-intern cohorts)`,
      measured: String(digest.statements),
      limit: "≤ 8 (constant in cohort size)",
      pass: digest.statements <= 8 && digest.mentors >= 40,
    },
  ];
  return { result, targets };
}
