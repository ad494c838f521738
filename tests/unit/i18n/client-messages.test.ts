// A page sends its browser only the messages its client components read, and every one they read
// (lib/i18n/messages.ts: SHELL_MESSAGES from the root layout, PAGE_MESSAGES through
// components/client-messages.tsx). From each page, the test follows the imports to the client
// components it renders ("use client" files and what they import), reads the messages they name
// (useTranslations("ns") and the keys its translator is called with), and checks that the page
// sends them: a client component added to a page without its messages fails here, not in a browser.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PAGE_MESSAGES, SHELL_MESSAGES, type ClientPage } from "@/lib/i18n/messages";
import { filesUnder, parse, root, walk } from "./sources";

/** Client code that reads with the root translator, and what it reads (said keys of the shared schemas). */
const ROOT_READERS: Record<string, string[]> = { "components/import/use-import.ts": ["validation"] };

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base].find(
    (candidate) => /\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate)),
  );
  return found ?? null;
}

const isClient = (file: string) =>
  /^(\s|\/\/[^\n]*\n)*["']use client["']/.test(readFileSync(path.join(root, file), "utf8"));

/** What a file imports at run time (not its type-only imports). */
function importsOf(file: string): string[] {
  return parse(file).statements.flatMap((statement) => {
    const from =
      (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(statement) && !statement.isTypeOnly)
        ? statement.moduleSpecifier
        : undefined;
    const target = from && ts.isStringLiteral(from) ? resolve(file, from.text) : null;
    return target ? [target] : [];
  });
}

/** The namespaces a useTranslations(...) call may open: its literal, or each branch of a conditional. */
function namespacesOf(node: ts.Expression | undefined): string[] | null {
  if (!node) return null;
  if (ts.isStringLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [namespacesOf(node.whenTrue), namespacesOf(node.whenFalse)];
    return a && b ? [...a, ...b] : null;
  }
  return null;
}

const isUseTranslations = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "useTranslations";

/**
 * The messages one client file reads: "ns.key" for each literal key its translator is called with,
 * the whole namespace when the translator is used any other way.
 */
function messagesReadBy(file: string): string[] {
  const source = parse(file);
  const read: string[] = [];
  const bound = new Map<ts.Identifier, string>();
  walk(source, (node) => {
    if (!isUseTranslations(node)) return;
    const namespaces = namespacesOf(node.arguments[0]);
    if (node.arguments.length === 0) {
      const roots = ROOT_READERS[file];
      if (!roots) throw new Error(`${file}: useTranslations() reads every message; list what it reads in ROOT_READERS`);
      read.push(...roots);
    } else if (!namespaces) throw new Error(`${file}: useTranslations with a namespace the test cannot read`);
    else if (namespaces.length === 1 && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
      bound.set(node.parent.name, namespaces[0]!);
    } else read.push(...namespaces);
  });
  // Each use of a bound translator, by name within the file (a file's translators have distinct names
  // or the same namespace; a clash only makes the check stricter).
  const byName = new Map<string, string[]>();
  for (const [id, ns] of bound) byName.set(id.text, [...(byName.get(id.text) ?? []), ns]);
  walk(source, (node) => {
    if (!ts.isIdentifier(node) || !byName.has(node.text) || bound.has(node)) return;
    const namespaces = byName.get(node.text)!;
    const parent = node.parent;
    const call = ts.isCallExpression(parent) && parent.expression === node ? parent : undefined;
    const method =
      ts.isPropertyAccessExpression(parent) && parent.expression === node && ts.isCallExpression(parent.parent)
        ? parent.parent
        : undefined;
    const key = (call ?? method)?.arguments[0];
    for (const ns of namespaces) read.push(key && ts.isStringLiteral(key) ? `${ns}.${key.text}` : ns);
  });
  return read;
}

/** The client messages a page reads, and the pages it sends messages for (<ClientMessages page="…">). */
function pageNeeds(page: string): { read: Map<string, string>; sends: ClientPage[] } {
  const read = new Map<string, string>();
  const sends: ClientPage[] = [];
  const seen = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const inClient = client || isClient(file);
    if (seen.has(`${file}:${inClient}`)) return;
    seen.add(`${file}:${inClient}`);
    if (inClient) for (const message of messagesReadBy(file)) read.set(message, file);
    else
      walk(parse(file), (node) => {
        if (
          (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
          node.tagName.getText() === "ClientMessages"
        ) {
          for (const attribute of node.attributes.properties) {
            if (ts.isJsxAttribute(attribute) && attribute.initializer && ts.isStringLiteral(attribute.initializer)) {
              sends.push(attribute.initializer.text as ClientPage);
            }
          }
        }
      });
    for (const next of importsOf(file)) visit(next, inClient);
  };
  visit(page, false);
  return { read, sends };
}

const covers = (sent: readonly string[], message: string) =>
  sent.some((path) => message === path || message.startsWith(`${path}.`));

const PAGES = filesUnder("app").filter(
  (file) => /(^|\/)(page|error|not-found)\.tsx$/.test(file) && !file.startsWith("app/bench/"),
);

describe("the messages a page sends its browser", () => {
  it.each(PAGES)("%s sends what its client components read", (page) => {
    const { read, sends } = pageNeeds(page);
    const sent = [...SHELL_MESSAGES, ...sends.flatMap((name) => PAGE_MESSAGES[name])];
    const missing = [...read].filter(([message]) => !covers(sent, message)).map(([m, file]) => `${m} (${file})`);
    expect(missing).toEqual([]);
  });

  it("sends no page's messages that none of its client components read", () => {
    const unread: string[] = [];
    for (const page of PAGES) {
      const { read, sends } = pageNeeds(page);
      for (const name of sends) {
        for (const path of PAGE_MESSAGES[name]) {
          if (![...read.keys()].some((message) => covers([path], message) || covers([message], path))) {
            unread.push(`${page}: ${path}`);
          }
        }
      }
    }
    expect(unread).toEqual([]);
  });

  it("keeps the root layout's own client components within the shell's messages", () => {
    const { read } = pageNeeds("app/layout.tsx");
    expect([...read.keys()].filter((message) => !covers(SHELL_MESSAGES, message))).toEqual([]);
  });
});
