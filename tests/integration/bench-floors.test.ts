// The benchmark's references (docs/PERFORMANCE.md): the data floor's one hand-written query gives
// the cohort grid's numbers, scoped to the cohort's mentors as the grid is; the query counter
// counts what the data layer sends; and none of it is on unless the server runs with WORKLOG_BENCH=1.
import { beforeAll, describe, expect, it } from "vitest";
import { gridFloorRows } from "@/lib/server/bench/data-floor";
import { benchEnabled } from "@/lib/server/bench/enabled";
import { installQueryCounter, queryCount } from "@/lib/server/bench/query-counter";
import { getCohortGrid } from "@/lib/server/data/grid";
import type { Viewer } from "@/lib/server/data/viewer";
import { createCohortWithWeeks, createMentor, seedDemo } from "../factories";

const TODAY = "2026-11-25";

let mentor: Viewer;
let cohortId: string;

beforeAll(async () => {
  ({ mentor, cohortId } = await seedDemo(TODAY));
});

describe("the data floor", () => {
  it("gives every intern's every week the grid's status and tasks done over planned", async () => {
    const grid = await getCohortGrid(mentor, cohortId, { today: TODAY });
    const rows = await gridFloorRows(cohortId, mentor.id);
    const fromFloor = rows
      .filter((r) => r.week_id)
      .map((r) => `${r.email} week ${r.number}: ${r.status} ${r.done}/${r.total}`)
      .sort();
    const fromGrid = grid.rows
      .flatMap((row) =>
        row.cells
          .filter((c) => c.weekId)
          .map((c) => `${row.intern.email} week ${c.number}: ${c.status} ${c.progress.done}/${c.progress.total}`),
      )
      .sort();
    expect(fromFloor).toEqual(fromGrid);
    expect(fromFloor.length).toBe(12); // the demo cohort's weeks (5 + 4 + 3)
    expect(new Set(rows.map((r) => r.intern_id)).size).toBe(grid.rows.length);
  });

  it("answers nothing to a mentor of another cohort", async () => {
    const theirs = await createCohortWithWeeks({ interns: 2, weeks: 1 });
    const other = await createMentor({ cohortIds: [theirs.cohort.id] });
    expect(await gridFloorRows(cohortId, other.id)).toEqual([]);
    expect(await gridFloorRows(theirs.cohort.id, other.id)).toHaveLength(2);
  });
});

describe("the query counter", () => {
  it("counts each statement the data layer sends", async () => {
    installQueryCounter();
    installQueryCounter(); // once per process, however often it is called
    const before = queryCount();
    await getCohortGrid(mentor, cohortId, { today: TODAY });
    expect(queryCount() - before).toBe(1); // the grid is one query (lib/server/data/grid.ts)
  });

  it("is off, like the reference pages, unless WORKLOG_BENCH=1", () => {
    expect(process.env.WORKLOG_BENCH).toBeUndefined();
    expect(benchEnabled()).toBe(false);
  });
});
