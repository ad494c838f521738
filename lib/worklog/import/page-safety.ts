// Pages are exported to Hugo sites that render raw HTML (FCJ sites set goldmark's `unsafe`), and the
// parser keeps extra sections verbatim. So a page with HTML beyond the allowlist, or a link that is
// not a web or mail link, is refused at import with the line to fix, rather than stored and shipped
// later (lib/worklog/markdown/safety.ts). The HTML worklogs use (<br>, <b>) is fine.
import { say } from "@/lib/i18n/said";
import { readFrontMatter, splitFrontMatter } from "@/lib/worklog/markdown/front-matter";
import { MAX_MARKS, MAX_NESTING, pageShapeProblem } from "@/lib/worklog/markdown/page-shape";
import { ALLOWED_TAGS, disallowedHtml, findUnsafeContent } from "@/lib/worklog/markdown/safety";

const ALLOWED = ALLOWED_TAGS.map((tag) => `<${tag}>`).join(", ");

/** Every string in the front matter's values, as Hugo reads them (YAML escapes decoded). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

function frontMatterProblem(yaml: string): string | null {
  const { values } = readFrontMatter(yaml);
  const refused = strings(values)
    .map(disallowedHtml)
    .find((found) => found !== null);
  return refused ? say("importProblems.frontMatter.html", { refused, allowed: ALLOWED }) : null;
}

const normalised = (markdown: string) => markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/**
 * Why the parser must not read this page (a control character, nesting or marks far past any
 * worklog's: lib/worklog/markdown/page-shape.ts), or null. Linear in the page; run before parsing.
 */
export function misshapenPage(markdown: string): string | null {
  const problem = pageShapeProblem(normalised(markdown));
  if (!problem) return null;
  if (problem.kind === "marks") return say("importProblems.shape.marks", { marks: problem.marks, max: MAX_MARKS });
  if (problem.kind === "control") return say("importProblems.shape.control", { line: problem.line });
  return say("importProblems.shape.nesting", { line: problem.line, max: MAX_NESTING });
}

/** Why this page may not be imported, or null when it is safe to store and export. */
export function unsafeContentIn(markdown: string): string | null {
  const page = normalised(markdown);
  let body = page;
  try {
    const split = splitFrontMatter(page);
    body = split.body;
    const problem = split.yaml === undefined ? null : frontMatterProblem(split.yaml);
    if (problem) return problem;
  } catch {
    // Malformed front matter is reported by the parser with its own message.
  }
  const unsafe = findUnsafeContent(body);
  if (!unsafe) return null;
  // Lines of the page, not of the body after the front matter.
  const offset = page.endsWith(body) ? page.slice(0, page.length - body.length).split("\n").length - 1 : 0;
  const where = unsafe.line
    ? say("importProblems.safety.line", { line: unsafe.line + offset })
    : say("importProblems.safety.thePage");
  if (unsafe.kind === "nesting") {
    return say("importProblems.shape.nesting", { line: unsafe.line ? unsafe.line + offset : 1, max: MAX_NESTING });
  }
  return unsafe.kind === "html"
    ? say("importProblems.safety.html", {
        where,
        snippet: unsafe.snippet,
        refused: unsafe.refused ?? "",
        allowed: ALLOWED,
      })
    : say("importProblems.safety.link", { where, snippet: unsafe.snippet });
}
