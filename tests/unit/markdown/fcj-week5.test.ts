import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWorklog, renderWorklog } from "@/lib/worklog/markdown";
import { normalisePage } from "./normalise";

const fixture = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/fcj-week5.en.md"), "utf8");

describe("the real FCJ week 5 page", () => {
  const { week, warnings } = parseWorklog(fixture);

  it("imports without warnings", () => {
    expect(warnings).toEqual([]);
  });

  it("reads the week, front matter, objectives and achievements", () => {
    expect(week.number).toBe(5);
    expect(week.lang).toBe("en");
    expect(week.frontMatter).toEqual({
      title: "Week 5 Worklog",
      date: "2025-09-09",
      weight: 1,
      chapter: false,
      pre: " <b> 1.5. </b> ",
    });
    expect(week.objectives).toHaveLength(5);
    expect(week.objectives[0]).toBe("Gain a solid understanding of **AWS security and identity management services**.");
    expect(week.achievements).toHaveLength(8);
    expect(week.achievements[7]).toBe(
      "Finished the **team project proposal**, outlining ideas, scope, and implementation plan.",
    );
    expect(week.extraSections).toEqual([]);
  });

  it("reads one day per row, Mon to Sun", () => {
    expect(week.days.map((day) => day.label)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(week.days.map((day) => day.startDate)).toEqual([
      "2025-10-06",
      "2025-10-07",
      "2025-10-08",
      "2025-10-09",
      "2025-10-10",
      "2025-10-11",
      "2025-10-12",
    ]);
    expect(week.days.every((day) => day.endDate === day.startDate)).toBe(true);
    expect(week.days[0]).toMatchObject({ startDate: "2025-10-06", startText: "06/10/2025", endText: "06/10/2025" });
    expect(week.days.every((day) => day.references.join() === "https://cloudjourney.awsstudygroup.com/")).toBe(true);
  });

  it("splits tasks at <br> and finds module codes", () => {
    const wednesday = week.days[2];
    expect(wednesday?.tasks).toEqual([
      { text: "Study Module 05-03: Amazon Cognito", subItems: [], moduleCodes: ["05-03"] },
      { text: "Study Module 05-04: AWS Organization", subItems: [], moduleCodes: ["05-04"] },
    ]);
    expect(week.days[6]?.tasks.map((task) => task.text)).toEqual([
      "Complete the **Team Project Proposal**",
      "Write the **Week 5 Worklog**",
      "Prepare the **Week 6 Study Plan**",
    ]);
  });

  it("exports the page it was imported from", () => {
    expect(normalisePage(renderWorklog(week))).toBe(normalisePage(fixture));
  });

  it("exports in Vietnamese with the Vietnamese template", () => {
    const vi = renderWorklog(week, { lang: "vi" });
    expect(vi).toContain('title: "Worklog Tuần 5"');
    expect(vi).toContain("### Mục tiêu tuần 5:");
    expect(vi).toContain("| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |");
    expect(vi).toContain(
      "| 4 | - Study Module 05-03: Amazon Cognito <br> - Study Module 05-04: AWS Organization | 08/10/2025 | 08/10/2025 |",
    );
    expect(vi).toContain("| CN | - Complete the **Team Project Proposal**");
    const back = parseWorklog(vi).week;
    expect(back.lang).toBe("vi");
    expect(back.days.map((day) => day.label)).toEqual(["2", "3", "4", "5", "6", "7", "CN"]);
    expect(back.days.map((day) => day.tasks)).toEqual(week.days.map((day) => day.tasks));
  });

  it("renumbers headings and keeps edits when the imported week changes", () => {
    const edited = renderWorklog({
      ...week,
      number: 6,
      frontMatter: { ...week.frontMatter, title: "Week 6 Worklog", weight: 6 },
      objectives: [...week.objectives, "Learn | pipes <script>"],
    });
    expect(edited).toContain('title: "Week 6 Worklog"\ndate: "2025-09-09"\nweight: 6\n');
    expect(edited).toContain("### Week 6 Objectives:");
    expect(edited).toContain(
      "* Complete the **team project proposal** by the end of the week.  \n* Learn | pipes &lt;script>\n",
    );
    expect(parseWorklog(edited).week.objectives[5]).toBe("Learn | pipes <script>");
  });
});
