// Text shaped as an attacker shapes it (issue 12): runs that make a Markdown parser or a check do
// more than linear work, tables and lines far larger than any worklog, and characters a page should
// not carry. Shared by tests/unit/adversarial-corpus.test.ts (what a person sees: refused with the
// limit named, or accepted and safe) and scripts/bench/hostile-input.ts (how long each takes at the
// limits). The editor forms these go into are in tests/adversarial-forms.ts.

/** How a limit counts: UTF-8 bytes (pages, uploads, request bodies) or UTF-16 characters (zod's `max`). */
export type Measure = (text: string) => number;
export const utf8Bytes: Measure = (text) => Buffer.byteLength(text, "utf8");
export const characters: Measure = (text) => text.length;

export interface HostileShape {
  key: string;
  /** What the text is, in words. */
  label: string;
  /** Text of this shape, as large as fits in `size` (measured by `measure`). */
  text: (size: number, measure?: Measure) => string;
}

/** The longest start of `text` that fits in `size`. */
function cut(text: string, size: number, measure: Measure): string {
  if (measure(text) <= size) return text;
  let low = 0;
  let high = Math.min(text.length, size);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, middle)) <= size) low = middle;
    else high = middle - 1;
  }
  return text.slice(0, low);
}

type Generate = (size: number, measure: Measure) => string;

/** A shape's text: what `generate` writes for `size`, cut to fit (a small size keeps a start of the shape). */
const fitted =
  (generate: Generate) =>
  (size: number, measure: Measure = utf8Bytes) =>
    cut(generate(size, measure), size, measure);

/** `unit` repeated past `size`, after `prefix` and before `suffix` (kept whole when they fit). */
function run(unit: string, prefix = "", suffix = ""): Generate {
  return (size, measure) => {
    const room = size - measure(prefix) - measure(suffix);
    const body = unit.repeat(Math.max(1, Math.ceil(room / measure(unit))));
    return `${prefix}${cut(body, Math.max(0, room), measure)}${suffix}`;
  };
}

/** Lines from `line(i)`, each ended by a newline, until they pass `size`. */
function lines(line: (i: number) => string, prefix = ""): Generate {
  return (size, measure) => {
    const out = [prefix];
    let used = measure(prefix);
    for (let i = 0; used <= size; i++) {
      const next = `${line(i)}\n`;
      out.push(next);
      used += measure(next);
    }
    return out.join("");
  };
}

/** Brackets opened as deep as fits around one word, then closed. */
const nestedBrackets: Generate = (size, measure) => {
  const depth = Math.max(0, Math.floor((size - measure("x")) / 2));
  return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
};

/** A table of `columns` columns: the header, its delimiter row and one row of cells. */
const wideTable: Generate = (size, measure) => {
  const heading = "### Tasks to be carried out this week:\n\n";
  const columns = Math.max(1, Math.floor((size - measure(heading) - 6) / measure(" c | - | x |")));
  const row = (cell: string) => `|${` ${cell} |`.repeat(columns)}\n`;
  return `${heading}${row("c")}${`|${" - |".repeat(columns)}\n`}${row("x")}`;
};

const PROSE_WORDS =
  "Studied the shared responsibility model, then practised IAM policies, roles and groups in the lab; wrote notes on KMS key rotation and Cognito user pools for the team project proposal."
    .split(" ")
    .map((word, i) => (i % 11 === 10 ? `${word}\n` : `${word} `))
    .join("");

const TASK_ROW =
  "| Mon | - Study Module 05-01 <br> - Lab | 06/10/2025 | 06/10/2025 | <https://cloudjourney.awsstudygroup.com/> |";
const SCRIPT_TRICKS = '<img src=x/onerror=alert(1)> <a href="java&#9;script:alert(1)">x</a> [x](javascript:alert(1)) ';
const TASK_TABLE =
  "### Tasks to be carried out this week:\n\n| Day | Task | Start Date | End Date | Reference Source |\n| --- | --- | --- | --- | --- |\n";

/** The shapes, in the order the bench prints them. */
export const SHAPES: HostileShape[] = [
  { key: "unclosed-lt", label: "unclosed < runs", generate: run("< ", "<div>\n") },
  { key: "nested-brackets", label: "nested brackets [[[x]]]", generate: nestedBrackets },
  { key: "bracket-run", label: "[ runs", generate: run("[") },
  { key: "star-run", label: "* runs", generate: run("*") },
  { key: "emphasis-mix", label: "mixed emphasis *a_ runs", generate: run("*a_") },
  { key: "entity-run", label: "entity runs &amp;&#9;…", generate: run("&amp;&#9;&emsp;&#x202E;&#0;&lt;b&gt;") },
  { key: "list-nesting", label: "deep list nesting (indented)", generate: lines((i) => `${"  ".repeat(i)}- item`) },
  { key: "list-markers", label: "nested list markers - - - x", generate: run("- ", "", "x") },
  { key: "quote-nesting", label: "nested quotes >>> x", generate: run(">", "", " x") },
  { key: "table-rows", label: "huge table, many rows", generate: lines(() => TASK_ROW, TASK_TABLE) },
  { key: "table-columns", label: "huge table, many columns", generate: wideTable },
  { key: "long-line", label: "one long line, no spaces", generate: run("ab") },
  { key: "prose", label: "one paragraph of prose", generate: run(PROSE_WORDS) },
  { key: "script-tricks", label: "script hidden in HTML and links", generate: run(SCRIPT_TRICKS) },
  { key: "nul", label: "NUL characters", generate: run("a\u0000") },
  { key: "control", label: "control characters (ESC, BEL, DEL)", generate: run("a\u0001\u0007\u001B[31m\u007F") },
  { key: "bidi", label: "bidi overrides U+202E, U+2066", generate: run("abc\u202Edcba\u202C \u2066x\u2069 ") },
].map(({ generate, ...rest }) => ({ ...rest, text: fitted(generate) }));

export function shape(key: string): HostileShape {
  const found = SHAPES.find((s) => s.key === key);
  if (!found) throw new Error(`No hostile shape "${key}".`);
  return found;
}

/** A worklog page of week `week` whose objectives section is `shape`, as large as fits in `bytes`. */
export function hostilePage(hostile: HostileShape, bytes: number, week = 5): string {
  const head = `---\ntitle: "Week ${week} Worklog"\n---\n\n### Week ${week} Objectives:\n\n`;
  return `${head}${hostile.text(bytes - utf8Bytes(head) - 1)}\n`;
}

/** Pages of `shape`, `pageBytes` each, weeks 1, 2, …: as many as fit in `uploadBytes`. */
export function hostileUpload(
  hostile: HostileShape,
  uploadBytes: number,
  pageBytes: number,
): { name: string; bytes: Uint8Array }[] {
  const count = Math.floor(uploadBytes / pageBytes);
  return Array.from({ length: count }, (_, i) => ({
    name: `week-${i + 1}-${hostile.key}.en.md`,
    bytes: new TextEncoder().encode(hostilePage(hostile, pageBytes, i + 1)),
  }));
}
