import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "@/lib/schemas/import";
import { MAX_WORKLOG_BYTES, WorklogParseError, parseWorklog } from "@/lib/worklog/markdown";
import { inEnglish, inVietnamese } from "../../support/words";

/** A page read as the import reads it, its warnings in English as a person reads them. */
function parseInEnglish(page: string) {
  const parsed = parseWorklog(page);
  return { ...parsed, warnings: parsed.warnings.map(inEnglish) };
}

function errorOf(markdown: string): WorklogParseError {
  try {
    parseWorklog(markdown);
  } catch (error) {
    if (error instanceof WorklogParseError) return error;
    throw error;
  }
  throw new Error("expected parseWorklog to throw");
}

describe("input that is not a worklog page", () => {
  it.each([
    ["an empty file", ""],
    ["whitespace only", "  \n\n\t\n"],
    ["a byte-order mark only", "\uFEFF\n"],
  ])("refuses %s as empty", (_, markdown) => {
    const error = errorOf(markdown);
    expect(error.code).toBe("empty");
    expect(inEnglish(error.message)).toMatch(/empty/);
    expect(inVietnamese(error.message)).toBe("Tệp trống. Hãy dán hoặc tải lên trang _index.md của tuần.");
  });

  it("refuses binary data", () => {
    const png = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
    expect(errorOf(png).code).toBe("not-a-worklog");
    expect(inEnglish(errorOf("\x01\x02\x03\x04\x05\x06\x07\x08 garbage \uFFFD\uFFFD").message)).toMatch(/not text/);
  });

  it("refuses Markdown that has neither a worklog front matter nor worklog sections", () => {
    expect(errorOf("# My project\n\nRun `npm start`.\n\n## Install\n\n- clone it\n").code).toBe("not-a-worklog");
    expect(errorOf('---\ntitle: "About me"\n---\n\nHello!\n').code).toBe("not-a-worklog");
    expect(inEnglish(errorOf("just a line of text").message)).toMatch(/doesn't look like a worklog/);
  });

  it(`refuses more than ${MAX_WORKLOG_BYTES} bytes, counting UTF-8 bytes`, () => {
    expect(MAX_WORKLOG_BYTES).toBe(IMPORT_LIMITS.pageBytes);
    expect(errorOf("a".repeat(MAX_WORKLOG_BYTES + 1)).code).toBe("too-large");
    expect(errorOf("ệ".repeat(400_000)).code).toBe("too-large");
    expect(errorOf("a".repeat(MAX_WORKLOG_BYTES)).code).toBe("not-a-worklog");
  });

  it("refuses front matter that is not valid YAML, saying where", () => {
    const error = errorOf('---\ntitle: "Week 5 Worklog\nweight: [1\n---\n\n### Week 5 Objectives:\n\n- a\n');
    expect(error.code).toBe("invalid-front-matter");
    expect(inEnglish(error.message)).toMatch(/not valid YAML/);
    expect(inEnglish(errorOf('+++\ntitle = "Week 5 Worklog"\n+++\n').message)).toMatch(/TOML/);
  });

  it("is an Error with a name and a code", () => {
    const error = errorOf("");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("WorklogParseError");
  });
});

describe("pages that are worklogs despite missing parts", () => {
  it("accepts sections without front matter and warns", () => {
    const { week, warnings } = parseInEnglish(
      "### Week 3 Objectives:\n\n- Learn EC2\n\n### Week 3 Achievements:\n\n- Launched EC2\n",
    );
    expect(week).toMatchObject({ number: 3, objectives: ["Learn EC2"], achievements: ["Launched EC2"] });
    expect(week.frontMatter).toEqual({ title: "Week 3 Worklog", weight: 3, chapter: false, pre: " <b> 1.3. </b> " });
    expect(warnings).toContain("The page has no front matter; the template's front matter will be written on export.");
  });

  it("accepts a bare task table", () => {
    const { week, warnings } = parseInEnglish("| Day | Task |\n| --- | --- |\n| Mon | - Study |\n");
    expect(week.days).toEqual([
      { label: "Mon", references: [], tasks: [{ text: "Study", subItems: [], moduleCodes: [] }] },
    ]);
    expect(warnings).toContain("Could not find the week number in the title or headings; set it before saving.");
  });

  it("accepts a worklog front matter with nothing under it", () => {
    const { week, warnings } = parseInEnglish('---\ntitle: "Week 2 Worklog"\nTitle2: x\nDate: 2025-09-15\n---\n');
    expect(week).toMatchObject({
      number: 2,
      frontMatter: { title: "Week 2 Worklog", date: "2025-09-15", extra: { Title2: "x" } },
    });
    expect(warnings).toContain("No task table was found; only the objectives and achievements were imported.");
  });

  it("keeps an HTML task table as written and says why its days are missing", () => {
    const page =
      '---\ntitle: "Worklog Tuần 1"\n---\n\n### Các công việc cần triển khai trong tuần này:\n<table>\n  <tr><td>2</td></tr>\n</table>\n';
    const { week, warnings } = parseInEnglish(page);
    expect(week.days).toEqual([]);
    expect(warnings[0]).toMatch(/written in HTML/);
  });

  it("says its warnings in the reader's language", () => {
    const { warnings } = parseWorklog("| Day | Task |\n| --- | --- |\n| Mon | - Study |\n");
    expect(warnings.map(inVietnamese)).toContain(
      "Không tìm thấy số tuần trong tiêu đề hay các đề mục; hãy điền số tuần trước khi lưu.",
    );
  });
});
