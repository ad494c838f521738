// What may go into a page that Hugo renders with raw HTML on (FCJ sites set goldmark's `unsafe`, and
// with it goldmark also stops filtering dangerous link URLs): an allowlist, not a blocklist. HTML may
// use only the tags FCJ pages use, without attributes, and links to web or mail addresses; Markdown
// links and images may point only there too. HTML is read by sanitize-html's parser (htmlparser2, one
// pass over the text), which decodes entities in attributes as a browser does, so `java&#9;script:`
// is seen as what it is. Used by the editors' schemas and by import.
import type { Node } from "mdast";
import sanitizeHtml from "sanitize-html";
import { tooDeeplyNested } from "./page-shape";
import { markdownTree } from "./tree";

/** The HTML tags worklog pages use (`<br>` between a day's tasks, `<b>` in the menu's `pre`). */
export const ALLOWED_TAGS = ["br", "b", "i", "em", "strong", "code", "sup", "sub", "a"] as const;

const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * A URL with no scheme (relative) or a web or mail scheme, read as a browser reads it: tabs and
 * newlines anywhere and control characters or spaces at the ends do not count.
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  if (cleaned.startsWith("//") || cleaned.startsWith("\\\\")) return false; // another host, scheme-relative
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** The first tag or attribute of this HTML that the allowlist refuses ("<img>", `href="javascript:…"`), or null. */
export function disallowedHtml(html: string): string | null {
  let found: string | null = null;
  sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: [...SAFE_SCHEMES],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    onOpenTag: (name, attributes) => {
      if (found) return;
      if (!(ALLOWED_TAGS as readonly string[]).includes(name)) {
        found = `<${name}>`;
        return;
      }
      for (const [attribute, value] of Object.entries(attributes)) {
        if (name !== "a" || attribute !== "href") found ??= `<${name} ${attribute}>`;
        else if (!isSafeUrl(value)) found ??= `href="${snippet(value)}"`;
      }
    },
  });
  return found;
}

export interface UnsafeContent {
  line?: number;
  /** "nesting": quotes or lists nested deeper than any worklog does (MAX_NESTING), which the parser cannot take. */
  kind: "link" | "html" | "nesting";
  /** The HTML or the URL as written (shortened). */
  snippet: string;
  /** For HTML: the tag or attribute the allowlist refuses. */
  refused?: string;
}

/** The first link with an unsafe scheme, or HTML beyond the allowlist, in this Markdown; or null. */
export function findUnsafeContent(markdown: string): UnsafeContent | null {
  // HTML needs a "<", and a link with a scheme of its choosing a "<" or a "[" (GFM's bare autolinks
  // are web and mail addresses only): text with neither needs no parse.
  if (!markdown.includes("<") && !markdown.includes("[")) return null;
  const deep = tooDeeplyNested(markdown);
  if (deep) return { line: deep, kind: "nesting", snippet: "" };
  // Depth-first with a stack of our own: a page of 10,000 nested quotes must not overflow the call stack.
  type Visited = Node & { children?: Node[]; value?: unknown; url?: unknown };
  const pending: Visited[] = [markdownTree(markdown)];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const line = node.position?.start.line;
    if (node.type === "html" && typeof node.value === "string") {
      const refused = disallowedHtml(node.value);
      if (refused) return { line, kind: "html", snippet: snippet(node.value), refused };
      continue;
    }
    const linking = node.type === "link" || node.type === "image" || node.type === "definition";
    if (linking && typeof node.url === "string" && !isSafeUrl(node.url)) {
      return { line, kind: "link", snippet: snippet(node.url) };
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return null;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
