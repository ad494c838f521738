// Text that reaches a Hugo site rendering raw HTML must not carry script: checked in the editors'
// schemas and at import, including the tricks that hide a scheme or a tag.
import { inEnglish } from "../support/words";
import { describe, expect, it } from "vitest";
import { daySchema } from "@/lib/schemas/week";
import { disallowedHtml, findUnsafeContent, isSafeUrl } from "@/lib/worklog/markdown/safety";
import { encodeText } from "@/lib/worklog/markdown/escaping";

const day = (text: string) => ({
  weekId: "4b0b9e0c-0f43-4d39-9a3f-0f4e8d1f6a01",
  baseVersion: 0,
  label: "Mon",
  references: [],
  tasks: [{ text, moduleCodes: [] }],
});

describe("links and HTML that could run script", () => {
  it.each([
    "[notes](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[notes](javascript&#58;alert(1))",
    "[notes](  JAVASCRIPT:alert(1))",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "[notes](vbscript:msgbox(1))",
  ])("refuse %s in a task", (text) => {
    const parsed = daySchema.safeParse(day(text));
    expect(parsed.success).toBe(false);
    expect(inEnglish(parsed.error?.issues[0]?.message)).toBe("Only web (http, https) and mailto links are allowed.");
  });

  it.each([
    "Read [the docs](https://docs.aws.amazon.com/)",
    "<https://cloudjourney.awsstudygroup.com/>",
    "mail <mailto:mentor@example.com>",
    "Study **IAM**",
  ])("accept %s", (text) => {
    expect(daySchema.safeParse(day(text)).success).toBe(true);
  });

  it("find script hidden behind entities in HTML, and refuse HTML beyond the allowlist", () => {
    expect(disallowedHtml('<a href="javascript&#58;alert(1)">x</a>')).toBe('href="javascript:alert(1)"');
    expect(disallowedHtml('<a href="java&#9;script:alert(1)">x</a>')).toBe('href="java script:alert(1)"');
    expect(disallowedHtml("<img src=x/onerror=alert(1)>")).toBe("<img>");
    expect(disallowedHtml("<b onclick=alert(1)>x</b>")).toBe("<b onclick>");
    expect(disallowedHtml('<b>bold</b> <br> <br/> <a href="https://aws.amazon.com/">AWS</a>')).toBeNull();
    expect(findUnsafeContent('<a href="jav&#x61;script:alert(1)">x</a>')?.kind).toBe("html");
    expect(isSafeUrl("https://example.com/a:b")).toBe(true);
    expect(isSafeUrl("/relative/path")).toBe(true);
    expect(isSafeUrl("java\tscript:alert(1)")).toBe(false);
    expect(isSafeUrl(" \u0001javascript:alert(1)")).toBe(false);
  });

  it("written with entities, a tag is text: it stays text on export", () => {
    expect(findUnsafeContent("&lt;script&gt;alert(1)&lt;/script&gt;")).toBeNull();
    expect(encodeText("&lt;script&gt;", "block")).toBe("&amp;lt;script&gt;");
  });

  it("escape autolinks of other schemes on export, so Hugo never renders them as links", () => {
    expect(encodeText("<javascript:alert(1)>", "block")).toBe("&lt;javascript:alert(1)>");
    expect(encodeText("<https://aws.amazon.com/>", "block")).toBe("<https://aws.amazon.com/>");
  });
});
