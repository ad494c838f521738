// Pages are exported to Hugo sites that render raw HTML (FCJ sites set goldmark's `unsafe`), and the
// parser keeps extra sections verbatim. So a page with HTML that can run script, or a link with a
// script URL, is refused at import with the line to fix, rather than stored and shipped later.
// Harmless HTML (<br>, <b>) is fine: the app shows it as text and export escapes it in cells.
import { findUnsafeContent, isScriptableHtml } from "@/lib/worklog/markdown/safety";
import { readFrontMatter, splitFrontMatter } from "@/lib/worklog/markdown/front-matter";

/** Why this page may not be imported, or null when it is safe to store and export. */
export function unsafeContentIn(markdown: string): string | null {
  const page = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let body = page;
  try {
    const split = splitFrontMatter(page);
    body = split.body;
    if (split.yaml !== undefined) {
      // The values as Hugo reads them (YAML escapes decoded): the menu shows `pre` as HTML.
      const { values } = readFrontMatter(split.yaml);
      if (isScriptableHtml(split.yaml) || isScriptableHtml(JSON.stringify(values))) {
        return "The front matter holds HTML that could run a script in your Hugo site (the menu shows `pre` as HTML). Remove it and import again.";
      }
    }
  } catch {
    // Malformed front matter is reported by the parser with its own message.
  }
  const unsafe = findUnsafeContent(body);
  if (!unsafe) return null;
  // Lines of the page, not of the body after the front matter.
  const offset = page.endsWith(body) ? page.slice(0, page.length - body.length).split("\n").length - 1 : 0;
  const where = unsafe.line ? `Line ${unsafe.line + offset}` : "The page";
  return unsafe.kind === "html"
    ? `${where} holds HTML that could run a script (${unsafe.snippet}). Worklog does not import it, and Hugo would run it on your site: remove it, or put it in \`backticks\` to show it as code.`
    : `${where} links to "${unsafe.snippet}". Only web (http, https) and mailto links are imported: change the link and import again.`;
}
