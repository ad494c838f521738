// What may not go into a page that Hugo renders with raw HTML on (FCJ sites set goldmark's
// `unsafe`, and with it goldmark also stops filtering dangerous link URLs): links other than web
// and mail, and HTML that can run script. Used by the editors' schemas and by import.
import type { Node } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

const SCRIPTABLE_HTML =
  /<\s*\/?\s*(?:script|iframe|frame|frameset|object|embed|applet|style|link|meta|base|form|input|button|textarea|select|svg|math|template|noscript)\b|<[^>]*\son[a-z]+\s*=|(?:java|vb)script\s*:|data\s*:\s*text\/html/i;

const parser = unified().use(remarkParse).use(remarkGfm);

/** A URL with no scheme (relative) or a web or mail scheme. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(decodeHtmlEntities(url).replace(/[\u0000-\u0020]/g, ""))?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** Numeric and the few named entities that can hide a scheme or a tag (`javascript&#58;`, `&lt;`). */
export function decodeHtmlEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(
      /&(colon|tab|newline|lt|gt|quot|apos|amp);/gi,
      (_, name: string) =>
        ({ colon: ":", tab: "\t", newline: "\n", lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[
          name.toLowerCase()
        ]!,
    );
}

/** HTML that could run script, even written with entities. */
export function isScriptableHtml(html: string): boolean {
  return SCRIPTABLE_HTML.test(html) || SCRIPTABLE_HTML.test(decodeHtmlEntities(html));
}

export interface UnsafeContent {
  line?: number;
  kind: "link" | "html";
  snippet: string;
}

/** The first link with an unsafe scheme or scriptable HTML in this Markdown, or null. */
export function findUnsafeContent(markdown: string): UnsafeContent | null {
  let found: UnsafeContent | null = null;
  const visit = (node: Node & { children?: Node[]; value?: unknown; url?: unknown }) => {
    if (found) return;
    const line = node.position?.start.line;
    if (node.type === "html" && typeof node.value === "string" && isScriptableHtml(node.value)) {
      found = { line, kind: "html", snippet: snippet(node.value) };
      return;
    }
    if (
      (node.type === "link" || node.type === "image" || node.type === "definition") &&
      typeof node.url === "string" &&
      !isSafeUrl(node.url)
    ) {
      found = { line, kind: "link", snippet: snippet(node.url) };
      return;
    }
    node.children?.forEach(visit);
  };
  visit(parser.parse(markdown));
  return found;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
