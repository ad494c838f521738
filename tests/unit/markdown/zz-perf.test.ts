import { readFileSync } from "node:fs";
import { it } from "vitest";
import { parseWorklog, renderWorklog } from "@/lib/worklog/markdown";
const fixture = readFileSync("tests/fixtures/fcj-week5.en.md", "utf8");
const head = fixture.slice(0, fixture.indexOf("| Mon |"));
function time(name: string, md: string) {
  const t = performance.now();
  try { const { week } = parseWorklog(md); renderWorklog(week); } catch (e) { console.log(name, "threw", (e as Error).message.slice(0, 80)); }
  console.log(name, md.length, Math.round(performance.now() - t), "ms");
}
it("perf", () => {
  const row = "| Wed | - Study Module 05-03: Amazon Cognito <br> - Study Module 05-04: AWS Organization | 08/10/2025 | 08/10/2025 | <https://cloudjourney.awsstudygroup.com/> |\n";
  time("many rows", head + row.repeat(Math.floor(990_000 / row.length)));
  time("spaces in cell", head + "| Mon | a" + " ".repeat(200_000) + "b | 06/10/2025 | x |\n");
  time("spaces in date", head + "| Mon | a | 06/10" + " ".repeat(200_000) + "2025 | x |\n");
  time("backslashes", head + "| Mon | a" + "\\".repeat(200_000) + "b | 06/10/2025 | x |\n");
  time("lt", head + "| Mon | " + "<a:b".repeat(100_000) + " | 06/10/2025 | x |\n");
  time("codes", head + "| Mon | " + "05-03 ".repeat(100_000) + " | 06/10/2025 | x |\n");
  time("label spaces", head + "| Mon" + " ".repeat(100_000) + "x | a | 06/10/2025 | x |\n");
  time("list spaces", "### Week 1 Objectives:\n\n- a" + " ".repeat(300_000) + "b\n");
  time("br spaces", head + "| Mon | a" + " \t".repeat(100_000) + "<br> b | 06/10/2025 | x |\n");
});
