// The mentor's cohort grid through the data layer: the numbers for the demo cohort against a table
// worked out by hand from prisma/seed.ts, filters and sorting, the review queue, who may see what,
// and a query count that does not grow with the cohort.
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { listCohorts } from "@/lib/server/data/cohorts";
import { NotFoundError, ForbiddenError } from "@/lib/server/data/errors";
import { exportCohortGridCsv, getCohortGrid } from "@/lib/server/data/grid";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { listWeekAudit } from "@/lib/server/data/audit-log";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { parseGridFilter, DEFAULT_GRID_FILTER, type GridFilter } from "@/lib/schemas/cohort";
import { filterRows, gridTotal, weekTotals, type CohortGrid, type GridCell } from "@/lib/worklog/grid";
import { seed } from "../../prisma/seed";
import { DEMO_COHORT_NAME } from "../../prisma/demo-data";
import { createCohortWithWeeks, createIntern, createMentor, createUser, createWeek } from "../factories";

// A Wednesday in the demo cohort's week 5 (the seed places the cohort so): weeks 1-4 have ended.
const TODAY = "2026-11-25";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;
const byEmail = async (email: string) => viewer((await db.user.findUniqueOrThrow({ where: { email } })).id);

/** "SUBMITTED 6/7 behind": what a cell says, in one string. */
const describeCell = (c: GridCell) =>
  `${c.status}${c.status === "NONE" ? "" : ` ${c.progress.done}/${c.progress.total}`}${c.behind ? " behind" : ""}`;

/**
 * Worked out by hand from prisma/seed.ts: curriculum weeks have 10 (week 1), 7, 7 and 9 tasks
 * (modules spread over Mon-Fri, one lab task on Saturday, two on Sunday); week 5 is the real FCJ
 * page with 12. Done = round(share × tasks); intern@'s week 5 has the days before today done (Mon,
 * Tue: 2 tasks). Behind: ended before today, tasks undone, not approved.
 */
const EXPECTED_CELLS: Record<string, string[]> = {
  "Lê Minh Châu": ["SUBMITTED 8/10 behind", "DRAFT 3/7 behind", "DRAFT 0/7 behind", "NONE", "NONE"],
  "Nguyễn Văn An": ["APPROVED 10/10", "APPROVED 7/7", "SUBMITTED 6/7 behind", "DRAFT 5/9 behind", "DRAFT 2/12"],
  "Trần Thị Bình": ["APPROVED 10/10", "SUBMITTED 7/7", "CHANGES_REQUESTED 5/7 behind", "DRAFT 3/9 behind", "NONE"],
};
const EXPECTED_ROW_TOTALS = {
  "Lê Minh Châu": { done: 11, total: 24, percent: 45 },
  "Nguyễn Văn An": { done: 30, total: 45, percent: 66 },
  "Trần Thị Bình": { done: 25, total: 33, percent: 75 },
};
const EXPECTED_COLUMN_TOTALS = [
  { number: 1, progress: { done: 28, total: 30, percent: 93 }, started: 3, submitted: 1, approved: 2, behind: 1 },
  { number: 2, progress: { done: 17, total: 21, percent: 80 }, started: 3, submitted: 1, approved: 1, behind: 1 },
  { number: 3, progress: { done: 11, total: 21, percent: 52 }, started: 3, submitted: 1, approved: 0, behind: 3 },
  { number: 4, progress: { done: 8, total: 18, percent: 44 }, started: 2, submitted: 0, approved: 0, behind: 2 },
  { number: 5, progress: { done: 2, total: 12, percent: 16 }, started: 1, submitted: 0, approved: 0, behind: 0 },
];

let mentor: Viewer;
let admin: Viewer;
let demoCohortId: string;

beforeAll(async () => {
  await seed({ today: new Date(`${TODAY}T10:00:00Z`), quiet: true });
  mentor = await byEmail("mentor@example.com");
  admin = await byEmail("admin@example.com");
  demoCohortId = (await db.cohort.findUniqueOrThrow({ where: { name: DEMO_COHORT_NAME } })).id;
});

const names = (grid: Pick<CohortGrid, "rows">["rows"]) => grid.map((r) => r.intern.name);
const filter = (query: string): GridFilter => parseGridFilter(new URLSearchParams(query));

describe("the demo cohort's grid", () => {
  it("matches the table worked out by hand: cells, row totals, column totals", async () => {
    const grid = await getCohortGrid(mentor, demoCohortId, { today: TODAY });
    expect(grid.cohort).toMatchObject({ name: DEMO_COHORT_NAME, startDate: "2026-10-26", weekCount: 12 });
    expect(grid.currentWeek).toBe(5);
    expect(grid.columns).toHaveLength(12);
    expect(grid.columns[4]).toEqual({ number: 5, startDate: "2026-11-23", endDate: "2026-11-29", current: true });
    expect(names(grid.rows)).toEqual(Object.keys(EXPECTED_CELLS)); // by name, Vietnamese collation
    for (const row of grid.rows) {
      const cells = row.cells.map(describeCell);
      expect(cells.slice(0, 5), row.intern.name).toEqual(EXPECTED_CELLS[row.intern.name]);
      expect(cells.slice(5)).toEqual(Array(7).fill("NONE"));
      expect(row.total).toEqual(EXPECTED_ROW_TOTALS[row.intern.name as keyof typeof EXPECTED_ROW_TOTALS]);
    }
    const an = grid.rows.find((r) => r.intern.email === "intern@example.com")!;
    expect(an).toMatchObject({ approvedWeeks: 2, waitingWeeks: 1, behindWeeks: 2 });
    expect(an.cells[0]).toMatchObject({
      startDate: "2026-10-26",
      endDate: "2026-11-01",
      submittedAt: "2026-11-01T18:00:00.000Z",
      approvedAt: "2026-11-02T09:00:00.000Z",
    });
    expect(an.cells[5]).toMatchObject({ weekId: null, startDate: "2026-11-30", endDate: "2026-12-06" });
    expect(weekTotals(grid.rows, grid.columns).slice(0, 5)).toEqual(EXPECTED_COLUMN_TOTALS);
    expect(weekTotals(grid.rows, grid.columns)[5]).toMatchObject({ progress: { done: 0, total: 0 }, started: 0 });
    expect(gridTotal(grid.rows)).toEqual({
      progress: { done: 66, total: 102, percent: 64 },
      approved: 3,
      waiting: 3,
      behind: 7,
    });
  });

  it("gives the /cohorts summary the same totals, in two queries", async () => {
    const [summary] = await listCohorts(mentor, { today: TODAY });
    expect(summary).toMatchObject({
      id: demoCohortId,
      internCount: 3,
      waitingForReview: 3,
      phase: { kind: "running", week: 5, weekCount: 12 },
      progress: { done: 66, total: 102, percent: 64 },
      internsBehind: 3,
    });
    // An intern sees their cohort in the list, but no figures about the other interns.
    const [own] = await listCohorts(await byEmail("intern@example.com"), { today: TODAY });
    expect(own).toMatchObject({ id: demoCohortId, progress: null, internsBehind: null });
  });

  it("is the same for an admin; a week's end passing makes it behind", async () => {
    const forAdmin = await getCohortGrid(admin, demoCohortId, { today: TODAY });
    expect(forAdmin.rows.map((r) => r.cells.map(describeCell))).toEqual(
      (await getCohortGrid(mentor, demoCohortId, { today: TODAY })).rows.map((r) => r.cells.map(describeCell)),
    );
    const later = await getCohortGrid(mentor, demoCohortId, { today: "2026-11-30" });
    expect(describeCell(later.rows.find((r) => r.intern.email === "intern@example.com")!.cells[4]!)).toBe(
      "DRAFT 2/12 behind",
    );
    expect(later.currentWeek).toBe(6);
  });
});

describe("filters and sorting", () => {
  let grid: CohortGrid;
  beforeAll(async () => {
    grid = await getCohortGrid(mentor, demoCohortId, { today: TODAY });
  });

  it("by status keeps the interns with such a week", () => {
    expect(names(filterRows(grid.rows, filter("status=submitted")))).toEqual([
      "Lê Minh Châu",
      "Nguyễn Văn An",
      "Trần Thị Bình",
    ]);
    expect(names(filterRows(grid.rows, filter("status=changes-requested")))).toEqual(["Trần Thị Bình"]);
    expect(names(filterRows(grid.rows, filter("status=approved")))).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
    expect(names(filterRows(grid.rows, filter("status=none")))).toEqual([
      "Lê Minh Châu",
      "Nguyễn Văn An",
      "Trần Thị Bình",
    ]);
  });

  it("combines status and behind on the same week", () => {
    // Submitted and behind: Châu's week 1 (8/10) and An's week 3 (6/7); Bình's submitted week 2 is complete.
    expect(names(filterRows(grid.rows, filter("status=submitted&behind=1")))).toEqual([
      "Lê Minh Châu",
      "Nguyễn Văn An",
    ]);
    expect(names(filterRows(grid.rows, filter("status=approved&behind=1")))).toEqual([]);
    expect(names(filterRows(grid.rows, filter("behind=1")))).toHaveLength(3);
  });

  it("searches names without diacritics, and emails", () => {
    expect(names(filterRows(grid.rows, filter("q=chau")))).toEqual(["Lê Minh Châu"]);
    expect(names(filterRows(grid.rows, filter("q=NGUYỄN")))).toEqual(["Nguyễn Văn An"]);
    expect(names(filterRows(grid.rows, filter("q=thi binh")))).toEqual(["Trần Thị Bình"]);
    expect(names(filterRows(grid.rows, filter("q=intern2@")))).toEqual(["Trần Thị Bình"]);
    expect(names(filterRows(grid.rows, filter("q=nobody")))).toEqual([]);
  });

  it("sorts by name or by progress, either way", () => {
    expect(names(filterRows(grid.rows, filter("sort=name-desc")))).toEqual([
      "Trần Thị Bình",
      "Nguyễn Văn An",
      "Lê Minh Châu",
    ]);
    expect(names(filterRows(grid.rows, filter("sort=progress")))).toEqual([
      "Lê Minh Châu",
      "Nguyễn Văn An",
      "Trần Thị Bình",
    ]);
    expect(names(filterRows(grid.rows, filter("sort=progress-desc")))).toEqual([
      "Trần Thị Bình",
      "Nguyễn Văn An",
      "Lê Minh Châu",
    ]);
  });

  it("reads the URL leniently: a bad value is ignored, the rest still applies", () => {
    expect(filter("status=bogus&behind=maybe&sort=sideways&q=%20an%20")).toEqual({ ...DEFAULT_GRID_FILTER, q: "an" });
    expect(filter("status=approved&status=draft&q=&q=x")).toEqual({ ...DEFAULT_GRID_FILTER, status: "approved" });
    expect(filter(`q=${"x".repeat(500)}`)).toEqual(DEFAULT_GRID_FILTER);
    expect(parseGridFilter({ status: "draft", behind: "1", sort: "progress" })).toEqual({
      q: undefined,
      status: "draft",
      behind: true,
      risk: false,
      sort: "progress",
    });
    expect(filter("risk=1&risk=no")).toEqual({ ...DEFAULT_GRID_FILTER, risk: true });
    expect(filter("risk=maybe")).toEqual(DEFAULT_GRID_FILTER);
  });
});

describe("the review queue", () => {
  it("lists the submitted weeks of the mentor's cohorts, oldest submission first", async () => {
    const queue = await listReviewQueue(mentor);
    expect(queue.total).toBe(3);
    expect(queue.items.map((i) => `${i.intern.name} ${i.number}`)).toEqual([
      "Lê Minh Châu 1",
      "Trần Thị Bình 2",
      "Nguyễn Văn An 3",
    ]);
    expect(queue.items[0]).toMatchObject({ cohort: { id: demoCohortId }, progress: { done: 8, total: 10 } });
    expect((await listReviewQueue(mentor, { limit: 1 })).items).toHaveLength(1);
    expect((await listReviewQueue(mentor, { limit: 1 })).total).toBe(3);
  });

  it("is empty for a mentor of another cohort, and refused to interns", async () => {
    const other = await createMentor({ cohortIds: [] });
    expect(await listReviewQueue(await viewer(other.id))).toMatchObject({ items: [], total: 0 });
    await expect(listReviewQueue(await byEmail("intern@example.com"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("access", () => {
  it("a mentor of another cohort, an intern (even of this cohort), a user in no group: 404 for grid, CSV and audit", async () => {
    const otherCohort = await createCohortWithWeeks({ interns: 1, weeks: 1 });
    const otherMentor = await viewer((await createMentor({ cohortIds: [otherCohort.cohort.id] })).id);
    const intern = await byEmail("intern@example.com");
    const noGroup = await viewer((await createUser({ role: null })).id);
    const demoWeek = await db.week.findFirstOrThrow({ where: { cohortId: demoCohortId }, select: { id: true } });
    for (const who of [otherMentor, intern, noGroup]) {
      await expect(getCohortGrid(who, demoCohortId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportCohortGridCsv(who, demoCohortId, DEFAULT_GRID_FILTER)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(listWeekAudit(otherMentor, demoWeek.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listWeekAudit(noGroup, demoWeek.id)).rejects.toBeInstanceOf(NotFoundError);
    // The demo mentor, in turn, does not see the other cohort.
    await expect(getCohortGrid(mentor, otherCohort.cohort.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortGrid(otherMentor, otherCohort.cohort.id)).resolves.toMatchObject({
      cohort: { id: otherCohort.cohort.id },
    });
  });

  it("a malformed or unknown id is a 404, not a database error", async () => {
    await expect(getCohortGrid(admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortGrid(admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows only enrolled interns: a week left in the cohort by someone else does not leak a row", async () => {
    const { cohort, interns } = await createCohortWithWeeks({ interns: 2, weeks: 2, mentorIds: [mentor.id] });
    const outsider = await createIntern({
      cohortId: (await createCohortWithWeeks({ interns: 0, weeks: 1 })).cohort.id,
    });
    await createWeek({ internId: outsider.id, cohortId: cohort.id, number: 1 });
    const grid = await getCohortGrid(mentor, cohort.id, { today: TODAY });
    expect(grid.rows.map((r) => r.intern.id).sort()).toEqual(interns.map((i) => i.id).sort());
  });
});

describe("query count", () => {
  // Every SQL statement the app sends goes through pg's Client#query (the Prisma adapter uses a pg pool).
  const spy = vi.spyOn(pg.Client.prototype, "query");
  afterEach(() => spy.mockClear());

  async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
    spy.mockClear();
    const result = await run();
    return { result, queries: spy.mock.calls.length };
  }

  it("builds the grid from the same small number of queries for 5 interns as for 50 (12 weeks each), one when kept", async () => {
    const small = await createCohortWithWeeks({
      interns: 5,
      weeks: 12,
      mentorIds: [mentor.id],
      done: (i, w) => (i + w) % 4,
    });
    const large = await createCohortWithWeeks({
      interns: 50,
      weeks: 12,
      mentorIds: [mentor.id],
      done: (i, w) => (i + w) % 4,
    });
    await getCohortGrid(mentor, small.cohort.id); // warm up: the pool's first connection
    const five = await countQueries(() => getCohortGrid(mentor, small.cohort.id, { today: TODAY }));
    const fifty = await countQueries(() => getCohortGrid(mentor, large.cohort.id, { today: TODAY }));
    expect(five.result.rows).toHaveLength(5);
    expect(fifty.result.rows).toHaveLength(50);
    expect(fifty.result.rows.every((r) => r.cells.length === 12 && r.cells.every((c) => c.progress.total === 3))).toBe(
      true,
    );
    expect(fifty.result.rows[7]!.cells[2]!.progress.done).toBe((7 + 3) % 4);
    // Not kept yet: the version (with the access rule), then the grid's one query.
    expect(five.queries).toBe(fifty.queries);
    expect(fifty.queries).toBe(2);
    console.log(`cohort grid: ${five.queries} SQL queries for 5 interns, ${fifty.queries} for 50 (12 weeks each)`);

    const csv = await countQueries(() =>
      exportCohortGridCsv(mentor, large.cohort.id, DEFAULT_GRID_FILTER, { today: TODAY }),
    );
    // The same grid, kept: the version alone.
    expect(csv.queries).toBe(1);
    expect(csv.result.csv.trim().split("\r\n")).toHaveLength(1 + 50 * 12);
  });

  it("the review queue and the cohort list do not grow with their length either", async () => {
    const small = await countQueries(() => listReviewQueue(admin));
    await createCohortWithWeeks({ interns: 30, weeks: 2, mentorIds: [mentor.id], status: () => "SUBMITTED" });
    const large = await countQueries(() => listReviewQueue(admin));
    expect(large.result.total).toBeGreaterThanOrEqual(small.result.total + 60);
    expect(large.queries).toBe(small.queries);
    const cohorts = await countQueries(() => listCohorts(admin));
    expect(cohorts.result.length).toBeGreaterThan(3);
    expect(cohorts.queries).toBeLessThanOrEqual(2);
    console.log(
      `review queue: ${large.queries} SQL queries for ${small.result.total} or ${large.result.total} weeks; cohort list: ${cohorts.queries}`,
    );
  });
});
