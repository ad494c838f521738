// The domain rules that hand-written SQL repeats for speed (lib/server/data/rules-sql.ts) give the
// same answers as their one definition in lib/worklog, on generated cases: every status, dates on
// both sides of today and on it, undone and done tasks, days without dates, weeks with and without an
// extension (before, on and after today, before and after the end date), cohorts not started or over.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { programWeekSql, taskOverdueSql, weekBehindSql } from "@/lib/server/data/rules-sql";
import { addDaysIso, cohortWeekNumberOn, dbDateFromIso } from "@/lib/worklog/dates";
import { isTaskOverdue, isWeekBehind } from "@/lib/worklog/schedule";
import { WEEK_STATUSES } from "@/lib/worklog/status";

const TODAY = "2026-11-29";
const date = fc.integer({ min: -400, max: 400 }).map((offset) => addDaysIso(TODAY, offset));
const near = fc.integer({ min: -2, max: 2 }).map((offset) => addDaysIso(TODAY, offset));
const status = fc.constantFrom(...WEEK_STATUSES);
const RUNS = { numRuns: 25 };
const orNull = (iso: string | null) => (iso === null ? null : dbDateFromIso(iso));

describe("SQL and TypeScript agree", () => {
  it("a week is behind", async () => {
    const week = fc.record({
      status,
      endDate: fc.oneof(date, near),
      extendedUntil: fc.option(fc.oneof(date, near)),
      done: fc.nat(8),
      extra: fc.nat(8),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(week, { minLength: 1, maxLength: 40 }), async (weeks) => {
        const cases = weeks.map((w) => ({ ...w, total: w.done + w.extra }));
        const behind = weekBehindSql(
          {
            status: "w.status",
            endDate: "w.end_date",
            extendedUntil: "w.extended_until",
            done: "w.done_count",
            total: "w.task_count",
          },
          Prisma.sql`${TODAY}::date`,
        );
        const rows = await db.$queryRaw<{ behind: boolean }[]>`
          SELECT ${behind} AS behind
          FROM unnest(${cases.map((c) => c.status)}::text[], ${cases.map((c) => dbDateFromIso(c.endDate))}::date[],
                      ${cases.map((c) => orNull(c.extendedUntil))}::date[],
                      ${cases.map((c) => c.done)}::int[], ${cases.map((c) => c.total)}::int[])
               WITH ORDINALITY AS w(status, end_date, extended_until, done_count, task_count, n)
          ORDER BY n`;
        expect(rows.map((r) => r.behind)).toEqual(cases.map((c) => isWeekBehind(c, TODAY)));
      }),
      RUNS,
    );
  });

  it("a task is overdue", async () => {
    const task = fc.record({
      done: fc.boolean(),
      dayEndDate: fc.option(fc.oneof(date, near)),
      weekExtendedUntil: fc.option(fc.oneof(date, near)),
      weekStatus: status,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(task, { minLength: 1, maxLength: 40 }), async (tasks) => {
        const overdue = taskOverdueSql(
          {
            done: "m.done",
            dayEndDate: "m.end_date",
            weekExtendedUntil: "m.extended_until",
            weekStatus: "m.week_status",
          },
          Prisma.sql`${TODAY}::date`,
        );
        const ends = tasks.map((t) => orNull(t.dayEndDate));
        const extensions = tasks.map((t) => orNull(t.weekExtendedUntil));
        const rows = await db.$queryRaw<{ overdue: boolean }[]>`
          SELECT ${overdue} AS overdue
          FROM unnest(${tasks.map((t) => t.done)}::boolean[], ${ends}::date[], ${extensions}::date[],
                      ${tasks.map((t) => t.weekStatus)}::text[])
               WITH ORDINALITY AS m(done, end_date, extended_until, week_status, n)
          ORDER BY n`;
        expect(rows.map((r) => r.overdue)).toEqual(tasks.map((t) => isTaskOverdue(t, TODAY)));
      }),
      RUNS,
    );
  });

  it("the week of the program today falls in", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(date, { minLength: 1, maxLength: 40 }), async (starts) => {
        const week = programWeekSql("c.start_date", Prisma.sql`${TODAY}::date`);
        const rows = await db.$queryRaw<{ week: number }[]>`
          SELECT ${week} AS week
          FROM unnest(${starts.map(dbDateFromIso)}::date[]) WITH ORDINALITY AS c(start_date, n)
          ORDER BY n`;
        expect(rows.map((r) => r.week)).toEqual(starts.map((start) => cohortWeekNumberOn(start, TODAY)));
      }),
      RUNS,
    );
  });
});
