// Every message is said somewhere: a key that no code names is a message no one reads (or a key
// the code misspells, which the typecheck already catches). A key counts as named when the code
// has its whole path as a string ("errors.week.notOwner", as say() and full-path t() calls write
// it), when one file names a namespace and the rest of the path (getTranslations("week.audit") and
// t("title")), or when a file reads it from an imported messages file (englishGrid.csv.yes).
// Keys chosen at run time by a code (t(`status.${status}`)) are listed below with the list of
// codes they come from, and must match it exactly: a code without words, or words without a code,
// fail.
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { CHOICES, NOT_FOUND_THINGS, TEXT_THINGS } from "@/lib/schemas/things";
import { SIGN_IN_ERRORS } from "@/lib/sign-in-errors";
import { AUDIT_ACTIONS, AUDIT_DETAIL_KEYS } from "@/lib/worklog/audit";
import { CSV_COLUMNS } from "@/lib/worklog/grid-csv";
import { IMPORT_ACTIONS } from "@/lib/worklog/import/types";
import { GRID_STATUSES, ROLES } from "@/lib/worklog/status";
import { WORKLOG_LANGS } from "@/lib/worklog/week";
import { filesUnder, parse, walk } from "./sources";
import { PROGRAM_COLUMNS } from "@/components/program/columns";
import { NOTIFICATION_KINDS } from "@/lib/worklog/notifications/kinds";
import { KIND_PARTS } from "@/lib/worklog/notifications/facts";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [path] : leaves(value, path);
  });
}

/** Keys chosen at run time, under each prefix: exactly one per code of their source of truth. */
const DYNAMIC: Record<string, readonly string[]> = {
  "common.status": GRID_STATUSES,
  "common.statusPhrase": GRID_STATUSES,
  "common.role": ROLES,
  "audit.verb": Object.keys(AUDIT_ACTIONS),
  "audit.detail": AUDIT_DETAIL_KEYS,
  "grid.csv.columns": CSV_COLUMNS,
  "errors.things": NOT_FOUND_THINGS,
  "validation.what": TEXT_THINGS,
  "validation.choose": CHOICES,
  "auth.errors": [...SIGN_IN_ERRORS, "other"],
  "import.preview.action": IMPORT_ACTIONS,
  "import.preview.lang": WORKLOG_LANGS,
  "program.columns": PROGRAM_COLUMNS,
  "notifications.kinds": NOTIFICATION_KINDS.flatMap((kind) => KIND_PARTS.map((part) => `${kind}.${part}`)),
};

const CODE = filesUnder("app", "components", "lib", "scripts", "proxy.ts", "instrumentation.ts");

/** The namespace a messages file holds (messages/en/import-problems.json → importProblems). */
const namespaceOf = (file: string) =>
  (/messages\/en\/([\w-]+)\.json$/.exec(file)?.[1] ?? "").replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/**
 * A property chain as a key path: rooted at an imported messages file (englishGrid.csv.yes →
 * grid.csv.yes), or at anything else by its names after the root (WORDS[locale].outage.unavailable →
 * outage.unavailable), which reads a whole subtree of the messages.
 */
function chainOf(node: ts.Node, aliases: Map<string, string>): string | null {
  if (ts.isIdentifier(node)) return aliases.get(node.text) ?? "";
  if (ts.isPropertyAccessExpression(node)) {
    const base = chainOf(node.expression, aliases);
    if (base === null) return null;
    return base ? `${base}.${node.name.text}` : node.name.text;
  }
  return ts.isElementAccessExpression(node) || ts.isCallExpression(node) ? "" : null;
}

/** The strings of one file, and the message paths it reads from imported messages files. */
function namesIn(file: string): { strings: Set<string>; read: Set<string> } {
  const source = parse(file);
  const strings = new Set<string>();
  const read = new Set<string>();
  const aliases = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const namespace = namespaceOf(statement.moduleSpecifier.text);
    const alias = statement.importClause?.name?.text;
    if (namespace && alias) aliases.set(alias, namespace);
  }
  walk(source, (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.add(node.text);
    if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const chain = chainOf(node, aliases);
      if (chain?.includes(".")) read.add(chain);
    }
  });
  return { strings, read };
}

const files = CODE.map(namesIn);
const everywhere = new Set(files.flatMap((f) => [...f.strings]));

function isNamed(key: string): boolean {
  if (everywhere.has(key)) return true;
  const parts = key.split(".");
  return files.some(({ strings, read }) => {
    for (let i = 1; i < parts.length; i++) {
      const head = parts.slice(0, i).join(".");
      if (read.has(head) && i > 1) return true;
      if (strings.has(head) && strings.has(parts.slice(i).join("."))) return true;
    }
    return read.has(key);
  });
}

const keys = leaves(MESSAGES.en as unknown as Tree);

describe("every message is used", () => {
  it("is named by the code", () => {
    const dynamic = Object.keys(DYNAMIC);
    const unused = keys.filter((key) => !dynamic.some((prefix) => key.startsWith(`${prefix}.`)) && !isNamed(key));
    expect(unused).toEqual([]);
  });

  it.each(Object.entries(DYNAMIC))("%s has words for exactly the codes it is chosen from", (prefix, codes) => {
    const under = keys.filter((key) => key.startsWith(`${prefix}.`)).map((key) => key.slice(prefix.length + 1));
    expect([...under].sort()).toEqual([...codes].sort());
  });
});
