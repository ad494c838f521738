import "server-only";
// Pages are exported to Hugo sites that render raw HTML (FCJ sites set goldmark's `unsafe`), and the
// parser keeps extra sections verbatim. So a page with HTML that can run script, or a link with a
// script URL, is refused at import with the line to fix, rather than stored and shipped later.
// Harmless HTML (<br>, <b>) is fine: the app shows it as text and export escapes it in cells.
import type { Node } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const SCRIPTABLE_HTML =
  /<\s*\/?\s*(?:script|iframe|frame|frameset|object|embed|applet|style|link|meta|base|form|input|button|textarea|select|svg|math|template|noscript)\b|<[^>]*\son[a-z]+\s*=|(?:java|vb)script\s*:|data\s*:\s*text\/html/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

const parser = unified().use(remarkParse).use(remarkGfm);

/** Why this page may not be imported, or null when it is safe to store and export. */
export function unsafeContentIn(markdown: string): string | null {
  const page = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const frontMatter = /^---[ \t]*\n([\s\S]*?)\n-{3,}[ \t]*(?:\n|$)/.exec(page)?.[1];
  if (frontMatter && SCRIPTABLE_HTML.test(frontMatter)) {
    return "The front matter holds HTML that could run a script in your Hugo site (the menu shows `pre` as HTML). Remove it and import again.";
  }
  let problem: string | null = null;
  const visit = (node: Node & { children?: Node[]; value?: unknown; url?: unknown }) => {
    if (problem) return;
    const line = node.position?.start.line;
    const where = line ? `Line ${line}` : "The page";
    // Raw HTML only: text (&lt;script&gt;, `code`) reaches Hugo escaped.
    if (node.type === "html" && typeof node.value === "string" && SCRIPTABLE_HTML.test(node.value)) {
      problem = `${where} holds HTML that could run a script (${snippet(node.value)}). Worklog does not import it, and Hugo would run it on your site: remove it, or put it in \`backticks\` to show it as code.`;
      return;
    }
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && typeof node.url === "string" && !safeUrl(node.url)) {
      problem = `${where} links to "${snippet(node.url)}". Only web (http, https) and mailto links are imported: change the link and import again.`;
      return;
    }
    node.children?.forEach(visit);
  };
  visit(parser.parse(page));
  return problem;
}

function safeUrl(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
