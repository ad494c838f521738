import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localizeDayLabel } from "@/lib/worklog/markdown";
import { decideDateOrder, readDateCell, resolveDate } from "@/lib/worklog/markdown/dates";
import { decodeText, encodeText, escapeLeader, unescapeLeader } from "@/lib/worklog/markdown/escaping";
import { findModuleCodes } from "@/lib/worklog/week";

describe("findModuleCodes", () => {
  it.each([
    ["Study Module 05-03: Amazon Cognito", ["05-03"]],
    ["05-03", ["05-03"]],
    ["Labs 05-03, 05-04 and again 05-03", ["05-03", "05-04"]],
    ["Module 10-02 and module 5-3", ["10-02", "05-03"]],
    ["Tìm hiểu Module 06-01", ["06-01"]],
    ["Meeting on 06/10/2025", []],
    ["Weekend 10-18", []],
    ["Due 06-10-2025 or 2025-10-06", []],
    ["Range 10/18-19/2025", []],
    ["Version 1.05-03", []],
  ])("%s -> %j", (text, codes) => {
    expect(findModuleCodes(text)).toEqual(codes);
  });
});

describe("localizeDayLabel", () => {
  it.each([
    ["Mon", "vi", "2"],
    ["Sun", "vi", "CN"],
    ["Monday", "vi", "2"],
    ["Mon-Tue", "vi", "2-3"],
    ["2", "en", "Mon"],
    ["CN", "en", "Sun"],
    ["6-7", "en", "Fri-Sat"],
    ["7-CN", "en", "Sat-Sun"],
    ["Thứ Hai", "en", "Mon"],
    ["Thứ 5", "en", "Thu"],
    ["Chủ nhật", "en", "Sun"],
    ["**2**", "en", "**Mon**"],
    ["Day 3", "vi", "Ngày 3"],
    ["Ngày 3", "en", "Day 3"],
    ["1", "en", "1"],
    ["Holiday", "vi", "Holiday"],
  ] as const)("%s in %s is %s", (label, lang, expected) => {
    expect(localizeDayLabel(label, lang)).toBe(expected);
  });

  it("leaves day numbers alone when they are not weekdays", () => {
    expect(localizeDayLabel("2", "en", { weekdays: false })).toBe("2");
  });
});

describe("text escaping", () => {
  it("escapes what would break a table or inject HTML", () => {
    expect(encodeText("a | b", "table")).toBe("a \\| b");
    expect(encodeText("a \\| b", "table")).toBe("a \\\\\\| b");
    expect(encodeText("x <br> <script> <img onerror=alert(1)>", "table")).toBe(
      "x &lt;br> &lt;script> &lt;img onerror=alert(1)>",
    );
    expect(encodeText("<https://aws.amazon.com/> <b>bold</b>", "table")).toBe("<https://aws.amazon.com/> <b>bold</b>");
    expect(encodeText("line\nbreak", "table")).toBe("line&#10;break");
    expect(encodeText("&lt; &amp; AT&T", "table")).toBe("&amp;lt; &amp;amp; AT&T");
    expect(encodeText("a | b\nc", "block")).toBe("a | b\nc");
  });

  it("decodes exactly what it encodes, for any text", () => {
    for (const context of ["table", "block"] as const) {
      fc.assert(
        fc.property(
          fc.string({ unit: "grapheme-composite" }),
          (text) => decodeText(encodeText(text, context), context) === text,
        ),
      );
      fc.assert(
        fc.property(
          fc
            .array(
              fc.constantFrom("|", "\\", "<", "&", "lt;", "amp;", "#10;", "br>", "b>", "\n", "a", " ", "https://x>"),
            )
            .map((parts) => parts.join("")),
          (text) => {
            return decodeText(encodeText(text, context), context) === text;
          },
        ),
      );
    }
  });

  it("never leaves an unescaped pipe, a line break or a <br> in a table cell", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("|", "\\", "<", "br>", "\n", "\r", "a")).map((parts) => parts.join("")),
        (text) => {
          const cell = encodeText(text, "table");
          return !/(^|[^\\])(\\\\)*\|/.test(cell) && !/[\r\n]/.test(cell) && !/<br/i.test(cell);
        },
      ),
    );
  });

  it("escapes a leading bullet or indent only where the cell would misread it", () => {
    for (const text of ["- x", "+ x", "* x", "&emsp;x", "\u2003x", "\\- x", "\\\\- x", "-x", "x"]) {
      expect(unescapeLeader(escapeLeader(text))).toBe(text);
    }
    expect(escapeLeader("- x")).toBe("\\- x");
    expect(escapeLeader("-x")).toBe("-x");
  });
});

describe("date cells", () => {
  it.each([
    ["06/10/2025", { start: { kind: "pair", first: 6, second: 10, year: 2025 } }],
    ["6.10.25", { start: { kind: "pair", first: 6, second: 10, year: 2025 } }],
    ["2025-10-06", { start: { kind: "iso", year: 2025, month: 10, day: 6 } }],
    ["10/18-19/2025", { start: { first: 10, second: 18, year: 2025 }, end: { first: 10, second: 19, year: 2025 } }],
    ["18-19/10/2025", { start: { first: 18, second: 10 }, end: { first: 19, second: 10 } }],
    ["06/10/2025 - 07/10/2025", { start: { first: 6, second: 10 }, end: { first: 7, second: 10 } }],
    ["06/10 – 07/10/2025", { start: { first: 6, second: 10, year: 2025 }, end: { first: 7, second: 10 } }],
    ["**23/02**", { start: { first: 23, second: 2, year: undefined } }],
  ])("reads %s", (text, expected) => {
    expect(readDateCell(text)).toMatchObject(expected);
  });

  it.each(["", "TBD", "next week", "2025", "32/13/2025/1"])("finds no date in %j", (text) => {
    expect(readDateCell(text)).toBeNull();
  });

  it("decides the day/month order from a field over 12, then weekdays, then ascending dates", () => {
    const part = (text: string) => readDateCell(text)!.start;
    expect(decideDateOrder([{ part: part("13/10/2025") }], [])).toMatchObject({ order: "dmy", ambiguous: false });
    expect(decideDateOrder([{ part: part("10/13/2025") }], [])).toMatchObject({ order: "mdy", ambiguous: false });
    expect(decideDateOrder([{ part: part("13/10/2025") }, { part: part("10/14/2025") }], [])).toMatchObject({
      conflicting: true,
    });
    // 06/10/2025: 6 October is a Monday, June 10th a Tuesday.
    expect(decideDateOrder([{ part: part("06/10/2025"), weekday: 0 }], [])).toMatchObject({
      order: "dmy",
      ambiguous: false,
    });
    expect(decideDateOrder([{ part: part("06/10/2025"), weekday: 1 }], [])).toMatchObject({
      order: "mdy",
      ambiguous: false,
    });
    // 01/12 then 02/11: 1 Dec then 2 Nov goes back in time; 12 Jan then 11 Feb goes forward.
    expect(decideDateOrder([{ part: part("01/12/2025") }, { part: part("02/11/2025") }], [])).toMatchObject({
      order: "mdy",
      ambiguous: false,
    });
    expect(decideDateOrder([{ part: part("01/02/2025") }, { part: part("02/03/2025") }], [])).toMatchObject({
      order: "dmy",
      ambiguous: true,
    });
    expect(resolveDate(part("31/02/2025"), "dmy")).toBeUndefined();
    expect(resolveDate(part("29/02"), "dmy", 2024)).toBe("2024-02-29");
  });
});
