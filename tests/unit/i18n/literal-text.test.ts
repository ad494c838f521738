// No component writes words a person reads as literal text: JSX text with letters, and literal
// strings in the attributes that are read out or shown (aria-label, title, placeholder, alt, label…),
// must come from the messages, so that every page is whole in both languages. Symbols pass (they
// have no letters); the few words that are the same in every language are listed here.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { filesUnder, parse, walk, where } from "./sources";

/** Attributes whose value a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
  "label",
]);

/**
 * Not interface: the bench's floors (app/bench) are measuring instruments that answer 404 unless the
 * bench runs (WORKLOG_BENCH=1), and must not look messages up, or they would stop being floors.
 */
const NOT_INTERFACE = ["app/bench/"];

/** Words that are the same in every language: the product's and the program's names. */
const SAME_IN_EVERY_LANGUAGE = new Set(["Worklog", "FCJ"]);

const hasWords = (text: string) => {
  const trimmed = text.replace(/\s+/g, " ").trim();
  return /\p{L}/u.test(trimmed) && !SAME_IN_EVERY_LANGUAGE.has(trimmed);
};

/** A literal string (or a template's literal parts) with words in it. */
function literalWords(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return hasWords(node.text) ? node.text : null;
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
    return hasWords(parts) ? parts : null;
  }
  if (ts.isConditionalExpression(node)) return literalWords(node.whenTrue) ?? literalWords(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    return literalWords(node.left) ?? literalWords(node.right);
  }
  if (ts.isParenthesizedExpression(node)) return literalWords(node.expression);
  return null;
}

function literalTextIn(file: string): string[] {
  const source = parse(file);
  const found: string[] = [];
  walk(source, (node) => {
    if (ts.isJsxText(node) && hasWords(node.text))
      found.push(`${where(source, node)} text ${JSON.stringify(node.text.trim())}`);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const words = literalWords(node.expression);
      if (words) found.push(`${where(source, node)} text ${JSON.stringify(words)}`);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const words = value && literalWords(value);
      if (words) found.push(`${where(source, node)} ${node.name.getText(source)}=${JSON.stringify(words)}`);
    }
  });
  return found;
}

describe("no literal words in the interface", () => {
  it("components and pages say only words from the messages", () => {
    const files = filesUnder("app", "components").filter(
      (file) => file.endsWith(".tsx") && !NOT_INTERFACE.some((dir) => file.startsWith(dir)),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(literalTextIn)).toEqual([]);
  });

  it("finds literal words where they are", () => {
    const source = ts.createSourceFile(
      "probe.tsx",
      'const a = <p title="Hello">Save {"now"} {x ? "yes" : t("no")} ·</p>;',
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TSX,
    );
    const texts: string[] = [];
    walk(source, (node) => {
      if (ts.isJsxText(node) && hasWords(node.text)) texts.push(node.text.trim());
      if (ts.isJsxExpression(node) && node.expression) texts.push(literalWords(node.expression) ?? "");
      if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
        texts.push(literalWords(node.initializer) ?? "");
      }
    });
    expect(texts.filter(Boolean)).toEqual(["Hello", "Save", "now", "yes"]);
  });
});
