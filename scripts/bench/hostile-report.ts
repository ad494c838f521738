// The hostile-input section's targets (issue 12, "Tests and figures") and its table: shape ×
// milliseconds at the limits. Measured by hostile-input.ts.
import type { HostileResult, ImportAnswer, ShapeResult } from "./hostile-input.ts";
import type { Target } from "./targets.ts";

const ms = (x: number) => `${x.toFixed(0)} ms`;
/** "module" of "module: referenceUrl": the measured column is narrow. */
const formOf = (of: string) => of.split(":")[0];

function worstOf(shapes: ShapeResult[], time: (shape: ShapeResult) => number): ShapeResult {
  return shapes.reduce((a, b) => (time(b) > time(a) ? b : a));
}

export function hostileTargets(result: HostileResult): Target[] {
  const { shapes, health, signedOut, realWorklog } = result;
  const forms = worstOf(shapes, (s) => s.forms2mb.ms);
  const atLimits = worstOf(shapes, (s) => s.formsAtLimits.ms);
  const page = worstOf(shapes, (s) => s.page.ms);
  const upload = worstOf(shapes, (s) => s.upload.ms);
  const answers = [realWorklog, ...shapes.flatMap((s) => [s.page, s.upload, s.realPageAfter])];
  const answered = answers.filter((a) => a.status === 200).length;
  const healthDuringImports = Math.max(...answers.map((a) => a.healthMaxMs));
  const previewed = (answer: ImportAnswer) => answer.status === 200 && answer.refused === 0;
  const realAfter = shapes.filter((s) => previewed(s.realPageAfter)).length;
  const refused = signedOut.every((p) => Object.keys(p.statuses).every((s) => s === "401" || s === "413"));
  const signedOutMedian = Math.max(...signedOut.map((p) => p.medianMs));
  return [
    {
      name: "a whole real worklog (12 weeks in two languages) previewed, none refused",
      measured: `${realWorklog.outcome}, ${ms(realWorklog.ms)}`,
      limit: "none refused",
      pass: previewed(realWorklog),
    },
    {
      name: "every form's check given 2 MB (one field, or lists flooded), worst shape",
      measured: `${ms(forms.forms2mb.ms)} (${forms.key}, ${formOf(forms.forms2mb.of)})`,
      limit: "≤ 100 ms",
      pass: forms.forms2mb.ms <= 100,
    },
    {
      // Within 2 MB too: the largest form each check accepts, where the costly checks run in full.
      name: "every form's check at its limits (its largest accepted form), worst shape",
      measured: `${ms(atLimits.formsAtLimits.ms)} (${atLimits.key}, ${atLimits.formsAtLimits.of})`,
      limit: "≤ 100 ms",
      pass: atLimits.formsAtLimits.ms <= 100,
    },
    {
      name: "import page at the page limit (100 KB) previewed or refused, worst shape",
      measured: `${ms(page.page.ms)} (${page.key})`,
      limit: "≤ 1000 ms",
      pass: page.page.ms <= 1000,
    },
    {
      name: "import upload at the upload limit (1 MB) previewed or refused, worst shape",
      measured: `${ms(upload.upload.ms)} (${upload.key})`,
      limit: "≤ 5000 ms",
      pass: upload.upload.ms <= 5000,
    },
    {
      name: "/api/health while the imports run: slowest answer",
      measured: `${ms(healthDuringImports)}${health.failed ? `, ${health.failed} polls failed` : ""}`,
      limit: "≤ 200 ms",
      pass: healthDuringImports <= 200 && health.failed === 0,
    },
    {
      name: "imports answered 200 (previewed or refused, no 5xx or timeout)",
      measured: `${answered} of ${answers.length}`,
      limit: "all",
      pass: answered === answers.length,
    },
    {
      name: "another intern's real page right after each hostile upload previewed",
      measured: `${realAfter} of ${shapes.length}`,
      limit: "all",
      pass: realAfter === shapes.length,
    },
    {
      name: "signed-out 2 MB server-action POST refused (401/413), median of 10",
      measured: `${ms(signedOutMedian)} (slowest ${ms(Math.max(...signedOut.map((p) => p.maxMs)))})`,
      limit: "≤ 50 ms",
      pass: refused && signedOutMedian <= 50,
    },
  ];
}

const cell = (answer: ImportAnswer, width: number) =>
  `${answer.ms.toFixed(0).padStart(6)} ${answer.outcome.padEnd(width - 7)}`;

export function hostileLines(result: HostileResult): string[] {
  const lines = [
    "Hostile input (tests/adversarial-corpus.ts), ms: each form's check given 2 MB and at its limits (slowest form), an import page at 100 KB and an upload at 1 MB through /import/upload, /api/health's slowest answer meanwhile, and a real page right after.",
    `${"shape".padEnd(34)}${"2 MB".padStart(7)}${"limits".padStart(8)}  ${"page 100 KB".padEnd(32)}${"upload 1 MB".padEnd(36)}${"health".padStart(7)}  real page after`,
  ];
  for (const s of result.shapes) {
    const health = Math.max(s.page.healthMaxMs, s.upload.healthMaxMs, s.realPageAfter.healthMaxMs);
    lines.push(
      `${s.label.padEnd(34)}${s.forms2mb.ms.toFixed(1).padStart(7)}${s.formsAtLimits.ms.toFixed(0).padStart(8)}  ${cell(s.page, 32)}${cell(s.upload, 36)}${health.toFixed(0).padStart(7)}  ${cell(s.realPageAfter, 24)}`,
    );
  }
  const { signedInAtLimits: signedIn, health } = result;
  const atLimits = worstOf(result.shapes, (s) => s.formsAtLimits.ms);
  lines.push(
    `Slowest form at its limits (in this process): ${atLimits.formsAtLimits.of} with ${atLimits.label}, ${ms(atLimits.formsAtLimits.ms)}. Saved over HTTP by a signed-in intern (${signedIn.of}): HTTP ${signedIn.status} in ${ms(signedIn.ms)}, /api/health waited up to ${ms(signedIn.healthMaxMs)} meanwhile.`,
  );
  for (const post of result.signedOut) {
    lines.push(
      `Signed-out day save, ${post.label}: ${JSON.stringify(post.statuses)}, median ${ms(post.medianMs)}, slowest ${ms(post.maxMs)}`,
    );
  }
  lines.push(
    `A whole real worklog (the fixtures' week 5 in English and Vietnamese renumbered 1 to 12, ${result.realWorklog.pages} pages in one upload): ${result.realWorklog.outcome} in ${ms(result.realWorklog.ms)}.`,
  );
  lines.push(`/api/health: ${health.polls} polls, slowest ${ms(health.maxMs)}, ${health.failed} failed.`);
  return lines;
}
