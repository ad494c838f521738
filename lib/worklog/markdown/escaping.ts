/**
 * How week text is written into Markdown, and read back.
 *
 * Text in the domain is inline Markdown (`**bold**` stays bold), but a few characters would
 * break the page or inject HTML, so we escape exactly those, and import undoes exactly that
 * escaping. Encoding and decoding are inverse functions, so round trips are exact:
 *
 * - `<` becomes `&lt;` unless it starts a web or mail autolink (`<https://...>`) or a plain formatting tag
 *   without attributes (`<b>`, `</em>`...). So `<script>`, `<img onerror=...>` and a literal
 *   `<br>` (which would split a task cell) stay text.
 * - `&` becomes `&amp;` only where it would otherwise read as one of our escapes (`&lt;`,
 *   `&amp;`, `&#10;`). Import decodes every `&amp;`, so "AT&amp;T" imports as "AT&T".
 * - In table cells, `|` becomes `\|`. Backslashes right before a pipe are doubled so that the
 *   pipe stays escaped (GFM reads `\\|` as a backslash and a cell border).
 * - In table cells a line break becomes `&#10;` (a row must stay on one line).
 */

// Regular expressions here avoid backtracking over long runs (a 1 MB cell of spaces or
// backslashes must not hang the import).
const KEPT_OR_ESCAPED =
  /<(?:(?:https?|mailto):[^\s<>]*>|[^\s<>@]+@[^\s<>@]+>|\/?(?:b|i|em|strong|u|s|code|sub|sup|mark|kbd)>)?/gi;

type Context = "table" | "block";

export function encodeText(text: string, context: Context): string {
  const ampersands = text.replace(context === "table" ? /&(?=lt;|amp;|#10;)/g : /&(?=lt;|amp;)/g, "&amp;");
  // Autolinks and attribute-free formatting tags stay; any other "<" becomes "&lt;".
  const html = ampersands.replace(KEPT_OR_ESCAPED, (match) => (match.length > 1 ? match : "&lt;"));
  if (context === "block") return html;
  return html
    .replace(/\r\n|\r|\n/g, "&#10;")
    .replace(/(?<!\\)(\\*)\|/g, (_, run: string) => `${"\\".repeat(run.length * 2 + 1)}|`);
}

export function decodeText(markdown: string, context: Context): string {
  const pipes =
    context === "table"
      ? markdown.replace(/(?<!\\)(\\+)\|/g, (_, run: string) => `${"\\".repeat(run.length >> 1)}|`)
      : markdown;
  const entities = context === "table" ? /&(amp|lt|#10);/g : /&(amp|lt);/g;
  return pipes.replace(entities, (_, name: string) => (name === "amp" ? "&" : name === "lt" ? "<" : "\n"));
}

/**
 * Inside a task cell a chunk that starts with a bullet or an indent (`&emsp;`) means
 * "task" or "sub-item". Text that happens to start that way gets a backslash in front when it
 * is written without a bullet of its own; import drops exactly one such backslash.
 */
const LEADER = /^(?:[-*+•][ \t]|&emsp;|&ensp;|&nbsp;|[\u2002\u2003\u00a0])/;

export function escapeLeader(markdown: string): string {
  return LEADER.test(markdown.replace(/^\\+/, "")) ? `\\${markdown}` : markdown;
}

export function unescapeLeader(markdown: string): string {
  return /^\\/.test(markdown) && LEADER.test(markdown.replace(/^\\+/, "")) ? markdown.slice(1) : markdown;
}

const isSpace = (char: string | undefined) => char === " " || char === "\t";

/** Drops spaces and tabs (not other whitespace: a leading em space means something in a cell). */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

/** The spaces and tabs a text ends with. */
export function trailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return text.slice(end);
}

/**
 * Splits a cell at its line breaks (`<br>`, `<br/>`, `<br />`), keeping each separator as
 * written, spaces around it included.
 */
export function splitCellLines(cell: string): { lines: string[]; separators: string[] } {
  const lines: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const match of cell.matchAll(/<br\s*\/?>/gi)) {
    let from = match.index;
    let to = match.index + match[0].length;
    while (from > last && isSpace(cell[from - 1])) from--;
    while (to < cell.length && isSpace(cell[to])) to++;
    lines.push(cell.slice(last, from));
    separators.push(cell.slice(from, to));
    last = to;
  }
  lines.push(cell.slice(last));
  return { lines, separators };
}
