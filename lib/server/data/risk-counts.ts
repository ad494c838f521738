import "server-only";
// The program overview's "at risk" counts (table cohort_risk_counts), refreshed by the worker's
// scheduled job, once when it starts, and by `npm run worklog -- notify --due`: the same rule as the
// cohort page (internsAtRisk → buildGrid → lib/worklog/risk.ts), a few cohorts per statement so that
// no statement loads the whole program, each chunk's counts written in one upsert. It runs for no one
// (a job), so there is no viewer to check; the overview reads the counts with its one query.
import { todayIn, isoDateFromDb } from "@/lib/worklog/dates";
import { riskCountKeptFresh } from "@/lib/worklog/risk-counts";
import { db } from "../db";
import { databaseEnv } from "../env";
import { internsAtRisk } from "./risk";

/** Cohorts judged per statement: 5 × 50 interns × 12 weeks stays a small result. */
export const RISK_COUNT_CHUNK = 5;

export interface RiskCountsRefresh {
  /** Cohorts whose count was written. */
  cohorts: number;
  /** Statements of `chunkSize` cohorts or fewer (each: one load, one upsert). */
  chunks: number;
}

/** Recounts the interns at risk of every cohort kept fresh (riskCountKeptFresh) on the clock's `now`. */
export async function refreshRiskCounts(now: Date, options: { chunkSize?: number } = {}): Promise<RiskCountsRefresh> {
  const timeZone = databaseEnv().WORKLOG_TIME_ZONE;
  const today = todayIn(timeZone, now);
  const size = Math.max(1, options.chunkSize ?? RISK_COUNT_CHUNK);
  const cohorts = await db.$queryRaw<{ id: string; start_date: Date; week_count: number }[]>`
    SELECT id::text AS id, start_date, week_count FROM cohorts ORDER BY start_date, id`;
  const ids = cohorts
    .filter((c) => riskCountKeptFresh({ startDate: isoDateFromDb(c.start_date), weekCount: c.week_count }, today))
    .map((c) => c.id);
  let chunks = 0;
  for (let from = 0; from < ids.length; from += size) {
    const chunk = ids.slice(from, from + size);
    const atRisk = await internsAtRisk(db, chunk, today, timeZone);
    const counts = chunk.map((id) => atRisk.get(id)?.length ?? 0);
    // A cohort deleted meanwhile is left out (the join); a later clock's count is never overwritten
    // by an earlier one (a one-off run with --now in the past).
    await db.$executeRaw`
      INSERT INTO cohort_risk_counts (cohort_id, at_risk, computed_at)
      SELECT r.id, r.at_risk, ${now} FROM unnest(${chunk}::uuid[], ${counts}::int[]) AS r(id, at_risk)
      JOIN cohorts c ON c.id = r.id
      ON CONFLICT (cohort_id) DO UPDATE SET at_risk = EXCLUDED.at_risk, computed_at = EXCLUDED.computed_at
      WHERE cohort_risk_counts.computed_at <= EXCLUDED.computed_at`;
    chunks++;
  }
  return { cohorts: ids.length, chunks };
}
