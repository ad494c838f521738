// The program overview's "at risk" column: counts kept in cohort_risk_counts by the worker's refresh
// (lib/server/data/risk-counts.ts), against a small program worked out by hand and against each
// cohort's grid (the one rule); a cohort never counted reads as null; the refresh's statements are
// bounded by its chunks, not by the cohorts' size; the worker's scheduled job refreshes on its clock.
import { beforeAll, describe, expect, it } from "vitest";
import { installQueryCounter, queryCount } from "@/lib/server/bench/query-counter";
import { db } from "@/lib/server/db";
import { getCohortGrid } from "@/lib/server/data/grid";
import { getProgramOverview } from "@/lib/server/data/program";
import { refreshRiskCounts, RISK_COUNT_CHUNK } from "@/lib/server/data/risk-counts";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { startWorker } from "@/lib/server/jobs/worker";
import type { WeekStatus } from "@/lib/worklog/status";
import { until } from "../support/notifications";
import { createCohort, createCohortWithWeeks, createUser } from "../factories";

/** An instant given as Ho Chi Minh City's wall clock (the program's time zone). */
const hcm = (local: string) => new Date(`${local}:00+07:00`);
// Week N runs from Monday 7 Jan 2030 + 7(N − 1). Wednesday 30 Jan is in week 4: weeks 1–3 are past.
const NOW = hcm("2030-01-30T10:00");
const TODAY = "2030-01-30";

const A: [WeekStatus, number] = ["APPROVED", 3];
const S: [WeekStatus, number] = ["SUBMITTED", 3];
/**
 * Three tasks a week, weeks 1–3 of 12. At risk (lib/worklog/risk.ts, default thresholds 2, 3, 5):
 * - First: all approved: no. Second: drafts with nothing done: behind in weeks 1–3 (and idle). Third:
 *   approved, approved, submitted in full: no. So 1.
 * - Falling: submitted at 3, 2, 1 of 3 (100 → 66 → 33%, weeks 2–3 behind): yes. Drafts with nothing
 *   done: yes. All approved: no. So 2.
 */
const PROGRAM: Record<"first" | "second", [WeekStatus, number][][]> = {
  first: [
    [A, A, A],
    [
      ["DRAFT", 0],
      ["DRAFT", 0],
      ["DRAFT", 0],
    ],
    [A, A, S],
  ],
  second: [
    [
      ["SUBMITTED", 3],
      ["SUBMITTED", 2],
      ["SUBMITTED", 1],
    ],
    [
      ["DRAFT", 0],
      ["DRAFT", 0],
      ["DRAFT", 0],
    ],
    [A, A, A],
  ],
};
const EXPECTED = { first: 1, second: 2 };

let admin: Viewer;
const ids = {} as Record<"first" | "second" | "future" | "longFinished", string>;

async function runningCohort(plan: [WeekStatus, number][][]): Promise<string> {
  const { cohort } = await createCohortWithWeeks({
    startDate: "2030-01-07",
    interns: plan.length,
    weeks: 3,
    status: (i, w) => plan[i]![w - 1]![0],
    done: (i, w) => plan[i]![w - 1]![1],
  });
  await db.cohort.update({ where: { id: cohort.id }, data: { weekCount: 12 } });
  return cohort.id;
}

/** The statements a refresh sends, and what it reports. */
async function counted(now: Date) {
  const before = queryCount();
  const refreshed = await refreshRiskCounts(now);
  return { statements: queryCount() - before, ...refreshed };
}

beforeAll(async () => {
  installQueryCounter();
  admin = (await viewerById((await createUser({ role: "ADMIN" })).id))!;
  ids.first = await runningCohort(PROGRAM.first);
  ids.second = await runningCohort(PROGRAM.second);
  ids.future = (await createCohort({ startDate: "2030-06-03" })).id;
  // One week in 2029, with an intern behind: finished long ago, so not counted again.
  ids.longFinished = (
    await createCohortWithWeeks({ startDate: "2029-01-01", interns: 1, weeks: 1, status: () => "DRAFT" })
  ).cohort.id;
});

describe("the program overview's interns at risk", () => {
  it("reads as null for every cohort before the first refresh", async () => {
    const overview = await getProgramOverview(admin, { today: TODAY });
    expect(overview.map((c) => c.atRisk)).toEqual([null, null, null, null]);
  });

  it("after a refresh, equals the at-risk rows of each cohort's grid and the counts worked out by hand", async () => {
    const { statements, cohorts, chunks } = await counted(NOW);
    expect(cohorts).toBe(2);
    // The cohorts' list, then one load and one upsert per chunk.
    expect(chunks).toBe(1);
    expect(statements).toBe(3);
    const overview = await getProgramOverview(admin, { today: TODAY });
    const row = (id: string) => overview.find((c) => c.id === id)!;
    for (const key of ["first", "second"] as const) {
      const grid = (await getCohortGrid(admin, ids[key], { scope: "all", today: TODAY }))!;
      const atRisk = grid.rows.filter((r) => r.risk.length > 0).length;
      expect(row(ids[key]).atRisk, key).toEqual({ atRisk: EXPECTED[key], computedAt: NOW });
      expect(atRisk, key).toBe(EXPECTED[key]);
    }
    // Not started, and finished more than a week ago: never counted.
    expect(row(ids.future).atRisk).toBeNull();
    expect(row(ids.longFinished).atRisk).toBeNull();
  });

  it("a later refresh sees the change; a refresh on an earlier clock does not overwrite it", async () => {
    const later = hcm("2030-01-30T10:05");
    const week = await db.week.findFirstOrThrow({
      where: { cohortId: ids.first, status: "DRAFT", number: 1 },
      select: { internId: true },
    });
    await db.week.updateMany({
      where: { internId: week.internId },
      data: { status: "APPROVED", submittedAt: NOW, approvedAt: NOW },
    });
    await refreshRiskCounts(later);
    await refreshRiskCounts(NOW);
    const kept = await db.cohortRiskCount.findUniqueOrThrow({ where: { cohortId: ids.first } });
    expect(kept).toMatchObject({ atRisk: 0, computedAt: later });
  });

  it("takes a bounded number of statements: 3 for 2 cohorts, 5 for 6 (chunks of 5), whatever their size", async () => {
    expect(RISK_COUNT_CHUNK).toBe(5);
    for (let n = 0; n < 4; n++) await runningCohort(PROGRAM.second);
    const { statements, cohorts, chunks } = await counted(hcm("2030-01-30T10:10"));
    expect(cohorts).toBe(6);
    expect(chunks).toBe(2);
    expect(statements).toBe(1 + 2 * chunks);
    const overview = await getProgramOverview(admin, { today: TODAY });
    expect(overview.filter((c) => c.atRisk !== null)).toHaveLength(6);
  });

  it("is refreshed by the worker when it starts and on its schedule, on the worker's clock", async () => {
    await db.cohortRiskCount.deleteMany({});
    const clock = hcm("2030-01-30T11:00");
    const worker = await startWorker({ transport: null, schedule: true, clock: () => clock, maintenanceSeconds: 1 });
    try {
      await until(async () => (await db.cohortRiskCount.count({ where: { computedAt: clock } })) === 6);
      // The cron that keeps it fresh.
      const schedules = await worker.boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron])).toContainEqual(["worklog-risk-counts", "*/5 * * * *"]);
    } finally {
      await worker.stop();
    }
    const overview = await getProgramOverview(admin, { today: TODAY });
    expect(overview.find((c) => c.id === ids.second)!.atRisk).toEqual({ atRisk: 2, computedAt: clock });
  });
});
