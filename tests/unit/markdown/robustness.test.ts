import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_WORKLOG_BYTES, WorklogParseError, parseWorklog, renderWorklog } from "@/lib/worklog/markdown";

/** A run as long as a page may hold, less room for the rest of the page. */
const RUN = MAX_WORKLOG_BYTES - 1_000;

const page = (row: string) =>
  `---\ntitle: "Week 5 Worklog"\n---\n\n### Tasks to be carried out this week:\n\n| Day | Task | Start Date | End Date | Reference Source |\n| --- | --- | --- | --- | --- |\n${row}\n`;

describe("hostile input", () => {
  // Each of these took minutes when a regular expression backtracked over the long run (then at 100,000
  // characters; now every run is as long as the page limit allows).
  it.each([
    ["spaces inside a task", page(`| Mon | a${" ".repeat(RUN)}b | 06/10/2025 | | |`)],
    ["spaces inside a date", page(`| Mon | a | 06/10${" ".repeat(RUN)}2025 | | |`)],
    ["spaces inside a day label", page(`| Mon${" ".repeat(RUN)}x | a | 06/10/2025 | | |`)],
    ["backslashes inside a task", page(`| Mon | a${"\\".repeat(RUN)}b | 06/10/2025 | | |`)],
    ["many < in a task", page(`| Mon | ${"<a:b".repeat(RUN / 4)} | 06/10/2025 | | |`)],
    ["many module codes", page(`| Mon | ${"05-03 ".repeat(Math.floor(RUN / 6))} | 06/10/2025 | | |`)],
    ["spaces inside an objective", `### Week 1 Objectives:\n\n- a${" ".repeat(RUN)}b\n`],
  ])("imports %s quickly", (_, markdown) => {
    const started = performance.now();
    const { week } = parseWorklog(markdown);
    renderWorklog(week);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it("either imports or refuses with a WorklogParseError, whatever the text", () => {
    const piece = fc.constantFrom(
      "---\n",
      "title: Week 1\n",
      "### Week 1 Objectives:\n",
      "| Day | Task |\n",
      "| --- | --- |\n",
      "| Mon | - a <br> b |\n",
      "- item\n",
      "\n",
      "+++\n",
      ": [\n",
      "\0",
      "<table>\n",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((parts) => parts.join("")),
        ),
        (markdown) => {
          try {
            const { week } = parseWorklog(markdown);
            expect(() => JSON.stringify(week)).not.toThrow();
            parseWorklog(renderWorklog(week));
          } catch (error) {
            expect(error).toBeInstanceOf(WorklogParseError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
