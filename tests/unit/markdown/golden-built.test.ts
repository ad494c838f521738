import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWorklog, renderWorklog } from "@/lib/worklog/markdown";
import { builtWeek } from "./built-week";

const golden = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, "../../fixtures/worklog", name), "utf8");

describe("export of a week built in the app", () => {
  it("writes the English template", () => {
    expect(renderWorklog(builtWeek)).toBe(golden("golden-built.en.md"));
    expect(renderWorklog(builtWeek, { lang: "en" })).toBe(golden("golden-built.en.md"));
  });

  it("writes the Vietnamese template", () => {
    expect(renderWorklog(builtWeek, { lang: "vi" })).toBe(golden("golden-built.vi.md"));
  });

  it.each(["en", "vi"] as const)("imports its own %s export back", (lang) => {
    const { week, warnings } = parseWorklog(renderWorklog(builtWeek, { lang }));
    expect(warnings).toEqual([]);
    expect(week.objectives).toEqual(builtWeek.objectives);
    expect(week.achievements).toEqual(builtWeek.achievements);
    expect(week.extraSections).toEqual(builtWeek.extraSections);
    expect(week.days.map(({ startText: _s, endText: _e, ...day }) => day)).toEqual(
      builtWeek.days.map((day, i) => ({ ...day, label: lang === "en" ? day.label : ["2", "3", "5", "CN"][i] })),
    );
  });
});
