// The at-risk rule (lib/worklog/risk.ts): each clause, its boundaries and thresholds, the reasons in
// words, and the grid's filter on it.
import { describe, expect, it } from "vitest";
import type { Translate } from "@/lib/i18n/said";
import { MESSAGES } from "@/lib/i18n/messages";
import { DEFAULT_GRID_FILTER } from "@/lib/schemas/cohort";
import { riskSettingsSchema } from "@/lib/schemas/risk";
import { addDaysIso } from "@/lib/worklog/dates";
import { buildGrid, filterRows, type GridInput } from "@/lib/worklog/grid";
import { gridFilterQuery } from "@/lib/worklog/grid-filter";
import {
  atRiskByWeek,
  DEFAULT_RISK_SETTINGS,
  internRisk,
  RISK_BOUNDS,
  type RiskSettings,
  type RiskWeek,
} from "@/lib/worklog/risk";
import { riskReasonWords } from "@/lib/worklog/risk-words";
import type { GridStatus } from "@/lib/worklog/status";
import { IntlMessageFormat } from "intl-messageformat";

// Week N runs Monday 5 Jan 2026 + 7(N − 1) for seven days. Today, Wed 11 Feb, is in week 6: weeks 1–5 are past.
const START = "2026-01-05";
const TODAY = "2026-02-11";
const weekOf = (number: number, status: GridStatus, done: number, total: number, behind = false): RiskWeek => {
  const startDate = addDaysIso(START, 7 * (number - 1));
  return { number, startDate, programEndDate: addDaysIso(startDate, 6), status, done, total, behind };
};
/** Weeks 1.. from [status, done, total, behind?]. */
const weeks = (...rows: [GridStatus, number, number, boolean?][]) =>
  rows.map(([status, done, total, behind], i) => weekOf(i + 1, status, done, total, behind));
const risk = (list: RiskWeek[], lastTick: string | null = TODAY, settings: RiskSettings = DEFAULT_RISK_SETTINGS) =>
  internRisk({ weeks: list, lastTick, today: TODAY }, settings);
const A: [GridStatus, number, number] = ["APPROVED", 4, 4];

describe("(a) consecutive past weeks behind", () => {
  it("is at risk with two past weeks behind in a row, naming them", () => {
    const list = weeks(A, A, ["SUBMITTED", 1, 4, true], ["DRAFT", 2, 4, true], A, ["DRAFT", 4, 4]);
    expect(risk(list)).toEqual([{ code: "behind", weeks: [3, 4] }]);
  });

  it("is not at risk with two weeks behind apart, or one", () => {
    expect(risk(weeks(["DRAFT", 1, 4, true], A, ["DRAFT", 1, 4, true], A, A))).toEqual([]);
    expect(risk(weeks(A, A, A, A, ["DRAFT", 1, 4, true]))).toEqual([]);
  });

  it("counts past weeks only, and names the latest run at its full length", () => {
    // Week 6 is today's week: not past, whatever it says.
    const list = weeks(A, ["DRAFT", 0, 4, true], ["DRAFT", 0, 4, true], ["DRAFT", 0, 4, true], A, [
      "DRAFT",
      0,
      4,
      true,
    ]);
    expect(risk(list)).toEqual([{ code: "behind", weeks: [2, 3, 4] }]);
    const currentOnly = weeks(A, A, A, A, ["DRAFT", 0, 4, true], ["DRAFT", 0, 4, true]);
    expect(risk(currentOnly)).toEqual([]);
  });

  it("follows the threshold", () => {
    const list = weeks(A, A, A, ["DRAFT", 1, 4, true], ["DRAFT", 1, 4, true]);
    expect(risk(list, TODAY, { ...DEFAULT_RISK_SETTINGS, behindWeeks: 3 })).toEqual([]);
    expect(risk(list, TODAY, { ...DEFAULT_RISK_SETTINGS, behindWeeks: 1 })).toEqual([
      { code: "behind", weeks: [4, 5] },
    ]);
  });
});

describe("(b) a done share falling over consecutive past weeks", () => {
  it("is at risk when the last three past weeks' shares strictly fall (two falls)", () => {
    const list = weeks(A, A, ["APPROVED", 4, 5], ["APPROVED", 3, 5], ["APPROVED", 2, 5]);
    expect(risk(list)).toEqual([{ code: "falling", weeks: [3, 4, 5], percents: [80, 60, 40] }]);
  });

  it("is not at risk when a share holds (equal is not a fall), rose, or the fall is not the latest", () => {
    expect(risk(weeks(A, A, ["APPROVED", 4, 5], ["APPROVED", 4, 5], ["APPROVED", 2, 5]))).toEqual([]);
    expect(risk(weeks(A, A, ["APPROVED", 2, 5], ["APPROVED", 3, 5], ["APPROVED", 1, 5]))).toEqual([]);
    // Fell over weeks 2–4, then week 5 recovered: the last three are 60 → 40 → 100.
    expect(risk(weeks(A, ["APPROVED", 4, 5], ["APPROVED", 3, 5], ["APPROVED", 2, 5], A))).toEqual([]);
  });

  it("compares whole percents as the grid shows them, and a week with nothing planned breaks the run", () => {
    // 100/101 and 99/100 are both 99%: not a fall.
    expect(risk(weeks(A, A, ["APPROVED", 100, 101], ["APPROVED", 99, 100], ["APPROVED", 1, 2]))).toEqual([]);
    expect(risk(weeks(A, A, ["APPROVED", 4, 5], ["NONE", 0, 0], ["APPROVED", 2, 5]))).toEqual([]);
  });

  it("follows the threshold (N weeks, N − 1 falls), and needs N past weeks", () => {
    const list = weeks(A, A, ["APPROVED", 1, 5], ["APPROVED", 3, 5], ["APPROVED", 2, 5]);
    expect(risk(list)).toEqual([]);
    expect(risk(list, TODAY, { ...DEFAULT_RISK_SETTINGS, fallingWeeks: 2 })).toEqual([
      { code: "falling", weeks: [4, 5], percents: [60, 40] },
    ]);
    expect(risk(list, TODAY, { ...DEFAULT_RISK_SETTINGS, fallingWeeks: 4 })).toEqual([]);
    expect(risk(list, TODAY, { ...DEFAULT_RISK_SETTINGS, fallingWeeks: 6 })).toEqual([]);
  });
});

describe("(c) no tick for N days while tasks were due", () => {
  const open = weeks(A, A, A, A, A, ["DRAFT", 1, 4]); // week 6 began Mon 9 Feb, tasks undone
  it("counts the days since the last tick, at risk from N days on", () => {
    expect(risk(open, "2026-02-06")).toEqual([]); // due since 9 Feb: 2 days
    const overdue = weeks(A, A, A, ["CHANGES_REQUESTED", 1, 4], A, ["DRAFT", 1, 4]);
    expect(risk(overdue, "2026-02-07")).toEqual([]); // 4 days
    expect(risk(overdue, "2026-02-06")).toEqual([{ code: "idle", days: 5, lastTick: "2026-02-06" }]);
    expect(risk(overdue, null)).toEqual([{ code: "idle", days: 16, lastTick: null }]); // since week 4 began, 26 Jan
  });

  it("needs tasks due: an open week (draft or returned, begun, tasks undone)", () => {
    const none = weeks(A, A, A, A, A, ["DRAFT", 4, 4]);
    expect(risk(none, null)).toEqual([]);
    const submitted = weeks(A, A, A, ["SUBMITTED", 1, 4], A, ["NONE", 0, 0]);
    expect(risk(submitted, null)).toEqual([]);
    const notBegun = [...weeks(A, A, A, A, A, ["NONE", 0, 0]), weekOf(7, "DRAFT", 0, 4)];
    expect(risk(notBegun, null)).toEqual([]);
  });

  it("follows the threshold", () => {
    const overdue = weeks(A, A, A, ["DRAFT", 1, 4], A, A);
    expect(risk(overdue, "2026-02-04", { ...DEFAULT_RISK_SETTINGS, idleDays: 7 })).toEqual([
      { code: "idle", days: 7, lastTick: "2026-02-04" },
    ]);
    expect(risk(overdue, "2026-02-05", { ...DEFAULT_RISK_SETTINGS, idleDays: 7 })).toEqual([]);
  });
});

describe("reasons together, in words, and the trend", () => {
  const en = ((key: string, values?: Record<string, string | number>) => {
    const message = key.split(".").reduce<unknown>((m, k) => (m as Record<string, unknown>)[k], MESSAGES.en);
    return new IntlMessageFormat(message as string, "en").format(values) as string;
  }) as Translate;

  it("lists every clause that holds, in order", () => {
    const list = weeks(A, A, ["DRAFT", 4, 5, true], ["DRAFT", 3, 5, true], ["DRAFT", 2, 5, true]);
    const reasons = risk(list, "2026-01-30");
    expect(reasons.map((r) => r.code)).toEqual(["behind", "falling", "idle"]);
    expect(reasons.map((r) => riskReasonWords(en, r))).toEqual([
      "behind in weeks 3–5",
      "done share fell 80% → 60% → 40% over weeks 3–5",
      "no tick for 12 days",
    ]);
    expect(riskReasonWords(en, { code: "behind", weeks: [4] })).toBe("behind in week 4");
    expect(riskReasonWords(en, { code: "idle", days: 1, lastTick: null })).toBe("no tick for 1 day");
  });

  it("counts, per past week, the interns at risk by their weeks up to it", () => {
    const falling = weeks(A, A, ["APPROVED", 4, 5], ["APPROVED", 3, 5], ["APPROVED", 2, 5]);
    const late = weeks(A, ["DRAFT", 1, 4, true], ["DRAFT", 1, 4, true], A, A);
    const fine = weeks(A, A, A, A, A);
    expect(atRiskByWeek([{ weeks: falling }, { weeks: late }, { weeks: fine }], TODAY, DEFAULT_RISK_SETTINGS)).toEqual([
      { number: 1, atRisk: 0 },
      { number: 2, atRisk: 0 },
      { number: 3, atRisk: 1 }, // the late one (weeks 2–3); the other's 100 → 100 → 80 is no run of falls
      { number: 4, atRisk: 2 }, // 100 → 80 → 60
      { number: 5, atRisk: 2 },
    ]);
  });
});

describe("thresholds' bounds", () => {
  it("takes whole numbers within the table's CHECK and refuses others", () => {
    const ok = { behindWeeks: "1", fallingWeeks: "2", idleDays: "60" };
    expect(riskSettingsSchema.parse(ok)).toEqual({ behindWeeks: 1, fallingWeeks: 2, idleDays: 60 });
    for (const bad of [
      { ...ok, behindWeeks: "0" },
      { ...ok, behindWeeks: String(RISK_BOUNDS.behindWeeks.max + 1) },
      { ...ok, fallingWeeks: "1" },
      { ...ok, idleDays: "61" },
      { ...ok, idleDays: "2.5" },
      { ...ok, idleDays: "many" },
    ]) {
      expect(riskSettingsSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("the grid's at-risk filter", () => {
  const input: GridInput = {
    cohort: { id: "c", name: "C", startDate: START, weekCount: 6 },
    today: TODAY,
    interns: [
      { id: "a", name: "An", email: "an@example.com" },
      { id: "b", name: "Bình", email: "binh@example.com" },
    ],
    lastTicks: { a: "2026-02-10", b: "2026-02-10" },
    weeks: [4, 5].flatMap((number) =>
      ["a", "b"].map((internId) => ({
        id: `${internId}${number}`,
        internId,
        number,
        status: "DRAFT" as const,
        ...{ startDate: addDaysIso(START, 7 * (number - 1)), endDate: addDaysIso(START, 7 * (number - 1) + 6) },
        extendedUntil: null,
        submittedAt: null,
        approvedAt: null,
        done: internId === "a" ? 1 : 4,
        total: 4,
      })),
    ),
  };

  it("judges each row by the cells' behind, keeps only those at risk with risk=1, and puts it in the URL", () => {
    const grid = buildGrid(input);
    expect(grid.rows.map((r) => [r.intern.id, r.risk])).toEqual([
      ["a", [{ code: "behind", weeks: [4, 5] }]],
      ["b", []],
    ]);
    expect(filterRows(grid.rows, { ...DEFAULT_GRID_FILTER, risk: true }).map((r) => r.intern.id)).toEqual(["a"]);
    expect(gridFilterQuery({ ...DEFAULT_GRID_FILTER, risk: true })).toBe("risk=1");
    expect(buildGrid({ ...input, riskSettings: { ...DEFAULT_RISK_SETTINGS, behindWeeks: 3 } }).rows[0]!.risk).toEqual(
      [],
    );
  });
});
