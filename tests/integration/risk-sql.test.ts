// The at-risk rule's SQL twin (lib/server/data/risk-sql.ts, for the program overview's column) agrees with
// the rule as the grid applies it (lib/worklog/risk.ts through getCohortGrid), on generated cohorts:
// every status, weeks missing or with nothing planned, done shares up and down, ticks of various
// ages, "today" before, in and after the program, and thresholds across their range.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { databaseEnv } from "@/lib/server/env";
import { getCohortGrid } from "@/lib/server/data/grid";
import { internAtRiskSql, pastWeekCountSql } from "@/lib/server/data/risk-sql";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { addDaysIso } from "@/lib/worklog/dates";
import { WEEK_STATUSES } from "@/lib/worklog/status";
import { createCohortWithWeeks, createUser } from "../factories";

const START = "2026-03-02";
const WEEKS = 6;
const TASKS = 5;
const weekPlan = fc.record({
  kind: fc.constantFrom("normal", "normal", "normal", "missing", "empty"),
  status: fc.constantFrom(...WEEK_STATUSES),
  done: fc.integer({ min: 0, max: TASKS }),
});
const cohortPlan = fc.record({
  interns: fc.array(
    fc.record({
      // A done share that falls week by week (5, 4, 3… of 5 done), or any.
      falling: fc.boolean(),
      weeks: fc.array(weekPlan, { minLength: WEEKS, maxLength: WEEKS }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  today: fc.integer({ min: -3, max: 7 * WEEKS + 10 }).map((offset) => addDaysIso(START, offset)),
  behindWeeks: fc.integer({ min: 1, max: 3 }),
  fallingWeeks: fc.integer({ min: 2, max: 4 }),
  idleDays: fc.integer({ min: 1, max: 12 }),
});

let admin: Viewer;
beforeAll(async () => {
  admin = (await viewerById((await createUser({ role: "ADMIN" })).id))!;
});

describe("SQL and TypeScript agree", () => {
  it("an intern is at risk", async () => {
    await fc.assert(
      fc.asyncProperty(cohortPlan, async (plan) => {
        const { cohort, weeks } = await createCohortWithWeeks({
          interns: plan.interns.length,
          weeks: WEEKS,
          tasks: TASKS,
          startDate: START,
          status: (i, w) => plan.interns[i]!.weeks[w - 1]!.status,
          done: (i, w) => (plan.interns[i]!.falling ? TASKS - w + 1 : plan.interns[i]!.weeks[w - 1]!.done),
        });
        const internIds = [...new Set(weeks.map((w) => w.internId))];
        const of = (kind: string) =>
          weeks
            .filter((w) => plan.interns[internIds.indexOf(w.internId)]!.weeks[w.number - 1]!.kind === kind)
            .map((w) => w.id);
        await db.week.deleteMany({ where: { id: { in: of("missing") } } });
        await db.day.deleteMany({ where: { weekId: { in: of("empty") } } });
        await db.programSettings.update({
          where: { id: 1 },
          data: { riskBehindWeeks: plan.behindWeeks, riskFallingWeeks: plan.fallingWeeks, riskIdleDays: plan.idleDays },
        });
        const grid = await getCohortGrid(admin, cohort.id, { today: plan.today });
        const today = Prisma.sql`${plan.today}::date`;
        const atRisk = internAtRiskSql(today, databaseEnv().WORKLOG_TIME_ZONE, Prisma.sql`p.past`);
        const rows = await db.$queryRaw<{ id: string; at_risk: boolean }[]>`
          SELECT e.user_id::text AS id, ${atRisk} AS at_risk
          FROM cohorts c CROSS JOIN LATERAL (SELECT ${pastWeekCountSql(today)} AS past) p
          JOIN enrollments e ON e.cohort_id = c.id
          WHERE c.id = ${cohort.id}::uuid`;
        const sql = Object.fromEntries(rows.map((r) => [r.id, r.at_risk]));
        const ts = Object.fromEntries(grid.rows.map((r) => [r.intern.id, r.risk.length > 0]));
        expect(sql).toEqual(ts);
      }),
      { numRuns: 40 },
    );
  });
});
