import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWorklog, renderWorklog } from "@/lib/worklog/markdown";
import type { WorklogWeek } from "@/lib/worklog/week";
import { normalisePage } from "./normalise";
import { inEnglish, thrownInEnglish } from "../../support/words";

/** A page read as the import reads it, its warnings in English as a person reads them. */
function parseInEnglish(page: string) {
  const parsed = parseWorklog(page);
  return { ...parsed, warnings: parsed.warnings.map(inEnglish) };
}

const read = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/worklog", name), "utf8");
const dataOf = ({ layout: _layout, ...week }: WorklogWeek) => week;
const tasksOf = (week: WorklogWeek) => week.days.map((day) => day.tasks.map((task) => task.text));

/** Exporting again in the page's language gives the page back, and importing that gives the same week. */
function expectStableRoundTrip(markdown: string, expected = markdown) {
  const { week } = parseWorklog(markdown);
  expect(JSON.parse(JSON.stringify(week))).toStrictEqual(week);
  const exported = renderWorklog(week);
  expect(normalisePage(exported)).toBe(normalisePage(expected));
  expect(dataOf(parseWorklog(exported).week)).toEqual(dataOf(week));
}

describe("Vietnamese page: 2..7/CN days, sub-items, several links, no blank line before the table", () => {
  const page = read("vi-implemented.vi.md");
  const { week, warnings } = parseInEnglish(page);

  it("reads the week", () => {
    expect(warnings).toEqual([]);
    expect(week).toMatchObject({
      number: 6,
      lang: "vi",
      frontMatter: { title: "Worklog Tuần 6", date: "2025-10-13", weight: 6 },
    });
    expect(week.objectives).toEqual([
      "Chốt loại database sử dụng cho hệ thống.",
      "Triển khai database trên AWS (Amazon RDS).",
      "Tích hợp ORM (Prisma) vào backend.",
    ]);
    expect(week.achievements).toHaveLength(2);
  });

  it("reads days, ranges of days and dates", () => {
    expect(week.days.map((day) => [day.label, day.startDate, day.endDate])).toEqual([
      ["2", "2025-10-13", "2025-10-13"],
      ["3", "2025-10-14", "2025-10-14"],
      ["4", "2025-10-15", "2025-10-15"],
      ["6-7", "2025-10-17", "2025-10-18"],
      ["CN", "2025-10-19", "2025-10-19"],
    ]);
  });

  it("reads tasks split by <br>, <br/> and <br />, with &emsp; + sub-items and bold labels", () => {
    expect(week.days[0]?.tasks).toEqual([
      {
        text: "Quyết định lựa chọn database:",
        subItems: ["PostgreSQL", "Lý do: dữ liệu có quan hệ rõ ràng"],
        moduleCodes: [],
      },
      { text: "Tìm hiểu Module 06-01", subItems: [], moduleCodes: ["06-01"] },
    ]);
    expect(week.days[1]?.tasks).toEqual([
      { text: "**Thực hành:**", subItems: ["Tạo instance PostgreSQL"], moduleCodes: [] },
      { text: "Kết nối database với backend", subItems: [], moduleCodes: [] },
    ]);
    expect(tasksOf(week)[4]).toEqual(["Viết **Worklog tuần 6**"]);
  });

  it("reads several links in one cell, Markdown links and empty cells", () => {
    expect(week.days.map((day) => day.references)).toEqual([
      ["https://000005.awsstudygroup.com/vi/", "https://000027.awsstudygroup.com/vi/"],
      [],
      [],
      ["[Prisma Docs](https://www.prisma.io/docs)"],
      ["https://cloudjourney.awsstudygroup.com/"],
    ]);
  });

  it("exports the page again (one <br> style per table)", () => {
    expectStableRoundTrip(
      page,
      page.replace(
        "**Thực hành:**<br/>&emsp; + Tạo instance PostgreSQL<br />- Kết",
        "**Thực hành:** <br>&emsp; + Tạo instance PostgreSQL <br> - Kết",
      ),
    );
  });

  it("exports in English with the English template and weekday names", () => {
    const en = renderWorklog(week, { lang: "en" });
    expect(en).toContain('title: "Week 6 Worklog"');
    expect(en).toContain(
      "### Tasks to be carried out this week:\n\n| Day | Task | Start Date | End Date | Reference Source |",
    );
    expect(parseWorklog(en).week.days.map((day) => day.label)).toEqual(["Mon", "Tue", "Wed", "Fri-Sat", "Sun"]);
  });
});

describe("English page: planned heading without colon, aligned columns, month/day dates, bare links, extras", () => {
  const page = read("en-planned-mdy.en.md");
  const { week, warnings } = parseInEnglish(page);

  it("reads goals, nested achievements and the extra section", () => {
    expect(warnings).toEqual([]);
    expect(week.number).toBe(7);
    expect(week.frontMatter.date).toBe("2025-10-20T08:00:00+07:00");
    expect(week.objectives).toEqual([
      "Learn **AWS Lambda** and serverless basics.",
      "Deploy a function with the AWS CLI.",
    ]);
    expect(week.achievements).toEqual([
      "Understood the Lambda execution model:\n  - cold starts and warm starts\n  - concurrency limits",
      "Deployed a function with the AWS CLI.",
    ]);
    expect(week.extraSections).toEqual([
      {
        heading: "Self-evaluation",
        markdown: "I managed my time better this week.\n\n| Skill | Level |\n| ----- | ----- |\n| Lambda | Good |",
      },
    ]);
  });

  it("decides month/day from a day over 12 and reads 10/18-19/2025 as a range", () => {
    expect(week.days.map((day) => [day.label, day.startDate, day.endDate, day.startText, day.endText])).toEqual([
      ["Mon", "2025-10-13", "2025-10-13", "10/13/2025", "10/13/2025"],
      ["Tue-Wed", "2025-10-14", "2025-10-15", "10/14/2025", "10/15/2025"],
      ["Thu", "2025-10-16", "2025-10-16", "10/16/2025", "10/16/2025"],
      ["Sat-Sun", "2025-10-18", "2025-10-19", "10/18-19/2025", "10/18-19/2025"],
    ]);
  });

  it("reads tasks without a leading dash, sub-items and module codes", () => {
    expect(tasksOf(week)).toEqual([
      ["Gain an overview of AWS Lambda", "Install the AWS CLI"],
      ["**Hands-on:**"],
      ["Study Module 07-02 and review 05-03"],
      ["Write the weekly report"],
    ]);
    expect(week.days[1]?.tasks[0]?.subItems).toEqual(["Create a function", "Add an API Gateway trigger"]);
    expect(week.days[2]?.tasks[0]?.moduleCodes).toEqual(["07-02", "05-03"]);
  });

  it("reads bare links and plain-text references", () => {
    expect(week.days.map((day) => day.references)).toEqual([
      ["https://docs.aws.amazon.com/lambda/", "https://docs.aws.amazon.com/cli/"],
      ["https://cloudjourney.awsstudygroup.com/"],
      ["AWS Lambda Developer Guide"],
      [],
    ]);
  });

  it("exports the page again, notice, separators and extra section included", () => {
    expectStableRoundTrip(page);
  });

  it("writes a changed date in the page's month/day format", () => {
    const [monday, ...rest] = week.days;
    const moved = { ...week, days: [{ ...monday!, startDate: "2025-10-12", endDate: "2025-10-12" }, ...rest] };
    expect(renderWorklog(moved)).toContain(
      "| Mon | Gain an overview of AWS Lambda <br /> Install the AWS CLI | 10/12/2025 | 10/12/2025 |",
    );
  });
});

describe("English page: implemented heading, day numbers 1..7, DD-MM-YYYY, short rows, template leftover date", () => {
  const page = read("en-numbered-ambiguous.en.md");
  const { week, warnings } = parseInEnglish(page);

  it("keeps the leftover front-matter date as written and warns", () => {
    expect(week.frontMatter.date).toBe("`r Sys.Date()`");
    expect(warnings).toContainEqual(expect.stringContaining('Front matter date "`r Sys.Date()`" is not a date'));
  });

  it("reads ambiguous dates as day/month and warns", () => {
    expect(week.days.map((day) => [day.label, day.startDate, day.endDate])).toEqual([
      ["1", "2025-12-01", "2025-12-01"],
      ["2", "2025-12-02", undefined],
      ["3", "2025-12-03", "2025-12-03"],
    ]);
    expect(warnings).toContainEqual(
      expect.stringContaining('Dates such as "01-12-2025" could be day/month or month/day'),
    );
    expect(warnings).toHaveLength(2);
  });

  it("reads rows with fewer cells than the header and plain-text references", () => {
    expect(tasksOf(week)).toEqual([
      ["Create the S3 buckets"],
      ["Configure AWS Glue crawlers"],
      ["Query the data with Athena"],
    ]);
    expect(week.days.map((day) => day.references)).toEqual([
      ["AWS Docs, Tailwind UI"],
      [],
      ["https://docs.aws.amazon.com/athena/"],
    ]);
  });

  it("exports the page again (short rows padded), and leaves day numbers alone in Vietnamese", () => {
    expectStableRoundTrip(page, page.replace("| 02-12-2025 |", "| 02-12-2025 | | |"));
    expect(renderWorklog(week, { lang: "vi" })).toContain("| 1 | - Create the S3 buckets | 01/12/2025 | 01/12/2025 |");
  });
});

describe("English page without a Day column", () => {
  const page = read("en-no-day-column.en.md");
  const { week, warnings } = parseInEnglish(page);

  it("labels days by the weekday of their date, else by number, and warns", () => {
    expect(week.days.map((day) => [day.label, day.startDate, day.endDate, day.startText])).toEqual([
      ["Mon", "2025-09-22", "2025-09-22", "22/09/2025"],
      ["Tue", "2025-09-23", "2025-09-24", "23/09/2025 - 24/09/2025"],
      ["Day 3", undefined, undefined, "TBD"],
    ]);
    expect(warnings).toEqual([
      'Row 3: "TBD" is not a date; it was kept as written.',
      "The table has no Day column; days were labelled from their dates (or numbered).",
    ]);
    expect(tasksOf(week)).toEqual([
      ["Launch an EC2 instance"],
      ["Attach an EBS volume", "Take a snapshot"],
      ["Review the week"],
    ]);
  });

  it("exports the page again without a Day column", () => {
    expectStableRoundTrip(page);
  });
});

describe("English page with full weekday names and month/day dates that only the weekdays explain", () => {
  const page = read("en-weekday-names.en.md");
  const { week, warnings } = parseInEnglish(page);

  it("decides month/day from the Day column", () => {
    expect(warnings).toEqual([]);
    expect(week.days.map((day) => [day.label, day.startDate])).toEqual([
      ["Monday", "2025-10-06"],
      ["Tuesday", "2025-10-07"],
      ["Friday", "2025-10-10"],
    ]);
    expect(week.days.map((day) => day.tasks[0]?.moduleCodes)).toEqual([["08-01"], ["08-02"], []]);
  });

  it("reads 'Results achieved' as achievements and a title heading as an extra section", () => {
    expect(week.achievements).toEqual(["Deployed a container on ECS Fargate."]);
    expect(week.extraSections).toEqual([
      { heading: "Week 8: Containers", markdown: "**Duration:** 10/06/2025 - 10/10/2025" },
    ]);
  });

  it("exports the page byte for byte", () => {
    expect(renderWorklog(week)).toBe(page);
  });

  it("translates full weekday names in the other language", () => {
    expect(parseWorklog(renderWorklog(week, { lang: "vi" })).week.days.map((day) => day.label)).toEqual([
      "2",
      "3",
      "6",
    ]);
  });
});

describe("Vietnamese page without a table", () => {
  const page = read("vi-no-table.vi.md");
  const { week, warnings } = parseInEnglish(page);

  it("imports objectives and achievements and warns", () => {
    expect(week).toMatchObject({ number: 2, lang: "vi", days: [] });
    expect(week.objectives).toEqual(["Hiểu IAM user, group, policy, role.", "Thực hành phân quyền theo nhóm."]);
    expect(week.achievements).toEqual(["Tạo được các IAM group và policy.", "Biết cách switch role."]);
    expect(warnings).toEqual(["No task table was found; only the objectives and achievements were imported."]);
  });

  it("exports the page byte for byte, and adds a table after the objectives once days exist", () => {
    expect(renderWorklog(week)).toBe(page);
    const withDays = renderWorklog({
      ...week,
      days: [{ label: "2", startDate: "2025-09-15", endDate: "2025-09-15", references: [], tasks: [] }],
    });
    expect(withDays).toContain(
      "- Thực hành phân quyền theo nhóm.\n\n### Các công việc cần triển khai trong tuần này:\n\n| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |\n| --- | --- | --- | --- | --- |\n| 2 |  | 15/09/2025 | 15/09/2025 |  |\n\n### Kết quả",
    );
  });
});

describe("HTML and pipes in cells", () => {
  const page = read("en-html-in-cells.en.md");
  const { week } = parseWorklog(page);

  it("imports HTML as plain text and undoes the table's escaping", () => {
    expect(tasksOf(week)).toEqual([
      ["Read about <script>alert(1)</script>", "Try `a | b` in a shell | pipe"],
      ["Test <img src=x onerror=alert(1)> payloads", "Compare <b&gt; with <b>bold</b>"],
    ]);
    expect(week.objectives).toEqual(["Learn about XSS <script>alert(1)</script> and how to avoid it."]);
    expect(week.achievements).toEqual(["Understood how <script&gt; injection works."]);
  });

  it("never exports live HTML", () => {
    const exported = renderWorklog(week);
    expect(exported).not.toMatch(/<script|<img/);
    expect(exported).toContain(
      "| Mon | - Read about &lt;script>alert(1)&lt;/script> <br> - Try `a \\| b` in a shell \\| pipe |",
    );
    expect(exported).toContain("- Compare &lt;b&gt; with <b>bold</b> |");
    expect(exported).toContain("* Learn about XSS &lt;script>alert(1)&lt;/script> and how to avoid it.");
    expect(dataOf(parseWorklog(exported).week)).toEqual(dataOf(week));
  });
});

describe("Vietnamese page after a formatter ran: capitalised keys, long fence, padded cells, Thứ 2/Thứ Ba/T5", () => {
  const page = read("vi-formatter.vi.md");
  const { week, warnings } = parseInEnglish(page);

  it("reads front matter keys in any case and a closing fence of many dashes", () => {
    expect(warnings).toEqual([]);
    expect(week).toMatchObject({ number: 7, lang: "vi" });
    expect(week.frontMatter).toEqual({
      title: "Worklog Tuần 7",
      date: "2025-10-20",
      weight: 7,
      chapter: false,
      pre: " <b> 1.7. </b> ",
    });
  });

  it("reads the days", () => {
    expect(week.objectives).toEqual(["Hiểu quy trình CI/CD trên AWS.", "Làm quen với **CodePipeline**."]);
    expect(week.days.map((day) => [day.label, day.startDate, day.endDate, day.tasks.map((task) => task.text)])).toEqual(
      [
        ["Thứ 2", "2025-10-20", "2025-10-20", ["Tìm hiểu khái niệm CI/CD", "Thực hành CodeBuild"]],
        ["Thứ Ba", "2025-10-21", "2025-10-22", ["Tạo pipeline đầu tiên"]],
        ["T5", "2025-10-23", "2025-10-23", ["Review"]],
      ],
    );
    expect(week.achievements).toEqual(["Tạo được pipeline CI/CD đầu tiên."]);
  });

  it("exports the page again, blank lines and front matter as written", () => {
    expectStableRoundTrip(page, page.replace("CodeBuild <br>          |", "CodeBuild |"));
  });

  it("keeps the page's front matter style when a value changes", () => {
    const exported = renderWorklog({ ...week, frontMatter: { ...week.frontMatter, weight: 8, date: "2025-10-27" } });
    const start =
      '---\n\nTitle: "Worklog Tuần 7"\nDate: 2025-10-27\nWeight: 8\nchapter: false\npre: " <b> 1.7. </b> "\n----------------------\n\n\n\n### Mục tiêu tuần 7:\n*   Hiểu';
    expect(exported.slice(0, start.length)).toBe(start);
  });

  it("writes standard English labels for Thứ 2, Thứ Ba and T5", () => {
    expect(parseWorklog(renderWorklog(week, { lang: "en" })).week.days.map((day) => day.label)).toEqual([
      "Mon",
      "Tue",
      "Thu",
    ]);
  });
});

describe("a README is not a worklog", () => {
  it("is refused with a message that says what to import", () => {
    expect(thrownInEnglish(() => parseWorklog(read("not-a-worklog.md")))).toMatch(
      /doesn't look like a worklog.*_index\.md/,
    );
  });
});

describe("a column that is not part of a worklog", () => {
  const page =
    "### Tasks to be carried out this week:\n\n| Day | Status | Task |\n| --- | --- | --- |\n| Mon | done <script>x</script> | - Study |\n| Tue | | - Rest |\n";

  it("is kept for export, as text, with a warning", () => {
    const { week, warnings } = parseInEnglish(page);
    expect(week.days.map((day) => day.tasks[0]?.text)).toEqual(["Study", "Rest"]);
    expect(warnings).toContain('Column "Status" is not part of a worklog; it is kept only for export.');
    expect(week.layout?.table?.otherCells).toEqual([["done <script>x</script>"], [""]]);
    expect(renderWorklog(week)).toContain("| Mon | done &lt;script>x&lt;/script> | - Study |\n| Tue |  | - Rest |");
  });
});
