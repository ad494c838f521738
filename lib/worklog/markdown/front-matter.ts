/**
 * Hugo front matter: the YAML between the `---` fences at the top of the page.
 * Imported pages keep their YAML text, so export changes only the values that changed
 * (key order, quoting and comments survive).
 */
import { isMap, isScalar, parseDocument, stringify, type Document } from "yaml";
import type { WorklogFrontMatter, WorklogLang } from "@/lib/worklog/week";
import { WorklogParseError } from "./errors";
import { TEMPLATES } from "./vocabulary";
import { say } from "@/lib/i18n/said";

export interface SplitPage {
  yaml?: string;
  /** Closing fence as written; some pages have "-----" after a formatter ran. */
  fence?: string;
  body: string;
}

/** The template's front matter for week `number`: what a page without one gets. */
export function defaultFrontMatter(number: number, lang: WorklogLang): WorklogFrontMatter {
  // The fixture page says weight 1 (a template leftover shared by every week); Hugo orders the
  // menu by weight, then date, then title ("Week 10" before "Week 2"), so the week number it is.
  return { title: TEMPLATES[lang].title(number), weight: number, chapter: false, pre: ` <b> 1.${number}. </b> ` };
}

const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(-{3,})[ \t]*(?:\n|$)/;

export function splitFrontMatter(page: string): SplitPage {
  if (/^\+\+\+[ \t]*\n/.test(page)) {
    throw new WorklogParseError("invalid-front-matter", say("importProblems.frontMatter.toml"));
  }
  const match = FRONT_MATTER.exec(page);
  if (!match) return { body: page };
  return { yaml: match[1] ?? "", fence: match[2] ?? "---", body: page.slice(match[0].length) };
}

const KNOWN_KEYS = ["title", "date", "weight", "chapter", "pre"] as const;
type KnownKey = (typeof KNOWN_KEYS)[number];

function knownKey(key: string): KnownKey | undefined {
  return KNOWN_KEYS.find((known) => known === key.toLowerCase());
}

function parseYaml(yaml: string): Document {
  const doc = parseDocument(yaml);
  const error = doc.errors[0];
  if (error) {
    const problem = (error.message.split("\n")[0] ?? "").replace(/:$/, "");
    throw new WorklogParseError("invalid-front-matter", say("importProblems.frontMatter.invalidYaml", { problem }));
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new WorklogParseError("invalid-front-matter", say("importProblems.frontMatter.notKeyValue"));
  }
  return doc;
}

/** Front-matter values as written; keys are matched case-insensitively ("Title:" happens). */
export function readFrontMatter(yaml: string): { values: Partial<WorklogFrontMatter>; warnings: string[] } {
  // Through JSON so that whatever YAML holds (binary, NaN...) is storable in a JSON column.
  const data: unknown = JSON.parse(JSON.stringify(parseYaml(yaml).toJS() ?? {}));
  const values: Partial<WorklogFrontMatter> = {};
  const extra: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const known = knownKey(key);
    if (!known || values[known] !== undefined || value === null) {
      extra[key] = value;
    } else if (known === "weight" && typeof value === "number") {
      values.weight = value;
    } else if (known === "chapter" && typeof value === "boolean") {
      values.chapter = value;
    } else if (known === "title" || known === "date" || known === "pre") {
      values[known] = typeof value === "object" ? JSON.stringify(value) : String(value);
    } else {
      extra[key] = value;
      warnings.push(say("importProblems.warnings.frontMatterValue", { line: `${key}: ${String(value)}` }));
    }
  }
  if (values.date !== undefined && !isHugoDate(values.date)) {
    warnings.push(say("importProblems.warnings.frontMatterDate", { date: values.date }));
  }
  if (Object.keys(extra).length > 0) values.extra = extra;
  return { values, warnings };
}

/** What Hugo reads as a date: 2025-09-09, or an ISO timestamp. */
function isHugoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function ordered(frontMatter: Partial<WorklogFrontMatter>): Record<string, unknown> {
  const { extra, ...known } = frontMatter;
  const result: Record<string, unknown> = {};
  for (const key of KNOWN_KEYS) if (known[key] !== undefined) result[key] = known[key];
  return { ...result, ...extra };
}

/** The template's style: every string double-quoted, as in `title: "Week 5 Worklog"`. */
export function writeStandardFrontMatter(frontMatter: WorklogFrontMatter): string {
  return stringify(ordered(frontMatter), {
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "PLAIN",
    lineWidth: 0,
  }).trimEnd();
}

/** Writes `frontMatter` into the YAML an imported page had, touching only what changed. */
export function writeFrontMatterInto(yaml: string, frontMatter: WorklogFrontMatter): string {
  const doc = parseYaml(yaml);
  const { values } = readFrontMatter(yaml);
  if (sameValue(ordered(values), ordered(frontMatter))) return yaml;
  const current = (doc.toJS() ?? {}) as Record<string, unknown>;
  const map = isMap(doc.contents) ? doc.contents : (doc.contents = doc.createNode({}));
  const keyNames = map.items.map((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)));
  const wanted = ordered(frontMatter);

  for (const name of keyNames) {
    const target = knownKey(name) ?? name;
    if (!(target in wanted)) map.delete(name);
  }
  for (const [key, value] of Object.entries(wanted)) {
    const name = keyNames.find((existing) => (knownKey(existing) ?? existing) === key) ?? key;
    const node = map.get(name, true);
    if (node !== undefined && sameValue(current[name], value)) continue;
    if (isScalar(node) && typeof node.value === typeof value) {
      node.value = value; // keeps the quoting style of the page
    } else {
      const created = doc.createNode(value);
      if (isScalar(created) && typeof value === "string") created.type = "QUOTE_DOUBLE";
      map.set(name, created);
    }
  }
  // The YAML printer drops blank lines before the first key; the page had them.
  const leadingBlankLines = /^(?:[ \t]*\n)*/.exec(yaml)?.[0] ?? "";
  return leadingBlankLines + doc.toString({ lineWidth: 0 }).trimEnd();
}
