// The bench's hostile-input section (issue 12; BENCH_ONLY=hostile runs it alone): how long each shape
// of the adversarial corpus (tests/adversarial-corpus.ts) takes where a person's text arrives. In this
// process: every form's zod schema given 2 MB (one field, or its lists flooded), and its largest
// accepted form. Over HTTP on the bench's server: a page of each shape at the page limit and an upload
// at the upload limit, previewed by an intern through the real import route, then another's real page,
// while /api/health is polled throughout; a signed-out 2 MB server-action POST; and a signed-in save of
// the objectives form at its limits. Targets and the printed table: hostile-report.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { IMPORT_LIMITS } from "../../lib/schemas/import.ts";
import { ACTION_BODY_BYTES } from "../../lib/schemas/limits.ts";
import { characters, hostilePage, hostileUpload, SHAPES, type HostileShape } from "../../tests/adversarial-corpus.ts";
import { EDITOR_FORMS, type EditorForm } from "../../tests/adversarial-forms.ts";
import { repoRoot } from "../lib/paths.ts";
import type { BenchDatabase } from "./database.ts";
import { serverActionId } from "./endpoints.ts";
import { HealthWatch } from "./health-watch.ts";
import { actionHeaders, signedOutPosts, timedPost, type PostTimes } from "./hostile-posts.ts";
import type { Session } from "./people.ts";

/** A time and what it was of ("items", "day: tasks flooded"). */
export interface Timed {
  ms: number;
  of: string;
}

/** One import request: its status, time, what the preview said, and /api/health's slowest answer meanwhile. */
export interface ImportAnswer {
  status: number;
  ms: number;
  /** Files the preview refused (status "error"). */
  refused: number;
  outcome: string;
  healthMaxMs: number;
}

export interface ShapeResult {
  key: string;
  label: string;
  /** The slowest form given 2 MB of the shape. */
  forms2mb: Timed;
  /** The slowest form holding the shape at every limit (the largest form each accepts). */
  formsAtLimits: Timed;
  /** Each form at its limits, by form key (ms). */
  atLimitsByForm: Record<string, number>;
  page: ImportAnswer;
  upload: ImportAnswer;
  /** Another intern's real worklog page (tests/fixtures/fcj-week5.en.md) right after the shape's upload. */
  realPageAfter: ImportAnswer;
}

export interface HostileResult {
  /** A whole real worklog (12 weeks in two languages, from the fixtures) in one upload, by the other intern. */
  realWorklog: ImportAnswer & { pages: number };
  shapes: ShapeResult[];
  health: { polls: number; maxMs: number; failed: number };
  signedOut: PostTimes[];
  /** The slowest form at its limits, saved over HTTP by the signed-in intern: the server's validation in the open. */
  signedInAtLimits: { of: string; status: number; ms: number; healthMaxMs: number };
}

/** The fastest of three runs: the check's own cost, without the machine's noise. */
function timeCheck(form: EditorForm, input: unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    form.check(input);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const slowest = (times: Timed[]): Timed => times.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, of: "-" });

/** In this process: every form given 2 MB of the shape, and at its limits. */
function timeForms(hostile: HostileShape): Pick<ShapeResult, "forms2mb" | "formsAtLimits" | "atLimitsByForm"> {
  const big = hostile.text(ACTION_BODY_BYTES, characters);
  const text = (size: number) => hostile.text(size, characters);
  const twoMb: Timed[] = [];
  const atLimits: Timed[] = [];
  for (const form of EDITOR_FORMS) {
    for (const field of form.fields) {
      twoMb.push({ ms: timeCheck(form, field.form(big)), of: `${form.key}: ${field.path || "value"}` });
    }
    if (form.flooded) {
      const flooded = form.flooded.form(text, ACTION_BODY_BYTES);
      twoMb.push({ ms: timeCheck(form, flooded), of: `${form.key}: ${form.flooded.path} flooded` });
    }
    atLimits.push({ ms: timeCheck(form, form.atLimits(text), 1), of: form.key });
  }
  return {
    forms2mb: slowest(twoMb),
    formsAtLimits: slowest(atLimits),
    atLimitsByForm: Object.fromEntries(atLimits.map((t) => [t.of, t.ms])),
  };
}

type PreviewFiles = { status: string; message?: string }[];

/** What a preview said, in a few words: "1 ok", "10 over budget", "12 ok, 12 ignored", "HTTP 500". */
function outcomeOf(status: number, body: unknown): { refused: number; outcome: string } {
  const result = body as { formError?: string; data?: { files?: PreviewFiles } } | null;
  const files = result?.data?.files;
  if (status !== 200 || !files) {
    return { refused: NaN, outcome: `HTTP ${status}${result?.formError ? `: ${result.formError.slice(0, 40)}` : ""}` };
  }
  const count = (what: string) => files.filter((file) => file.status === what).length;
  const refused = files.filter((file) => file.status === "error");
  const reasons = [...new Set(refused.map((file) => reasonOf(file.message ?? "")))].join("/");
  const parts = [
    count("week") ? `${count("week")} ok` : "",
    refused.length ? `${refused.length} ${reasons}` : "",
    count("ignored") ? `${count("ignored")} ignored` : "",
  ];
  return { refused: refused.length, outcome: parts.filter(Boolean).join(", ") };
}

function reasonOf(message: string): string {
  if (/took more than/.test(message)) return "over budget";
  if (/HTML that Worklog|links to/.test(message)) return "unsafe";
  if (/not text/.test(message)) return "not text";
  if (/longer than|more than|larger than/.test(message)) return "over a limit";
  if (/could not be read/.test(message)) return "unreadable";
  if (/your cohort has/.test(message)) return "past the cohort";
  return message.slice(0, 24);
}

interface Requests {
  origin: string;
  /** Who sends the request. */
  intern: Session;
  database: BenchDatabase;
  health: HealthWatch;
}

/** The import form's preview of these files, as the browser posts it. */
async function preview(requests: Requests, files: { name: string; bytes: Uint8Array }[]): Promise<ImportAnswer> {
  const { origin, intern, database, health } = requests;
  // Imports are limited to 20 a minute per person: the bench sends more, and times the reading.
  await database.rows("DELETE FROM rate_limits");
  const form = new FormData();
  form.append("intent", "preview");
  form.append("mode", "skip");
  for (const file of files) form.append("files", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  const started = performance.now();
  let status = 0;
  let body: unknown = null;
  try {
    const response = await fetch(new URL("/import/upload", origin), {
      method: "POST",
      body: form,
      headers: { cookie: intern.cookie, "x-forwarded-for": intern.address, origin },
      signal: AbortSignal.timeout(120_000),
    });
    status = response.status;
    body = await response.json().catch(() => null);
  } catch {
    status = 0; // no answer within two minutes
  }
  const ended = performance.now();
  await health.settled();
  return { status, ms: ended - started, ...outcomeOf(status, body), healthMaxMs: health.maxMs(started, ended) };
}

/** A whole real worklog, as the limits count one: weeks 1 to 12 in English and Vietnamese, from the fixtures. */
function realWorklogFiles(): { name: string; bytes: Uint8Array }[] {
  const fixture = (name: string) => readFileSync(path.join(repoRoot, "tests", "fixtures", name), "utf8");
  const [english, vietnamese] = [fixture("fcj-week5.en.md"), fixture(path.join("import", "week5.vi.md"))];
  return Array.from({ length: 12 }, (_, i) => {
    const renumber = (text: string) =>
      text.replaceAll("Week 5", `Week ${i + 1}`).replaceAll(/[Tt]uần 5/g, (word) => `${word.slice(0, -1)}${i + 1}`);
    return [
      {
        name: `content/1-Worklog/1.${i + 1}-Week${i + 1}/_index.md`,
        bytes: new TextEncoder().encode(renumber(english)),
      },
      {
        name: `content/1-Worklog/1.${i + 1}-Week${i + 1}/_index.vi.md`,
        bytes: new TextEncoder().encode(renumber(vietnamese)),
      },
    ];
  }).flat();
}

/**
 * The objectives form at its limits (the form with the most text) in the shape slowest for it, saved
 * by the signed-in intern to a week that is not theirs: checked in full, then refused, nothing written.
 */
async function signedInAtLimits(requests: Requests, shapes: ShapeResult[]): Promise<HostileResult["signedInAtLimits"]> {
  const { origin, intern, health } = requests;
  const worst = shapes.reduce((a, b) => ((b.atLimitsByForm.items ?? 0) > (a.atLimitsByForm.items ?? 0) ? b : a));
  const hostile = SHAPES.find((s) => s.key === worst.key)!;
  const items = EDITOR_FORMS.find((f) => f.key === "items")!;
  const body = JSON.stringify([null, items.atLimits((size) => hostile.text(size, characters))]);
  const actionId = serverActionId("lib/server/actions/weeks.ts", "saveWeekItemsAction");
  const headers = { ...actionHeaders(origin, actionId, intern.cookie), "x-forwarded-for": intern.address };
  const started = performance.now();
  const { status, ms } = await timedPost(new URL("/", origin), headers, body);
  const ended = performance.now();
  await health.settled();
  return { of: `objectives, ${hostile.label}`, status, ms, healthMaxMs: health.maxMs(started, ended) };
}

export async function measureHostileInput(options: {
  origin: string;
  /** Sends the hostile pages and the signed-in save. */
  intern: Session;
  /** Another intern (on a 12-week bench cohort), who imports a whole real worklog and a real page after each hostile upload. */
  other: Session;
  database: BenchDatabase;
  log: (line: string) => void;
}): Promise<HostileResult> {
  const { origin, intern, other, database, log } = options;
  log("Hostile input: the forms' checks in this process…");
  const formTimes = SHAPES.map((hostile) => ({ hostile, ...timeForms(hostile) }));
  const realPage = readFileSync(path.join(repoRoot, "tests", "fixtures", "fcj-week5.en.md"));
  const health = new HealthWatch(origin);
  const requests: Requests = { origin, intern, database, health };
  const realPageFile = { name: "week-5.en.md", bytes: realPage };
  // The server starts its import worker on the first import (once per process): not a page's time.
  await preview({ ...requests, health: new HealthWatch(origin) }, [realPageFile]);
  health.start();
  const shapes: ShapeResult[] = [];
  try {
    const worklog = realWorklogFiles();
    const realWorklog = { ...(await preview({ ...requests, intern: other }, worklog)), pages: worklog.length };
    log(
      `  a real worklog, ${worklog.length} pages in one upload: ${realWorklog.ms.toFixed(0)} ms ${realWorklog.outcome}`,
    );
    for (const { hostile, ...times } of formTimes) {
      const pageFile = {
        name: `week-5-${hostile.key}.en.md`,
        bytes: new TextEncoder().encode(hostilePage(hostile, IMPORT_LIMITS.pageBytes)),
      };
      const uploadFiles = hostileUpload(hostile, IMPORT_LIMITS.uploadBytes, IMPORT_LIMITS.pageBytes);
      const page = await preview(requests, [pageFile]);
      const upload = await preview(requests, uploadFiles);
      const realPageAfter = await preview({ ...requests, intern: other }, [realPageFile]);
      log(
        `  ${hostile.label.padEnd(38)} page ${page.ms.toFixed(0).padStart(5)} ms ${page.outcome}; upload ${upload.ms.toFixed(0).padStart(5)} ms ${upload.outcome}; real page after ${realPageAfter.ms.toFixed(0)} ms ${realPageAfter.outcome}`,
      );
      shapes.push({ key: hostile.key, label: hostile.label, ...times, page, upload, realPageAfter });
    }
    const signedIn = await signedInAtLimits(requests, shapes);
    const signedOut = await signedOutPosts(origin, serverActionId("lib/server/actions/weeks.ts", "saveDayAction"));
    return { realWorklog, shapes, health: health.summary(), signedOut, signedInAtLimits: signedIn };
  } finally {
    await health.stop();
  }
}
