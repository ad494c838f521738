// InlineMarkdown skips the parser for text Markdown leaves as it is: both paths must render the same.
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InlineMarkdown, isPlainText, ParsedInlineMarkdown } from "@/components/inline-markdown";

const html = (component: typeof InlineMarkdown, text: string) =>
  renderToStaticMarkup(createElement(component, { text }));

describe("InlineMarkdown's plain-text path", () => {
  it("takes the usual task text", () => {
    for (const text of [
      "Study Module 05-01: Amazon VPC",
      "Do the lab of Module 03-02",
      "Review the notes (week 4), then ask the mentor?",
      "Tìm hiểu về Amazon S3",
    ]) {
      expect(isPlainText(text)).toBe(true);
      expect(html(InlineMarkdown, text)).toBe(html(ParsedInlineMarkdown, text));
    }
  });

  it("leaves anything that may be Markdown to the parser", () => {
    for (const text of [
      "**bold**",
      "a `code` span",
      "[link](https://aws.amazon.com)",
      "- a list",
      "1. first",
      "# heading",
      "> quote",
      "    indented",
      "AT&amp;T",
      "x <br> y",
      "trailing  ",
      "line\nbreak",
      "a_b",
      "~~gone~~",
    ]) {
      expect(isPlainText(text)).toBe(false);
    }
  });

  it("renders exactly what the parser would, for any text it takes", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abc XYZ 0123456789-:.,;()?'\"/%$@{}^=+ đă\t".split("")), maxLength: 60 }),
        (text) => {
          fc.pre(isPlainText(text));
          expect(html(InlineMarkdown, text)).toBe(html(ParsedInlineMarkdown, text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
