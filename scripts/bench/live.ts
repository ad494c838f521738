// Live updates under load (issue 16; BENCH_ONLY=live runs it alone): 200 streams open on
// GET /api/live as the bench mentors (five each) while the signed-in interns tick at 50 a second
// for BENCH_LIVE_SECONDS (60). For each tick, the time from sending it to the event with (at least)
// the version it made reaching each stream of its cohort; events lost (a gap in a stream's
// versions, or a stream short of its cohort's last version); the web server's memory after a warm-up
// of a minute of the same load (WARMUP_SECONDS, its ticks checked as well) and at the end: the soak's
// measure (its growth from its first minute), so that a heap sized up to a new load is not read as a
// leak (after the page loads before it, the RSS rose for 30–40 s, then stayed flat), while memory that
// keeps growing is.
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { BenchDatabase } from "./database.ts";
import { send, type TickRequest } from "./endpoints.ts";
import { percentile } from "./load.ts";
import type { People } from "./people.ts";
import type { Target } from "./targets.ts";

export interface LiveBenchResult {
  streams: number;
  seconds: number;
  ticks: number;
  tickErrors: number;
  deliveries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  lost: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  /** The server's RSS every 10 s of the run, MB. */
  rssSeriesMb: number[];
}

const STREAMS = 200;
const TICKS_PER_SECOND = 50;
const WARMUP_SECONDS = 60;

/** One open stream: its cohort's versions as they arrived, in order. */
export interface Watch {
  cohortId: string;
  heard: { version: bigint; at: number }[];
  /** Resolves when the stream ends (the server ended it, or `signal` aborted). */
  done: Promise<void>;
  /** Whether the server ended it before `signal` aborted. */
  endedEarly: boolean;
}

/** The server's process group's resident memory (Linux /proc), in MB. */
export function rssMb(group: number): number {
  let kb = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== group) continue; // the process group
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

/** Opens a stream and records its cohort events until `signal` aborts. */
export async function watch(origin: string, cookie: string, cohortId: string, signal: AbortSignal): Promise<Watch> {
  const response = await fetch(new URL("/api/live", origin), {
    headers: { cookie, accept: "text/event-stream" },
    signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`Live stream: HTTP ${response.status}`);
  const heard: Watch["heard"] = [];
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const stream: Watch = { cohortId, heard, done: Promise.resolve(), endedEarly: false };
  stream.done = (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) {
          stream.endedEarly = !signal.aborted;
          return;
        }
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.includes("event: cohort\n")) continue;
          const data = JSON.parse(frame.slice(frame.indexOf("data: ") + 6)) as { cohortId: string; version: string };
          if (data.cohortId === cohortId) heard.push({ version: BigInt(data.version), at: performance.now() });
        }
      }
    } catch {
      // aborted at the end
    }
  })();
  return stream;
}

/** The first arrival at or past `version` (arrivals are in version order). */
function arrivalOf(heard: Watch["heard"], version: bigint): number | null {
  let [lo, hi] = [0, heard.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (heard[mid]!.version < version) lo = mid + 1;
    else hi = mid;
  }
  return heard[lo]?.at ?? null;
}

/** Versions a stream missed between its first and its cohort's last. */
function lostIn(w: Watch, last: bigint): number {
  if (w.heard.length === 0) return 1;
  let lost = Number(last - w.heard.at(-1)!.version);
  for (let i = 1; i < w.heard.length; i++) lost += Number(w.heard[i]!.version - w.heard[i - 1]!.version - 1n);
  return lost;
}

export async function measureLive(options: {
  origin: string;
  database: BenchDatabase;
  people: People;
  tickRequest: TickRequest;
  serverPid: number;
  seconds: number;
  log: (line: string) => void;
}): Promise<{ result: LiveBenchResult; targets: Target[] }> {
  const { origin, database, people, tickRequest, log } = options;
  const versionOf = async (cohortId: string) =>
    BigInt(
      (await database.rows<{ v: string }>("SELECT grid_version::text AS v FROM cohorts WHERE id = $1", [cohortId]))[0]!
        .v,
    );
  const cohortOf = new Map(
    (
      await database.rows<{ user_id: string; cohort_id: string }>(
        "SELECT user_id::text, cohort_id::text FROM enrollments WHERE user_id = ANY($1::uuid[])",
        [people.interns.map((i) => i.userId)],
      )
    ).map((r) => [r.user_id, r.cohort_id]),
  );
  const interns = people.interns.filter((i) => cohortOf.has(i.userId));
  const stop = new AbortController();
  const watches: Watch[] = [];
  for (let n = 0; n < STREAMS; n++) {
    const mentor = people.mentors[n % people.mentors.length]!;
    watches.push(await watch(origin, mentor.cookie, mentor.cohortId, stop.signal));
  }
  log(
    `Live: ${watches.length} streams open; ticking at ${TICKS_PER_SECOND}/s for ${WARMUP_SECONDS} s of warm-up, then ${options.seconds} s…`,
  );
  await new Promise((r) => setTimeout(r, 1000));
  let rssBeforeMb = NaN;
  const ticks: { cohortId: string; sentAt: number; version: bigint }[] = [];
  let tickErrors = 0;
  const started = performance.now();
  const running: Promise<void>[] = [];
  const rssSeriesMb: number[] = [];
  const sampler = setInterval(() => rssSeriesMb.push(Math.round(rssMb(options.serverPid))), 10_000);
  for (let n = 0; performance.now() - started < (WARMUP_SECONDS + options.seconds) * 1000; n++) {
    const due = started + (n * 1000) / TICKS_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (Number.isNaN(rssBeforeMb) && performance.now() - started >= WARMUP_SECONDS * 1000)
      rssBeforeMb = rssMb(options.serverPid);
    const intern = interns[n % interns.length]!;
    const cohortId = cohortOf.get(intern.userId)!;
    running.push(
      (async () => {
        const sentAt = performance.now();
        const { status, body } = await send(origin, tickRequest(intern)).catch(() => ({ status: 0, body: "" }));
        if (status !== 200 || !body.includes('"ok":true')) tickErrors += 1;
        else ticks.push({ cohortId, sentAt, version: await versionOf(cohortId) });
      })(),
    );
  }
  await Promise.all(running);
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 2000));
  const rssAfterMb = rssMb(options.serverPid);
  stop.abort();
  await Promise.all(watches.map((w) => w.done));

  const latencies: number[] = [];
  let missing = 0;
  for (const tick of ticks)
    for (const w of watches.filter((x) => x.cohortId === tick.cohortId)) {
      const at = arrivalOf(w.heard, tick.version);
      if (at === null) missing += 1;
      else latencies.push(Math.max(0, at - tick.sentAt));
    }
  latencies.sort((a, b) => a - b);
  const lastOf = new Map<string, bigint>();
  for (const cohortId of new Set(watches.map((w) => w.cohortId))) lastOf.set(cohortId, await versionOf(cohortId));
  const lost = watches.reduce((sum, w) => sum + lostIn(w, lastOf.get(w.cohortId)!), 0) + missing;
  const result: LiveBenchResult = {
    streams: watches.length,
    seconds: options.seconds,
    ticks: ticks.length,
    tickErrors,
    deliveries: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: latencies.at(-1) ?? NaN,
    lost,
    rssBeforeMb,
    rssAfterMb,
    rssSeriesMb,
  };
  log(
    `Live: ${result.ticks} ticks (${tickErrors} failed), ${result.deliveries} deliveries, tick → every viewer p50 ${result.p50Ms.toFixed(0)} ms, p95 ${result.p95Ms.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms; ${lost} lost; server RSS ${rssBeforeMb.toFixed(0)} → ${rssAfterMb.toFixed(0)} MB after the warm-up and at the end (every 10 s from the warm-up's start: ${rssSeriesMb.join(", ")})`,
  );
  return { result, targets: liveTargets(result) };
}

function liveTargets(r: LiveBenchResult): Target[] {
  const growth = r.rssAfterMb / r.rssBeforeMb - 1;
  return [
    {
      name: `live: ${r.streams} streams, ${TICKS_PER_SECOND} ticks/s for ${r.seconds} s, tick → every viewer of its cohort, p95`,
      measured: `${r.p95Ms.toFixed(0)} ms`,
      limit: "≤ 1000 ms",
      pass: r.p95Ms <= 1000 && r.tickErrors === 0,
    },
    { name: "live: events lost", measured: String(r.lost), limit: "0", pass: r.lost === 0 },
    {
      name: "live: server RSS growth over the run",
      measured: `${(growth * 100).toFixed(1)}%`,
      limit: "≤ 10%",
      pass: growth <= 0.1,
    },
  ];
}
