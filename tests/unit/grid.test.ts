// The cohort grid's pure maths: cells from weeks, "behind", filters, sorting, totals, the URL
// form of the filter, and the CSV's cells.
import { describe, expect, it } from "vitest";
import { DEFAULT_GRID_FILTER, gridFilterQuery, parseGridFilter, type GridFilter } from "@/lib/schemas/cohort";
import { spreadsheetDateTime } from "@/lib/worklog/dates";
import {
  buildGrid,
  cellMatches,
  filterRows,
  gridTotal,
  internStanding,
  weekTotals,
  type GridInput,
} from "@/lib/worklog/grid";
import { gridCsvRecords, gridToCsv, neutraliseFormula } from "@/lib/worklog/grid-csv";
import { isWeekBehind } from "@/lib/worklog/schedule";
import { withoutDiacritics } from "@/lib/worklog/slug";

const week = (
  internId: string,
  number: number,
  status: GridInput["weeks"][number]["status"],
  done: number,
  total: number,
) => {
  const start = new Date(Date.UTC(2026, 0, 5 + 7 * (number - 1)));
  const end = new Date(start.getTime() + 6 * 86_400_000);
  return {
    id: `${internId}-w${number}`,
    internId,
    number,
    status,
    startDate: start.toISOString().slice(0, 10),
    endDate: end.toISOString().slice(0, 10),
    extendedUntil: null as string | null,
    submittedAt: status === "DRAFT" ? null : `${end.toISOString().slice(0, 10)}T11:00:00.000Z`,
    approvedAt: status === "APPROVED" ? `${end.toISOString().slice(0, 10)}T12:30:00.000Z` : null,
    done,
    total,
  };
};

// Week 1: 5-11 Jan, week 2: 12-18 Jan, week 3: 19-25 Jan. Today (Wed 21 Jan) is in week 3.
const INPUT: GridInput = {
  cohort: { id: "c1", name: "Test cohort", startDate: "2026-01-05", weekCount: 4 },
  today: "2026-01-21",
  interns: [
    { id: "b", name: "Đỗ Bảo", email: "bao@example.com" },
    { id: "a", name: "An Trần", email: "an@example.com" },
    { id: "c", name: "Châu Lê", email: "chau@example.com" },
  ],
  weeks: [
    week("a", 1, "APPROVED", 3, 4), // ended, undone, but approved: not behind
    week("a", 2, "SUBMITTED", 2, 4), // ended, undone: behind
    week("a", 3, "DRAFT", 1, 4), // not ended yet
    week("b", 1, "APPROVED", 4, 4),
    week("b", 2, "CHANGES_REQUESTED", 4, 4), // ended, all done: not behind
    week("c", 2, "DRAFT", 0, 0), // no tasks: nothing undone
    week("z", 1, "DRAFT", 1, 2), // not enrolled: ignored
  ],
};

const f = (overrides: Partial<GridFilter>): GridFilter => ({ ...DEFAULT_GRID_FILTER, ...overrides });
const names = (rows: { intern: { name: string } }[]) => rows.map((r) => r.intern.name);

describe("buildGrid", () => {
  const grid = buildGrid(INPUT);

  it("gives every enrolled intern one cell per week of the cohort, missing weeks as NONE with the cohort's dates", () => {
    expect(grid.columns.map((c) => [c.number, c.startDate, c.endDate, c.current])).toEqual([
      [1, "2026-01-05", "2026-01-11", false],
      [2, "2026-01-12", "2026-01-18", false],
      [3, "2026-01-19", "2026-01-25", true],
      [4, "2026-01-26", "2026-02-01", false],
    ]);
    expect(grid.currentWeek).toBe(3);
    expect(names(grid.rows)).toEqual(["An Trần", "Châu Lê", "Đỗ Bảo"]);
    const chau = grid.rows[1]!;
    expect(chau.cells.map((c) => c.status)).toEqual(["NONE", "DRAFT", "NONE", "NONE"]);
    expect(chau.cells[0]).toMatchObject({
      weekId: null,
      startDate: "2026-01-05",
      endDate: "2026-01-11",
      progress: { done: 0, total: 0 },
    });
  });

  it("marks behind only the weeks that ended with tasks undone and are not approved", () => {
    const an = grid.rows[0]!;
    expect(an.cells.map((c) => c.behind)).toEqual([false, true, false, false]);
    expect(an).toMatchObject({
      total: { done: 6, total: 12, percent: 50 },
      approvedWeeks: 1,
      waitingWeeks: 1,
      behindWeeks: 1,
    });
    expect(grid.rows[2]!.cells.some((c) => c.behind)).toBe(false);
    const behind = (
      status: GridInput["weeks"][number]["status"] | "NONE",
      done: number,
      total: number,
      endDate: string,
    ) => isWeekBehind({ status, done, total, endDate, extendedUntil: null }, "2026-01-21");
    expect(behind("DRAFT", 1, 4, "2026-01-20")).toBe(true);
    expect(behind("DRAFT", 1, 4, "2026-01-21")).toBe(false); // its last day is today
    expect(behind("NONE", 0, 0, "2026-01-01")).toBe(false);
  });

  it("counts an extended week from its extended date, and says until when", () => {
    const extended = (until: string) =>
      buildGrid({
        ...INPUT,
        weeks: INPUT.weeks.map((w) => (w.id === "a-w2" ? { ...w, extendedUntil: until } : w)),
      }).rows[0]!.cells[1]!;
    expect(extended("2026-01-21")).toMatchObject({ behind: false, extendedUntil: "2026-01-21" }); // due today
    expect(extended("2026-01-20")).toMatchObject({ behind: true, extendedUntil: "2026-01-20" }); // due yesterday
    expect(grid.rows[0]!.cells[1]!.extendedUntil).toBeNull();
  });

  it("adds a column for a week numbered past the cohort's length", () => {
    const longer = buildGrid({ ...INPUT, weeks: [...INPUT.weeks, week("a", 6, "DRAFT", 0, 1)] });
    expect(longer.columns).toHaveLength(6);
    expect(longer.rows.every((r) => r.cells.length === 6)).toBe(true);
  });

  it("totals columns and the whole grid", () => {
    expect(
      weekTotals(grid.rows, grid.columns).map((t) => [
        t.progress.done,
        t.progress.total,
        t.started,
        t.approved,
        t.submitted,
        t.behind,
      ]),
    ).toEqual([
      [7, 8, 2, 2, 0, 0],
      [6, 8, 3, 0, 1, 1],
      [1, 4, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
    expect(gridTotal(grid.rows)).toEqual({
      progress: { done: 14, total: 20, percent: 70 },
      approved: 2,
      waiting: 1,
      behind: 1,
    });
    expect(internStanding(grid.rows).cohort.percent).toBe(70);
  });
});

describe("filters and sorting", () => {
  const grid = buildGrid(INPUT);

  it("status and behind keep interns with a matching week; both must hold for the same week", () => {
    expect(names(filterRows(grid.rows, f({ status: "approved" })))).toEqual(["An Trần", "Đỗ Bảo"]);
    expect(names(filterRows(grid.rows, f({ behind: true })))).toEqual(["An Trần"]);
    expect(names(filterRows(grid.rows, f({ status: "approved", behind: true })))).toEqual([]);
    expect(names(filterRows(grid.rows, f({ status: "none" })))).toEqual(["An Trần", "Châu Lê", "Đỗ Bảo"]);
    expect(cellMatches(grid.rows[0]!.cells[1]!, f({ status: "submitted", behind: true }))).toBe(true);
  });

  it("searches without diacritics or case, in names and emails", () => {
    expect(withoutDiacritics("Đỗ Bảo")).toBe("do bao");
    expect(names(filterRows(grid.rows, f({ q: "DO BAO" })))).toEqual(["Đỗ Bảo"]);
    expect(names(filterRows(grid.rows, f({ q: "châu" })))).toEqual(["Châu Lê"]);
    expect(names(filterRows(grid.rows, f({ q: "an@" })))).toEqual(["An Trần"]);
  });

  it("sorts by name (Vietnamese order: Đ after D) or by progress, ties by name", () => {
    expect(names(filterRows(grid.rows, f({ sort: "name-desc" })))).toEqual(["Đỗ Bảo", "Châu Lê", "An Trần"]);
    // Progress: Châu 0% (0/0), An 50%, Bảo 100%.
    expect(names(filterRows(grid.rows, f({ sort: "progress" })))).toEqual(["Châu Lê", "An Trần", "Đỗ Bảo"]);
    expect(names(filterRows(grid.rows, f({ sort: "progress-desc" })))).toEqual(["Đỗ Bảo", "An Trần", "Châu Lê"]);
  });
});

describe("the filter in the URL", () => {
  it("round-trips, leaving defaults out", () => {
    const filter = f({ q: "Nguyễn", status: "changes-requested", behind: true, sort: "progress-desc" });
    const query = gridFilterQuery(filter);
    expect(query).toBe("q=Nguy%E1%BB%85n&status=changes-requested&behind=1&sort=progress-desc");
    expect(parseGridFilter(new URLSearchParams(query))).toEqual(filter);
    expect(gridFilterQuery(DEFAULT_GRID_FILTER)).toBe("");
    expect(gridFilterQuery(filter, { sort: "name" })).toBe("q=Nguy%E1%BB%85n&status=changes-requested&behind=1");
  });

  it("ignores what it does not understand, field by field", () => {
    expect(parseGridFilter({ status: "DROP TABLE", behind: "0", sort: "progress" })).toEqual(f({ sort: "progress" }));
    expect(parseGridFilter({ q: "  ", status: ["draft", "approved"] })).toEqual(f({ status: "draft" }));
    expect(parseGridFilter({ behind: "on" }).behind).toBe(true);
  });
});

describe("CSV cells", () => {
  const grid = buildGrid(INPUT);

  it("neutralises formula starts", () => {
    for (const bad of ["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"]) expect(neutraliseFormula(bad)).toBe(`'${bad}`);
    for (const ok of ["An", "1-2", " =x", "a@b", ""]) expect(neutraliseFormula(ok)).toBe(ok);
  });

  it("writes times in the program's zone", () => {
    expect(spreadsheetDateTime("2026-01-11T17:30:00.000Z", "Asia/Ho_Chi_Minh")).toBe("2026-01-12 00:30");
    expect(spreadsheetDateTime("2026-01-11T17:30:00.000Z", "UTC")).toBe("2026-01-11 17:30");
  });

  it("lists only the matching weeks when a status or behind filter is on", () => {
    expect(gridCsvRecords(grid.rows, f({}), "UTC")).toHaveLength(12);
    expect(gridCsvRecords(grid.rows, f({ status: "approved" }), "UTC")).toEqual([
      [
        "An Trần",
        "an@example.com",
        1,
        "2026-01-05",
        "2026-01-11",
        "",
        "Approved",
        3,
        4,
        75,
        "no",
        "2026-01-11 11:00",
        "2026-01-11 12:30",
      ],
      [
        "Đỗ Bảo",
        "bao@example.com",
        1,
        "2026-01-05",
        "2026-01-11",
        "",
        "Approved",
        4,
        4,
        100,
        "no",
        "2026-01-11 11:00",
        "2026-01-11 12:30",
      ],
    ]);
    const csv = gridToCsv(grid.rows, f({ behind: true }), "UTC");
    expect(csv).toBe(
      "\uFEFFIntern,Email,Week,Week start,Week end,Extended until,Status,Tasks done,Tasks planned,Progress %,Behind,Submitted at,Approved at\r\n" +
        "An Trần,an@example.com,2,2026-01-12,2026-01-18,,Submitted,2,4,50,yes,2026-01-18 11:00,\r\n",
    );
  });
});
