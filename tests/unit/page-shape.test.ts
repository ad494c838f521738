// A page's shape, checked in one pass before the parser reads it (lib/worklog/markdown/page-shape.ts):
// every real page passes; a page far past a worklog's marks, nesting or with a control character is
// refused before parsing, saying where and why.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseUploads } from "@/lib/worklog/import/analyse";
import { MAX_MARKS, pageShapeProblem } from "@/lib/worklog/markdown/page-shape";
import { inEnglish } from "../support/words";

const fixtures = path.join(import.meta.dirname, "..", "fixtures");
const realPages = readdirSync(fixtures, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md"));

async function refusal(text: string): Promise<string | undefined> {
  const { files } = await analyseUploads([{ name: "week-5.en.md", bytes: new TextEncoder().encode(text) }]);
  return files[0]?.status === "error" ? inEnglish(files[0].message ?? "") : undefined;
}

const real = readFileSync(path.join(fixtures, "fcj-week5.en.md"), "utf8");

describe("a page's shape", () => {
  it.each(realPages)("passes for the real page %s", (name) => {
    expect(pageShapeProblem(readFileSync(path.join(fixtures, name), "utf8"))).toBeNull();
  });

  it("refuses a page with more marks than any worklog, naming the count and the limit", async () => {
    const page = `${real}\n\n### Notes\n\n${"*a_".repeat(MAX_MARKS)}\n`;
    expect(await refusal(page)).toMatch(/^This page has [\d,]+ Markdown marks .* up to 3,000\./);
  });

  it("takes a real page with a few hundred more marks", async () => {
    expect(await refusal(`${real}\n\n### Notes\n\n${"**done** ".repeat(100)}\n`)).toBeUndefined();
  });

  it("refuses a control character, naming its line", async () => {
    const lines = real.split("\n");
    const row = lines.findIndex((line) => line.startsWith("| Mon"));
    lines[row] = lines[row]!.replace("Mon", "Mon\u007F");
    expect(await refusal(lines.join("\n"))).toBe(
      `Line ${row + 1} contains control characters (such as ESC or BEL), which no worklog page has. Remove them and import again.`,
    );
  });

  it("refuses lists nested by indentation past any worklog's, naming the line", async () => {
    const deep = Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n");
    expect(await refusal(`${real}\n\n### Notes\n\n${deep}\n`)).toMatch(
      /^Line \d+ nests lists or quotes more than 20 deep/,
    );
  });
});
