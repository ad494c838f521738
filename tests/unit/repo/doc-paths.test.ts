// Docs that stay true: every path of this repository named in docs/, README.md or a source comment
// exists (a moved or renamed file must take its mentions along).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const ROOTS = ["app", "components", "lib", "scripts", "prisma", "tests", "docs"];
// Not followed by "#": "prisma/orm#27403" names a GitHub issue, not a path.
const PATH = new RegExp(`(?<![\\w./@-])((?:${ROOTS.join("|")})/[A-Za-z0-9_.\\[\\]/-]+)(?![\\w#])`, "g");

function files(dir: string, pattern: RegExp): string[] {
  if (!existsSync(path.join(root, dir))) return [];
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory())
      return ["lib/generated", "tests/fixtures"].includes(relative) ? [] : files(relative, pattern);
    return pattern.test(entry.name) ? [relative] : [];
  });
}

/** The comments of a source file, as text. */
function comments(file: string): string {
  const text = readFileSync(path.join(root, file), "utf8");
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.JSX, text);
  const found: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) {
      found.push(scanner.getTokenText());
    }
  }
  return found.join("\n");
}

/** Paths named in a text, without trailing punctuation; templates (`<entity>`, `NNN`) are not paths. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(PATH)]
    .map((match) => match[1]!.replace(/[.,;:)]+$/, ""))
    .filter((named) => !/NNN|\.\.\./.test(named) && !named.endsWith("/"));
}

function exists(named: string): boolean {
  // "docs/decisions/003" names a decision record by its number.
  const decision = /^docs\/decisions\/(\d{3})$/.exec(named);
  if (decision)
    return readdirSync(path.join(root, "docs/decisions")).some((file) => file.startsWith(`${decision[1]}-`));
  return existsSync(path.join(root, named));
}

describe("paths named in docs and comments", () => {
  const sources: [string, string][] = [
    ...files("docs", /\.md$/).map((file): [string, string] => [file, readFileSync(path.join(root, file), "utf8")]),
    ["README.md", readFileSync(path.join(root, "README.md"), "utf8")],
    ...["app", "components", "lib", "scripts", "prisma", "tests"]
      .flatMap((dir) => files(dir, /\.(ts|tsx|mjs)$/))
      .map((file): [string, string] => [file, comments(file)]),
    ...["proxy.ts", "instrumentation.ts", "next.config.ts", "playwright.config.ts", "vitest.config.ts"].map(
      (file): [string, string] => [file, comments(file)],
    ),
  ];

  it("exist", () => {
    const missing = sources.flatMap(([file, text]) =>
      pathsIn(text)
        .filter((named) => !exists(named))
        .map((named) => `${file}: ${named}`),
    );
    expect(missing).toEqual([]);
  });
});
