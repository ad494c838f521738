// What a page must look like before the Markdown parser reads it, checked in one pass. The parser
// (micromark, under remark) spends tens of microseconds on each mark it reads inline (`*`, `_`, `[`,
// `|`, …) and more than linear time on runs of them within a paragraph, and recurses once per level
// of nesting: a 100 KB page of `*a_` took minutes. Real worklog pages hold a few hundred marks (the
// FCJ week page: 165) and nest two or three deep, so a page far past that is refused before it is
// parsed, saying why. Control characters are refused here too: no page Worklog writes holds one.

/** Worklogs nest a list or a quote two or three deep; the Markdown parser recurses once a level. */
export const MAX_NESTING = 20;

/** Marks read inline, counted over the whole page: 18 times the largest real page's. */
export const MAX_MARKS = 3_000;

/** The marks that start inline constructs: emphasis, strikethrough, links, code, HTML, entities, table cells. */
const MARKS = new Set([..."*_~[]`<&|"].map((c) => c.charCodeAt(0)));

export type PageShapeProblem =
  { kind: "control"; line: number } | { kind: "nesting"; line: number } | { kind: "marks"; marks: number };

/** C0 controls other than tab, newline and carriage return, and DEL. */
function isControl(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127;
}

/** Why the parser must not read this page (the first problem found), or null. One pass over the text. */
export function pageShapeProblem(text: string): PageShapeProblem | null {
  let marks = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (isControl(c)) return { kind: "control", line };
    else if (MARKS.has(c)) marks++;
  }
  const deep = tooDeeplyNested(text);
  if (deep) return { kind: "nesting", line: deep };
  return marks > MAX_MARKS ? { kind: "marks", marks } : null;
}

/**
 * The first line (1-based) that opens more than MAX_NESTING quotes or list items at its start
 * ("> > > …", "- - - …", "1. 1. …") or is indented past MAX_NESTING levels, or 0. One pass.
 */
export function tooDeeplyNested(markdown: string): number {
  let line = 1;
  let depth = 0;
  let indent = 0;
  let atStart = true;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 10) {
      line++;
      depth = 0;
      indent = 0;
      atStart = true;
      continue;
    }
    if (!atStart) continue;
    if (c === 32 || c === 9) {
      // Lists nested by indentation, one level a line: as deep as the indentation is long.
      if (++indent > MAX_NESTING * 4) return line;
      continue;
    }
    let end = i;
    while (end < markdown.length && markdown.charCodeAt(end) >= 48 && markdown.charCodeAt(end) <= 57) end++;
    const digits = end > i;
    const marker = digits ? markdown[end] === "." || markdown[end] === ")" : ">*+-".includes(markdown[i]!);
    const after = markdown.charCodeAt(digits ? end + 1 : i + 1);
    if (marker && (c === 62 || Number.isNaN(after) || after === 32 || after === 9 || after === 10)) {
      if (++depth > MAX_NESTING) return line;
      i = digits ? end : i;
    } else atStart = false;
  }
  return 0;
}
