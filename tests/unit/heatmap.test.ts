// The module heatmap's pure parts: a module's state, the weakest-first order and the week groups.
import { describe, expect, it } from "vitest";
import { buildHeatmap, moduleState, weakestModules, weekGroups } from "@/lib/worklog/heatmap";

const modules = [
  { id: "m1", code: "01-01", title: "A", curriculumWeek: 1 },
  { id: "m2", code: "01-02", title: "B", curriculumWeek: 1 },
  { id: "m3", code: "02-01", title: "C", curriculumWeek: 2 },
];
const interns = [
  { id: "i2", name: "Đạt", email: "dat@example.com" },
  { id: "i1", name: "An", email: "an@example.com" },
];

describe("moduleState", () => {
  it("is done when every referencing task is done, planned when some are not, not planned when none", () => {
    expect(moduleState({ total: 2, done: 2 })).toBe("done");
    expect(moduleState({ total: 2, done: 1 })).toBe("planned");
    expect(moduleState({ total: 2, done: 0 })).toBe("planned");
    expect(moduleState({ total: 0, done: 0 })).toBe("not-planned");
    expect(moduleState(undefined)).toBe("not-planned");
  });
});

describe("buildHeatmap", () => {
  const input = {
    cohort: { id: "c", name: "C" },
    interns,
    modules,
    tasks: [
      { internId: "i1", moduleId: "m1", total: 1, done: 1 },
      { internId: "i2", moduleId: "m1", total: 2, done: 2 },
      { internId: "i1", moduleId: "m3", total: 3, done: 1 },
      // A module or intern the cohort does not have is ignored.
      { internId: "i9", moduleId: "m2", total: 1, done: 1 },
    ],
  };

  it("sorts interns by name and counts each module's done and planned interns", () => {
    const heatmap = buildHeatmap(input, "curriculum");
    expect(heatmap.rows.map((r) => r.intern.name)).toEqual(["An", "Đạt"]);
    expect(heatmap.rows.map((r) => r.states)).toEqual([
      ["done", "not-planned", "planned"],
      ["done", "not-planned", "not-planned"],
    ]);
    expect(heatmap.modules.map((m) => [m.code, m.done, m.planned])).toEqual([
      ["01-01", 2, 0],
      ["01-02", 0, 0],
      ["02-01", 0, 1],
    ]);
  });

  it("puts the weakest first and moves every row's cells with their columns", () => {
    const heatmap = buildHeatmap(input, "weakest");
    expect(heatmap.modules.map((m) => m.code)).toEqual(["01-02", "02-01", "01-01"]);
    expect(heatmap.rows[0]!.states).toEqual(["not-planned", "planned", "done"]);
    expect(weakestModules(buildHeatmap(input, "curriculum"), 2).map((m) => m.code)).toEqual(["01-02", "02-01"]);
  });
});

describe("weekGroups", () => {
  it("groups consecutive columns of one curriculum week", () => {
    expect(weekGroups(modules)).toEqual([
      { week: 1, span: 2 },
      { week: 2, span: 1 },
    ]);
    expect(weekGroups([])).toEqual([]);
  });
});
