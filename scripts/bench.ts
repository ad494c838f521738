// `npm run bench`: the production build against the large dataset, driven over HTTP by signed-in
// users at concurrency 1 and 16, measured against two reference pages of the same server
// (docs/PERFORMANCE.md). Prints a table and the targets' PASS/MISS, writes bench-results/bench.json,
// and stops everything it started.
//
// Settings (environment): BENCH_SECONDS (per run, default 4), BENCH_ROUNDS (default 3), WORKLOG_BENCH_DIR (default
// <tmp>/worklog-bench), BENCH_PORT (3200), BENCH_OIDC_PORT (9359), BENCH_PG_PORT (54359),
// BENCH_SERVER_NODE_ARGS (Node flags for the web server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
// BENCH_ONLY (comma-separated endpoint keys to load, e.g. "floor,dataFloor,grid": for working on one
// page; the targets of endpoints left out are not judged), BENCH_SAVE (a directory to keep one answer
// of each endpoint in).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { GRID_FLOOR_SQL, GRID_FLOOR_SQL_COUNTING_TASKS } from "../lib/server/bench/grid-sql.ts";
import { repoRoot } from "./lib/paths.ts";
import { Browser } from "./bench/browser.ts";
import { BENCH_TODAY, benchCohorts, DEMO_MENTOR_OF_COHORT_1 } from "./bench/dataset.ts";
import { mergeRuns, percentile, runLoad, type LoadRequest, type RunResult } from "./bench/load.ts";
import { runRestartScenario, type RestartResult } from "./bench/restart.ts";
import { ensureBuild, startStack, type BenchStack } from "./bench/stack.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = 2;
const CONCURRENCY = [1, 16] as const;
const DIR = path.resolve(process.env.WORKLOG_BENCH_DIR ?? path.join(os.tmpdir(), "worklog-bench"));
const APP_PORT = Number(process.env.BENCH_PORT ?? 3200);
const OIDC_PORT = Number(process.env.BENCH_OIDC_PORT ?? 9359);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54359);
/** Interns and mentors the load comes from: enough that no one passes the export rate limit (60 a minute each). */
const INTERNS_PER_COHORT_SIGNED_IN = 3;

const log = (line: string) => console.log(line);
/** BENCH_SAVE=<dir>: keep one answer of each endpoint there, to look at what a page sends. */
const SAVE_DIR = process.env.BENCH_SAVE ? path.resolve(process.env.BENCH_SAVE) : undefined;

interface Session {
  email: string;
  cookie: string;
  address: string;
  userId: string;
}
interface Intern extends Session {
  /** The week that contains the bench's today, its last task of today (ticked), and that task's state before the bench. */
  weekId: string;
  taskId: string;
  taskWas: { done: boolean; doneAt: Date | null };
  tickNext: boolean;
}
interface Mentor extends Session {
  cohortId: string;
}

interface Endpoint {
  key: string;
  label: string;
  /** Builds request number n. */
  request: (n: number) => LoadRequest;
  /** What a good answer looks like (checked once before the load runs). */
  check: (status: number, body: string) => boolean;
}

async function signInAll(
  origin: string,
  emails: string[],
  addressOf: (index: number) => string,
): Promise<Map<string, Browser>> {
  const browsers = new Map<string, Browser>();
  const queue = emails.map((email, index) => ({ email, index }));
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const browser = new Browser(origin, addressOf(item.index));
      const seen = await browser.signIn(item.email);
      if (seen !== item.email) throw new Error(`Signed in as ${item.email} but the app says ${seen}.`);
      browsers.set(item.email, browser);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return browsers;
}

function rotate<T>(list: T[]): (n: number) => T {
  return (n) => list[n % list.length]!;
}

const html = (session: Session): Record<string, string> => ({
  accept: "text/html,application/xhtml+xml",
  cookie: session.cookie,
  "x-forwarded-for": session.address,
});

async function main() {
  const startedAt = new Date();
  mkdirSync(DIR, { recursive: true });
  if (SAVE_DIR) mkdirSync(SAVE_DIR, { recursive: true });
  const build = await ensureBuild(log, path.join(DIR, "build.log"));
  if (build.built) log(`Built in ${build.seconds.toFixed(0)} s.`);
  let stack: BenchStack | undefined;
  let client: pg.Client | undefined;
  let restoreTicked: (() => Promise<void>) | undefined;
  const stopAll = async () => {
    await restoreTicked?.().catch((error: unknown) =>
      console.error(`Could not restore the ticked tasks: ${String(error)}`),
    );
    restoreTicked = undefined;
    await client?.end().catch(() => {});
    await stack?.stop();
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
    stack = await startStack({
      dir: DIR,
      appPort: APP_PORT,
      oidcPort: OIDC_PORT,
      pgPort: PG_PORT,
      log,
      serverNodeArgs,
    });
    const origin = stack.appOrigin;
    client = new pg.Client({ connectionString: stack.databaseUrl });
    // Its connection is cut when the database restarts (on purpose, at the end): not a crash.
    client.on("error", () => {});
    await client.connect();
    // The bench's own connection (replaced after the database restart at the end).
    const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) =>
      (await client!.query<T>(sql, values)).rows;

    const dataset = (
      await one<{ cohorts: number; interns: number; weeks: number; days: number; tasks: number }>(`
        SELECT (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM enrollments)::int AS interns,
               (SELECT count(*) FROM weeks)::int AS weeks, (SELECT count(*) FROM days)::int AS days, (SELECT count(*) FROM tasks)::int AS tasks`)
    )[0]!;
    log(
      `Dataset: ${dataset.cohorts} cohorts, ${dataset.interns} interns, ${dataset.weeks} weeks, ${dataset.days} days, ${dataset.tasks} tasks; today ${BENCH_TODAY}.`,
    );

    // Who signs in: 3 interns and both mentors of every bench cohort, plus the demo intern and mentor.
    const cohorts = benchCohorts();
    const internEmails = cohorts.flatMap((c) => c.interns.slice(0, INTERNS_PER_COHORT_SIGNED_IN).map((p) => p.email));
    const mentorEmails = cohorts.flatMap((c) => c.mentors.map((p) => p.email));
    const everyone = [...internEmails, ...mentorEmails, "intern@example.com", DEMO_MENTOR_OF_COHORT_1];
    // Each user comes from their own address (X-Forwarded-For, as a load balancer would append it).
    const address = (index: number) => `10.${64 + Math.floor(index / 250)}.0.${(index % 250) + 1}`;
    const signInStarted = Date.now();
    const browsers = await signInAll(origin, everyone, address);
    log(
      `Signed in ${browsers.size} users through the sign-in flow in ${((Date.now() - signInStarted) / 1000).toFixed(1)} s.`,
    );
    const session = (email: string): Session => {
      const browser = browsers.get(email)!;
      return { email, cookie: browser.cookieHeader(), address: browser.address, userId: "" };
    };

    const internRows = await one<{
      email: string;
      user_id: string;
      week_id: string;
      task_id: string;
      done: boolean;
      done_at: Date | null;
    }>(
      `SELECT u.email, u.id AS user_id, w.id AS week_id, t.id AS task_id, t.done, t.done_at
       FROM users u
       JOIN weeks w ON w.intern_id = u.id AND w.start_date <= $2::date AND w.end_date >= $2::date
       JOIN days d ON d.week_id = w.id AND d.start_date = $2::date
       JOIN LATERAL (SELECT id, done, done_at FROM tasks WHERE day_id = d.id ORDER BY position DESC LIMIT 1) t ON true
       WHERE u.email = ANY($1::text[])`,
      [[...internEmails, "intern@example.com"], BENCH_TODAY],
    );
    const internBy = new Map(
      internRows.map((r) => [
        r.email,
        {
          ...session(r.email),
          userId: r.user_id,
          weekId: r.week_id,
          taskId: r.task_id,
          taskWas: { done: r.done, doneAt: r.done_at },
          tickNext: true,
        } satisfies Intern,
      ]),
    );
    const mentorRows = await one<{ email: string; user_id: string; cohort_id: string; name: string }>(
      `SELECT u.email, u.id AS user_id, m.cohort_id, c.name FROM users u JOIN cohort_mentors m ON m.mentor_id = u.id JOIN cohorts c ON c.id = m.cohort_id
       WHERE u.email = ANY($1::text[])`,
      [everyone],
    );
    const mentors: Mentor[] = mentorRows
      .filter((r) => mentorEmails.includes(r.email))
      .map((r) => ({ ...session(r.email), userId: r.user_id, cohortId: r.cohort_id }));
    const interns = internEmails.map((email) => {
      const intern = internBy.get(email);
      if (!intern) throw new Error(`No current week with a task today for ${email}.`);
      return intern;
    });
    const demoMentorCohorts = new Map(
      mentorRows
        .filter((r) => r.email === DEMO_MENTOR_OF_COHORT_1)
        .map((r) => [r.name.startsWith("Bench") ? "bench" : "demo", r.cohort_id]),
    );
    const demoMentor: Mentor = {
      ...session(DEMO_MENTOR_OF_COHORT_1),
      userId: "",
      cohortId: demoMentorCohorts.get("bench")!,
    };
    const demoIntern = internBy.get("intern@example.com");
    // The ticked tasks start from "not done" and get their state back at the end (also on failure).
    await one("UPDATE tasks SET done = false, done_at = NULL WHERE id = ANY($1::uuid[])", [
      interns.map((i) => i.taskId),
    ]);
    restoreTicked = async () => {
      await one(
        "UPDATE tasks t SET done = v.done, done_at = v.done_at FROM unnest($1::uuid[], $2::boolean[], $3::timestamptz[]) AS v(id, done, done_at) WHERE t.id = v.id",
        [interns.map((i) => i.taskId), interns.map((i) => i.taskWas.done), interns.map((i) => i.taskWas.doneAt)],
      );
    };
    await one("DELETE FROM rate_limits");

    const manifest = JSON.parse(
      readFileSync(path.join(repoRoot, ".next", "server", "server-reference-manifest.json"), "utf8"),
    ) as {
      node: Record<string, { filename?: string; exportedName?: string }>;
    };
    const tickActionId = Object.entries(manifest.node).find(
      ([, v]) => v.filename === "app/actions/tasks.ts" && v.exportedName === "tickTask",
    )?.[0];
    if (!tickActionId) throw new Error("tickTask not found in .next/server/server-reference-manifest.json");
    // What the browser's router sends with a server action posted from the dashboard (/).
    const routerStateTree = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }]));

    const intern = rotate(interns);
    const mentor = rotate(mentors);
    const tickRequest = (who: Intern): LoadRequest => {
      const done = who.tickNext;
      who.tickNext = !done;
      return {
        method: "POST",
        path: "/",
        headers: {
          accept: "text/x-component",
          "next-action": tickActionId,
          "next-router-state-tree": routerStateTree,
          "content-type": "text/plain;charset=UTF-8",
          origin,
          cookie: who.cookie,
          "x-forwarded-for": who.address,
        },
        body: JSON.stringify([{ taskId: who.taskId, done }]),
      };
    };
    const endpoints: Endpoint[] = [
      {
        key: "floor",
        label: "framework floor (/bench/floor)",
        request: (n) => ({ method: "GET", path: "/bench/floor", headers: html(intern(n)) }),
        check: (s, b) => s === 200 && b.includes("Framework floor"),
      },
      {
        key: "dataFloor",
        label: "data floor (/bench/data-floor)",
        request: (n) => ({
          method: "GET",
          path: `/bench/data-floor?cohort=${mentor(n).cohortId}`,
          headers: html(mentor(n)),
        }),
        check: (s, b) => s === 200 && b.includes("Bench cohort"),
      },
      {
        key: "dashboard",
        label: "intern dashboard (/)",
        request: (n) => ({ method: "GET", path: "/", headers: html(intern(n)) }),
        check: (s, b) => s === 200 && b.includes("Your worklog"),
      },
      {
        key: "week",
        label: "week page (/weeks/<id>)",
        request: (n) => ({ method: "GET", path: `/weeks/${intern(n).weekId}`, headers: html(intern(n)) }),
        check: (s, b) => s === 200 && b.includes("Submit for review"),
      },
      {
        key: "tick",
        label: "tick a task (server action)",
        request: (n) => tickRequest(intern(n)),
        check: (s, b) => s === 200 && b.includes('"ok":true'),
      },
      {
        key: "grid",
        label: "cohort grid, 50 × 12 (/cohorts/<id>)",
        request: (n) => ({ method: "GET", path: `/cohorts/${mentor(n).cohortId}`, headers: html(mentor(n)) }),
        check: (s, b) => s === 200 && b.includes("Interns and weeks"),
      },
      {
        key: "weekExport",
        label: "week Markdown export (.md)",
        request: (n) => ({ method: "GET", path: `/weeks/${intern(n).weekId}/export.md`, headers: html(intern(n)) }),
        check: (s, b) => s === 200 && b.includes("Week") && b.startsWith("---"),
      },
      {
        key: "csv",
        label: "cohort CSV export (.csv)",
        request: (n) => ({
          method: "GET",
          path: `/cohorts/${mentor(n).cohortId}/export.csv`,
          headers: html(mentor(n)),
        }),
        check: (s, b) => s === 200 && b.split("\n").length > 500,
      },
    ];
    const byKey = new Map(endpoints.map((e) => [e.key, e]));
    const only = (process.env.BENCH_ONLY ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean);
    for (const key of only) {
      if (!byKey.has(key) && key !== "restart")
        throw new Error(
          `BENCH_ONLY: no endpoint "${key}" (there are ${[...byKey.keys()].join(", ")}, and "restart" for the database restart).`,
        );
    }
    const loaded = only.length > 0 ? endpoints.filter((e) => only.includes(e.key)) : endpoints;
    const restartWanted = only.length === 0 || only.includes("restart");

    const send = async (request: LoadRequest) => {
      const response = await fetch(new URL(request.path, origin), {
        method: request.method,
        headers: request.headers,
        body: request.body,
        redirect: "manual",
      });
      return { status: response.status, body: await response.text() };
    };
    const queriesNow = async () => {
      const response = await fetch(new URL("/bench/queries", origin), { headers: { cookie: interns[0]!.cookie } });
      if (!response.ok) throw new Error(`/bench/queries answered ${response.status}`);
      return ((await response.json()) as { queries: number }).queries;
    };
    /** SQL statements of one request sent alone, three times (they should agree). */
    const countQueries = async (make: (n: number) => LoadRequest, check: Endpoint["check"], label: string) => {
      const counts: number[] = [];
      for (let n = 0; n < 3; n++) {
        const before = await queriesNow();
        const { status, body } = await send(make(n));
        const after = await queriesNow();
        if (!check(status, body))
          throw new Error(`${label}: unexpected answer (HTTP ${status}): ${body.slice(0, 300).replace(/\s+/g, " ")}`);
        if (SAVE_DIR && n === 0)
          writeFileSync(path.join(SAVE_DIR, `${label.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.txt`), body);
        counts.push(after - before);
      }
      return counts;
    };

    log("Checking every endpoint's answer and counting its SQL statements…");
    const queryCounts: Record<string, number[]> = {};
    for (const endpoint of endpoints)
      queryCounts[endpoint.key] = await countQueries(endpoint.request, endpoint.check, endpoint.label);
    // Constant in the cohort's size: the demo mentor's two cohorts, 3 interns with 5 weeks at most and 50 with 12.
    const asDemoMentor =
      (cohortId: string, suffix = ""): ((n: number) => LoadRequest) =>
      () => ({ method: "GET", path: `/cohorts/${cohortId}${suffix}`, headers: html(demoMentor) });
    const sizes = {
      grid3: await countQueries(asDemoMentor(demoMentorCohorts.get("demo")!), (s) => s === 200, "grid, demo cohort"),
      grid50: await countQueries(asDemoMentor(demoMentorCohorts.get("bench")!), (s) => s === 200, "grid, bench cohort"),
      csv3: await countQueries(
        asDemoMentor(demoMentorCohorts.get("demo")!, "/export.csv"),
        (s) => s === 200,
        "csv, demo cohort",
      ),
      csv50: await countQueries(
        asDemoMentor(demoMentorCohorts.get("bench")!, "/export.csv"),
        (s) => s === 200,
        "csv, bench cohort",
      ),
      dashboard5weeks: demoIntern
        ? await countQueries(
            () => ({ method: "GET", path: "/", headers: html(demoIntern) }),
            (s) => s === 200,
            "dashboard, demo intern",
          )
        : [],
      dashboard12weeks: queryCounts.dashboard!,
    };
    const modeOf = (counts: number[]) =>
      [...counts].sort((a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length)[0] ?? NaN;

    // First-load JavaScript of the dashboard, from the build's report (Next 16 prints no sizes but
    // writes .next/diagnostics/route-bundle-stats.json: the chunks and their uncompressed bytes),
    // gzipped (-9) here. Checked against the scripts the dashboard's HTML really loads; the
    // `noModule` polyfills there (which browsers with ES modules skip) are reported on their own.
    const dashboardHtml = (await send(byKey.get("dashboard")!.request(0))).body;
    const bundleStats = JSON.parse(
      readFileSync(path.join(repoRoot, ".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
    ) as {
      route: string;
      firstLoadUncompressedJsBytes: number;
      firstLoadChunkPaths: string[];
    }[];
    const home = bundleStats.find((r) => r.route === "/");
    if (!home) throw new Error('No route "/" in .next/diagnostics/route-bundle-stats.json');
    const gzipFiles = (files: string[], read: (file: string) => Buffer) => {
      let raw = 0;
      let gzip = 0;
      for (const file of files) {
        const bytes = read(file);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      return { files: files.length, raw, gzip };
    };
    const firstLoadJs = {
      ...gzipFiles(home.firstLoadChunkPaths, (file) => readFileSync(path.join(repoRoot, file))),
      reportedRaw: home.firstLoadUncompressedJsBytes,
    };
    const scriptTags = [...dashboardHtml.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)];
    const htmlScripts = new Set(
      scriptTags.filter((m) => !/\snoModule/i.test(m[0])).map((m) => m[1]!.replace(/^\/_next\//, ".next/")),
    );
    const reported = new Set(home.firstLoadChunkPaths);
    const notInReport = [...htmlScripts].filter((f) => !reported.has(f));
    if (notInReport.length > 0)
      log(`Note: the dashboard's HTML loads scripts the build report does not list: ${notInReport.join(", ")}`);
    const fetchBytes = async (files: string[]) =>
      Promise.all(
        files.map(
          async (file) => [file, Buffer.from(await (await fetch(new URL(file, origin))).arrayBuffer())] as const,
        ),
      );
    const noModule = new Map(
      await fetchBytes([...new Set(scriptTags.filter((m) => /\snoModule/i.test(m[0])).map((m) => m[1]!))]),
    );
    const styleBytes = new Map(
      await fetchBytes([
        ...new Set([...dashboardHtml.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)),
      ]),
    );
    const polyfills = gzipFiles([...noModule.keys()], (file) => noModule.get(file)!);
    const firstLoadCss = gzipFiles([...styleBytes.keys()], (file) => styleBytes.get(file)!);
    const inlineRsc = [...dashboardHtml.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
      (n, m) => n + m[1]!.length,
      0,
    );

    // The data floor's query alone, through pg, for a 50-intern cohort; and, for the record, the same
    // numbers counted from the tasks (as before the weeks kept their counts).
    const sqlCohort = mentors[0]!;
    const timeSql = async (sql: string) => {
      for (let i = 0; i < 20; i++) await client!.query(sql, [sqlCohort.cohortId, sqlCohort.userId]);
      const times: number[] = [];
      for (let i = 0; i < 100; i++) {
        const t = process.hrtime.bigint();
        await client!.query(sql, [sqlCohort.cohortId, sqlCohort.userId]);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
    };
    const sqlOnly = await timeSql(GRID_FLOOR_SQL);
    const sqlCountingTasks = await timeSql(GRID_FLOOR_SQL_COUNTING_TASKS);
    log(
      `Data floor's query alone (pg, 50 interns × 12 weeks): p50 ${sqlOnly.p50.toFixed(2)} ms, p95 ${sqlOnly.p95.toFixed(2)} ms; counting the tasks instead: p50 ${sqlCountingTasks.p50.toFixed(2)} ms.`,
    );

    log(`Warming up (${WARMUP_SECONDS} s per endpoint at 4 connections)…`);
    let counter = 0;
    for (const endpoint of loaded) {
      await runLoad({
        endpoint: endpoint.key,
        origin,
        connections: 4,
        seconds: WARMUP_SECONDS,
        next: () => endpoint.request(counter++),
      });
    }

    const results: RunResult[] = [];
    // Rounds of every endpoint in turn, so that the noise of a shared machine falls on all of them
    // alike; each endpoint's rounds are merged into one result.
    for (const connections of CONCURRENCY) {
      const runs = new Map<string, RunResult>();
      for (let round = 1; round <= ROUNDS; round++) {
        for (const endpoint of loaded) {
          const result = await runLoad({
            endpoint: endpoint.key,
            origin,
            connections,
            seconds: SECONDS,
            next: () => endpoint.request(counter++),
          });
          log(
            `  c=${String(connections).padStart(2)} round ${round} ${endpoint.label.padEnd(38)} p50 ${result.p50.toFixed(1).padStart(7)} ms ${result.rps.toFixed(1).padStart(7)} req/s  ${result.errors} errors`,
          );
          const earlier = runs.get(endpoint.key);
          runs.set(endpoint.key, earlier ? mergeRuns(earlier, result) : result);
        }
      }
      results.push(...loaded.map((e) => runs.get(e.key)!));
    }

    // Last, so that it disturbs no measurement: PostgreSQL restarts under a ticking load.
    let restart: RestartResult | undefined;
    if (restartWanted) {
      const workers = interns.slice(0, 8);
      const taskRows = await one<{ user_id: string; id: string }>(
        `SELECT user_id, id FROM (
           SELECT w.intern_id AS user_id, t.id, row_number() OVER (PARTITION BY w.intern_id ORDER BY w.number, d.position, t.position) AS n
           FROM weeks w JOIN days d ON d.week_id = w.id JOIN tasks t ON t.day_id = d.id
           WHERE w.intern_id = ANY($1::uuid[]) AND w.status IN ('DRAFT', 'CHANGES_REQUESTED') AND NOT t.done AND t.id <> ALL($2::uuid[])
         ) x WHERE n <= 400`,
        [workers.map((w) => w.userId), interns.map((i) => i.taskId)],
      );
      const tasks = workers.map((w) => taskRows.filter((r) => r.user_id === w.userId).map((r) => r.id));
      const all = tasks.flat();
      try {
        restart = await runRestartScenario({
          origin,
          tasks,
          tick: (worker, taskId) => ({
            ...tickRequest(workers[worker]!),
            body: JSON.stringify([{ taskId, done: true }]),
          }),
          restartDatabase: async () => {
            // The bench's own connection goes down with the server: reconnect afterwards.
            // Kept down 2 s, about what a managed database's restart or failover takes at best.
            const times = await stack!.restartDatabase(2000);
            await client?.end().catch(() => {});
            client = new pg.Client({ connectionString: stack!.databaseUrl });
            client.on("error", () => {});
            await client.connect();
            return times;
          },
          doneTasks: async (ids) =>
            new Set(
              (
                await client!.query<{ id: string }>("SELECT id FROM tasks WHERE id = ANY($1::uuid[]) AND done", [ids])
              ).rows.map((r) => r.id),
            ),
          log,
        });
      } finally {
        // Those tasks were all undone before: they are again (acknowledged or not). On a fresh
        // connection if the restart left the bench's own one broken.
        const undo = () =>
          client!.query("UPDATE tasks SET done = false, done_at = NULL WHERE id = ANY($1::uuid[]) AND done", [all]);
        await undo().catch(async () => {
          await client?.end().catch(() => {});
          client = new pg.Client({ connectionString: stack!.databaseUrl });
          client.on("error", () => {});
          await client.connect();
          await undo();
        });
      }
      log(
        `  ${restart.ticks.sent} ticks sent: ${restart.ticks.acknowledged} acknowledged, ${restart.ticks.refused} answered 503, ${restart.ticks.failed} refused with a message or without an answer (${restart.savedUnacknowledged} of the unacknowledged saved all the same); statuses ${JSON.stringify(restart.statuses)}.`,
      );
    }

    // The ticked tasks get their state from before the bench back (once the server has finished the
    // last requests of the load, which the load tool stops waiting for); the weeks' kept counts must
    // still agree with their tasks.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await restoreTicked();
    restoreTicked = undefined;
    const drifting = (
      await one<{ n: number }>(`
        SELECT count(*)::int AS n FROM (
          SELECT w.id FROM weeks w LEFT JOIN days d ON d.week_id = w.id LEFT JOIN tasks t ON t.day_id = d.id
          GROUP BY w.id HAVING w.task_count <> count(t.id) OR w.done_count <> count(t.id) FILTER (WHERE t.done)
        ) x`)
    )[0]!.n;
    if (drifting > 0) throw new Error(`${drifting} weeks' task counts disagree with their tasks after the run.`);

    const get = (key: string, c: number) => results.find((r) => r.endpoint === key && r.connections === c);
    const isLoaded = (...keys: string[]) => keys.every((key) => loaded.some((e) => e.key === key));
    const ratio = (a: number, b: number) => a / b;
    interface Target {
      name: string;
      measured: string;
      limit: string;
      pass: boolean;
    }
    const targets: Target[] = [];
    const p50Target = (key: string, floor: string, limit: number, c: number, name: string) => {
      if (!isLoaded(key, floor)) return;
      const r = ratio(get(key, c)!.p50, get(floor, c)!.p50);
      targets.push({
        name: `${name} p50 / ${floor === "floor" ? "framework" : "data"} floor p50, c=${c}`,
        measured: `${r.toFixed(3)}×`,
        limit: `≤ ${limit}×`,
        pass: r <= limit,
      });
    };
    const rpsTarget = (key: string, floor: string, limit: number, c: number, name: string) => {
      if (!isLoaded(key, floor)) return;
      const r = ratio(get(key, c)!.rps, get(floor, c)!.rps);
      targets.push({
        name: `${name} req/s / ${floor === "floor" ? "framework" : "data"} floor req/s, c=${c}`,
        measured: `${r.toFixed(3)}×`,
        limit: `≥ ${limit}×`,
        pass: r >= limit,
      });
    };
    p50Target("grid", "dataFloor", 1.5, 16, "cohort grid");
    rpsTarget("grid", "dataFloor", 0.7, 16, "cohort grid");
    for (const c of CONCURRENCY) {
      p50Target("dashboard", "floor", 2, c, "dashboard");
      rpsTarget("dashboard", "floor", 0.5, c, "dashboard");
    }
    for (const c of CONCURRENCY) p50Target("tick", "floor", 2, c, "tick");
    for (const c of CONCURRENCY) p50Target("weekExport", "floor", 1.5, c, "week export");
    const constant = modeOf(sizes.grid3) === modeOf(sizes.grid50) && modeOf(sizes.csv3) === modeOf(sizes.csv50);
    targets.push({
      name: "queries per request constant in the cohort's size (3 vs 50 interns)",
      measured: `grid ${modeOf(sizes.grid3)} vs ${modeOf(sizes.grid50)}, csv ${modeOf(sizes.csv3)} vs ${modeOf(sizes.csv50)}`,
      limit: "equal",
      pass: constant,
    });
    if (restart) {
      targets.push({
        name: "database restart under ticking load: ticks acknowledged again ≤ 5 s after",
        measured: restart.recoveredAfterMs === null ? "never" : `${restart.recoveredAfterMs} ms`,
        limit: "≤ 5000 ms",
        pass: restart.recoveredAfterMs !== null && restart.recoveredAfterMs <= 5000,
      });
      targets.push({
        name: "database restart: only 503 (with Retry-After) while away, no other 5xx",
        measured: `${JSON.stringify(restart.statuses)}${restart.bad503 ? `, ${restart.bad503} bad 503` : ""}`,
        limit: "no 5xx ≠ 503",
        pass:
          restart.bad503 === 0 &&
          !Object.keys(restart.statuses).some((status) => Number(status) >= 500 && Number(status) !== 503),
      });
      targets.push({
        name: "database restart: every acknowledged tick is in the database",
        measured: `${restart.ticks.acknowledged - restart.acknowledgedMissing} of ${restart.ticks.acknowledged}`,
        limit: "all",
        pass: restart.acknowledgedMissing === 0,
      });
    }
    targets.push({
      name: "first-load JS of the dashboard (gzip)",
      measured: `${(firstLoadJs.gzip / 1000).toFixed(1)} kB`,
      limit: "≤ 150 kB",
      pass: firstLoadJs.gzip <= 150_000,
    });

    // The table.
    const pad = (s: string, n: number) => s.padEnd(n);
    const num = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : "-");
    const lines: string[] = [];
    lines.push("");
    lines.push(
      `${pad("endpoint", 40)}${"c".padStart(3)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"req/s".padStart(9)}${"errors".padStart(8)}${"SQL/req".padStart(9)}${"kB/resp".padStart(9)}`,
    );
    for (const c of CONCURRENCY) {
      for (const endpoint of loaded) {
        const r = get(endpoint.key, c)!;
        lines.push(
          `${pad(endpoint.label, 40)}${String(c).padStart(3)}${num(r.p50).padStart(9)}${num(r.p95).padStart(9)}${num(r.p99).padStart(9)}${num(r.rps).padStart(9)}${String(r.errors).padStart(8)}${String(modeOf(queryCounts[endpoint.key]!)).padStart(9)}${num(r.bytesPerResponse / 1000).padStart(9)}`,
        );
      }
    }
    lines.push("");
    lines.push(
      `SQL alone (the data floor's query through pg, 50 × 12): p50 ${num(sqlOnly.p50, 2)} ms, p95 ${num(sqlOnly.p95, 2)} ms (counting the tasks instead of the kept counts: p50 ${num(sqlCountingTasks.p50, 2)} ms)`,
    );
    if (isLoaded("dataFloor", "floor")) {
      lines.push(
        `Data floor / framework floor p50: c=1 ${num(ratio(get("dataFloor", 1)!.p50, get("floor", 1)!.p50), 2)}×, c=16 ${num(ratio(get("dataFloor", 16)!.p50, get("floor", 16)!.p50), 2)}×`,
      );
    }
    lines.push(
      `SQL statements per request, 3 vs 50 interns: grid ${modeOf(sizes.grid3)} vs ${modeOf(sizes.grid50)}, CSV ${modeOf(sizes.csv3)} vs ${modeOf(sizes.csv50)}; dashboard with 5 vs 12 weeks: ${modeOf(sizes.dashboard5weeks)} vs ${modeOf(sizes.dashboard12weeks)}`,
    );
    lines.push(
      `First-load JS of / (build report, .next/diagnostics/route-bundle-stats.json): ${firstLoadJs.files} chunks, ${num(firstLoadJs.raw / 1000)} kB, ${num(firstLoadJs.gzip / 1000)} kB gzipped (+ ${num(polyfills.gzip / 1000)} kB of noModule polyfills only old browsers load); CSS ${num(firstLoadCss.gzip / 1000)} kB gzipped; inline RSC payload ${num(inlineRsc / 1000)} kB`,
    );
    if (restart) {
      lines.push(
        `Database restart under ticking load (${restart.workers} interns): PostgreSQL down ${restart.databaseDownMs} ms; ${restart.ticks.sent} ticks sent, ${restart.ticks.acknowledged} acknowledged, ${restart.ticks.refused} answered 503, ${restart.ticks.failed} refused with a message or unanswered (${restart.savedUnacknowledged} unacknowledged ones saved all the same); first tick acknowledged ${restart.recoveredAfterMs ?? "-"} ms after PostgreSQL was back; acknowledged ticks missing afterwards: ${restart.acknowledgedMissing}`,
      );
    }
    lines.push("");
    lines.push(`${pad("target", 80)}${pad("measured", 32)}${pad("limit", 16)}result`);
    for (const t of targets)
      lines.push(`${pad(t.name, 80)}${pad(t.measured, 32)}${pad(t.limit, 16)}${t.pass ? "PASS" : "MISS"}`);
    console.log(lines.join("\n"));

    const cpus = os.cpus();
    const report = {
      date: startedAt.toISOString(),
      command: "npm run bench",
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model,
        memoryGb: Math.round(os.totalmem() / 1e9),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
      },
      settings: {
        secondsPerRun: SECONDS,
        rounds: ROUNDS,
        concurrency: CONCURRENCY,
        only: only.length > 0 ? only : undefined,
        today: BENCH_TODAY,
        signedIn: { interns: interns.length, mentors: mentors.length },
      },
      build,
      dataset,
      sqlOnly,
      sqlCountingTasks,
      queryCounts,
      queriesBySize: sizes,
      restart,
      firstLoad: { js: firstLoadJs, noModulePolyfills: polyfills, css: firstLoadCss, inlineRscChars: inlineRsc },
      runs: results.map(({ latencies: _latencies, ...rest }) => rest),
      targets,
    };
    const out = path.join(repoRoot, "bench-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
    log(`\nWrote bench-results/bench.json. ${targets.filter((t) => t.pass).length} of ${targets.length} targets met.`);
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
