import { describe, expect, it } from "vitest";
import { unsafeContentIn as unsafeContentInNoLanguage } from "@/lib/worklog/import/page-safety";
import { inEnglish, inVietnamese } from "../support/words";

/** Why the page is refused, in English as the person reads it, or null. */
const unsafeContentIn = (markdown: string) => {
  const refused = unsafeContentInNoLanguage(markdown);
  return refused === null ? null : inEnglish(refused);
};

const page = (frontMatter: string, body = "### Week 1 Objectives:\n\n* Learn\n") =>
  `---\n${frontMatter}\n---\n\n${body}`;

describe("import refuses pages with HTML or links beyond the allowlist (Hugo renders them on the intern's site)", () => {
  it("front matter whose YAML escapes decode to a script tag", () => {
    expect(unsafeContentIn(page('title: "Week 1 Worklog"\npre: "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e"'))).toMatch(
      /front matter holds HTML/,
    );
  });

  it("an anchor whose script scheme hides behind an entity, naming the page's line", () => {
    expect(
      unsafeContentIn(
        page('title: "Week 1 Worklog"', '### Week 1 Objectives:\n\n<a href="javascript&#58;alert(1)">notes</a>\n'),
      ),
    ).toMatch(
      /^Line 7 holds HTML that Worklog does not keep \(<a href="javascript&#58;alert\(1\)">\): href="javascript:alert\(1\)" is refused/,
    );
  });

  it("says the refusal in Vietnamese too, with the line in Vietnamese", () => {
    const refused = unsafeContentInNoLanguage(
      page('title: "Week 1 Worklog"', "### Week 1 Objectives:\n\n[notes](javascript:alert(1))\n"),
    );
    expect(inVietnamese(refused ?? "")).toBe(
      'Dòng 7 có liên kết tới "javascript:alert(1)". Worklog chỉ nhập liên kết web (http, https) và mailto: hãy đổi liên kết rồi nhập lại.',
    );
  });

  it("accepts the real FCJ page", async () => {
    const { readFileSync } = await import("node:fs");
    expect(unsafeContentIn(readFileSync("tests/fixtures/fcj-week5.en.md", "utf8"))).toBeNull();
  });
});
