// Text that reaches a Hugo site rendering raw HTML must not carry script: checked in the editors'
// schemas and at import, including the tricks that hide a scheme or a tag.
import { describe, expect, it } from "vitest";
import { daySchema } from "@/lib/schemas/week";
import { findUnsafeContent, isSafeUrl, isScriptableHtml } from "@/lib/worklog/markdown/safety";
import { encodeText } from "@/lib/worklog/markdown/escaping";

const day = (text: string) => ({
  weekId: "4b0b9e0c-0f43-4d39-9a3f-0f4e8d1f6a01",
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
    expect(parsed.error?.issues[0]?.message).toBe("Only web (http, https) and mailto links are allowed.");
  });

  it.each([
    "Read [the docs](https://docs.aws.amazon.com/)",
    "<https://cloudjourney.awsstudygroup.com/>",
    "mail <mailto:mentor@example.com>",
    "Study **IAM**",
  ])("accept %s", (text) => {
    expect(daySchema.safeParse(day(text)).success).toBe(true);
  });

  it("find script hidden behind entities in HTML", () => {
    expect(isScriptableHtml('<a href="javascript&#58;alert(1)">x</a>')).toBe(true);
    expect(isScriptableHtml("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe(true);
    expect(isScriptableHtml("<b>bold</b> <br>")).toBe(false);
    expect(findUnsafeContent('<a href="jav&#x61;script:alert(1)">x</a>')?.kind).toBe("html");
    expect(isSafeUrl("https://example.com/a:b")).toBe(true);
    expect(isSafeUrl("/relative/path")).toBe(true);
  });

  it("escape autolinks of other schemes on export, so Hugo never renders them as links", () => {
    expect(encodeText("<javascript:alert(1)>", "block")).toBe("&lt;javascript:alert(1)>");
    expect(encodeText("<https://aws.amazon.com/>", "block")).toBe("<https://aws.amazon.com/>");
  });
});
