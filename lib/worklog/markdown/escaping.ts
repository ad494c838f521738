/**
 * How week text is written into Markdown, and read back.
 *
 * Text in the domain is inline Markdown (`**bold**` stays bold), but a few characters would
 * break the page or inject HTML, so we escape exactly those, and import undoes exactly that
 * escaping. Encoding and decoding are inverse functions, so round trips are exact:
 *
 * - `<` becomes `&lt;` unless it starts an autolink (`<https://...>`) or a plain formatting tag
 *   without attributes (`<b>`, `</em>`...). So `<script>`, `<img onerror=...>` and a literal
 *   `<br>` (which would split a task cell) stay text.
 * - `&` becomes `&amp;` only where it would otherwise read as one of our escapes (`&lt;`,
 *   `&amp;`, `&#10;`). Import decodes every `&amp;`, so "AT&amp;T" imports as "AT&T".
 * - In table cells, `|` becomes `\|`. Backslashes right before a pipe are doubled so that the
 *   pipe stays escaped (GFM reads `\\|` as a backslash and a cell border).
 * - In table cells a line break becomes `&#10;` (a row must stay on one line).
 */

const AUTOLINK = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)>/i;
const FORMATTING_TAG = /^<\/?(?:b|i|em|strong|u|s|code|sub|sup|mark|kbd)>/i;

type Context = "table" | "block";

export function encodeText(text: string, context: Context): string {
  const ampersandsEscaped = text.replace(context === "table" ? /&(?=lt;|amp;|#10;)/g : /&(?=lt;|amp;)/g, "&amp;");
  let html = "";
  for (let i = 0; i < ampersandsEscaped.length; i++) {
    const char = ampersandsEscaped[i];
    if (char !== "<") {
      html += char;
      continue;
    }
    const rest = ampersandsEscaped.slice(i);
    const kept = AUTOLINK.exec(rest)?.[0] ?? FORMATTING_TAG.exec(rest)?.[0];
    if (kept) {
      html += kept;
      i += kept.length - 1;
    } else {
      html += "&lt;";
    }
  }
  if (context === "block") return html;
  return html.replace(/\r\n|\r|\n/g, "&#10;").replace(/(\\*)\|/g, (_, run: string) => `${"\\".repeat(run.length * 2 + 1)}|`);
}

export function decodeText(markdown: string, context: Context): string {
  const pipes = context === "table" ? markdown.replace(/(\\+)\|/g, (_, run: string) => `${"\\".repeat(run.length >> 1)}|`) : markdown;
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

/** `<br>`, `<br/>`, `<br />` and the spaces around them: what separates lines inside a cell. */
export const LINE_BREAK = /[ \t]*<br\s*\/?>[ \t]*/gi;

/** Splits a cell at its line breaks, keeping the separators as written. */
export function splitCellLines(cell: string): { lines: string[]; separators: string[] } {
  const lines: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const match of cell.matchAll(LINE_BREAK)) {
    lines.push(cell.slice(last, match.index));
    separators.push(match[0]);
    last = match.index + match[0].length;
  }
  lines.push(cell.slice(last));
  return { lines, separators };
}
