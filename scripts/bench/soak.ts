// The soak run (issue 16; BENCH_ONLY=soak, never part of the default run): BENCH_SOAK_SECONDS (600)
// of mixed load on loopback, bounded: 8 clients each sending the next of the pages and actions in
// turn (dashboard, week page, tick, grid, heatmap, program overview, workload, CSV, week export),
// every answer checked, while 50 live streams stay open. Measured: the error rate (target 0) and the
// web server's memory at the end against its value after the first minute (target ≤ 1.1×).
import { performance } from "node:perf_hooks";
import { send, type Endpoint } from "./endpoints.ts";
import { rssMb, watch } from "./live.ts";
import type { People } from "./people.ts";
import type { Target } from "./targets.ts";

export interface SoakResult {
  seconds: number;
  requests: number;
  errors: number;
  errorSample: string[];
  streams: number;
  streamsEnded: number;
  rssAfterMinuteMb: number;
  rssEndMb: number;
  rssSeriesMb: number[];
  /** The server's own reading every 10 s (app/bench/memory): heap used/total, outside it, view cache. */
  memorySeries: string[];
}

const CLIENTS = 8;
const STREAMS = 50;
const MIX = ["dashboard", "week", "tick", "grid", "heatmap", "program", "workload", "csv", "weekExport"];

export async function measureSoak(options: {
  origin: string;
  endpoints: Endpoint[];
  people: People;
  serverPid: number;
  seconds: number;
  log: (line: string) => void;
}): Promise<{ result: SoakResult; targets: Target[] }> {
  const { origin, people, log } = options;
  const mix = MIX.map((key) => options.endpoints.find((e) => e.key === key)!);
  const stop = new AbortController();
  // Live streams held open the whole time (scripts/bench/live.ts's reader).
  const streams = await Promise.all(
    Array.from({ length: STREAMS }, (_, n) => {
      const mentor = people.mentors[n % people.mentors.length]!;
      return watch(origin, mentor.cookie, mentor.cohortId, stop.signal);
    }),
  );
  log(`Soak: ${CLIENTS} clients over ${mix.length} pages and actions, ${STREAMS} live streams, ${options.seconds} s…`);
  const started = performance.now();
  const rssSeriesMb: number[] = [];
  let rssAfterMinuteMb = NaN;
  const memorySeries: string[] = [];
  const sampler = setInterval(() => {
    const now = Math.round(rssMb(options.serverPid));
    rssSeriesMb.push(now);
    if (Number.isNaN(rssAfterMinuteMb) && performance.now() - started >= 60_000) rssAfterMinuteMb = now;
    void memoryOf(origin, people.mentors[0]!.cookie).then((m) => memorySeries.push(m));
  }, 10_000);
  let requests = 0;
  let errors = 0;
  const errorSample: string[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = client; performance.now() - started < options.seconds * 1000; n += CLIENTS) {
        const endpoint = mix[n % mix.length]!;
        const { status, body } = await send(origin, endpoint.request(n)).catch((error: unknown) => ({
          status: 0,
          body: String(error),
        }));
        requests += 1;
        if (!endpoint.check(status, body)) {
          errors += 1;
          if (errorSample.length < 5) errorSample.push(`${endpoint.key}: HTTP ${status} ${body.slice(0, 120)}`);
        }
      }
    }),
  );
  clearInterval(sampler);
  const rssEndMb = rssMb(options.serverPid);
  stop.abort();
  await Promise.all(streams.map((s) => s.done));
  const streamsEnded = streams.filter((s) => s.endedEarly).length;
  const result: SoakResult = {
    seconds: options.seconds,
    requests,
    errors,
    errorSample,
    streams: STREAMS,
    streamsEnded,
    rssAfterMinuteMb,
    rssEndMb,
    rssSeriesMb,
    memorySeries,
  };
  log(
    `Soak: ${requests} requests, ${errors} errors${errorSample.length ? ` (${errorSample.join("; ")})` : ""}; ${streamsEnded} streams ended early; server RSS ${rssAfterMinuteMb} MB after a minute, ${rssEndMb.toFixed(0)} MB at the end (every 10 s: ${rssSeriesMb.join(", ")})`,
  );
  log(
    `Soak: the server's heap used/total, outside it, view cache MB (entries), every 10 s: ${memorySeries.join(", ")}`,
  );
  const ratio = rssEndMb / rssAfterMinuteMb;
  return {
    result,
    targets: [
      {
        name: `soak: ${options.seconds} s of mixed load, error rate`,
        measured: `${errors} of ${requests}`,
        limit: "0",
        pass: errors === 0,
      },
      {
        name: "soak: server RSS at the end / after 1 minute",
        measured: `${ratio.toFixed(3)}×`,
        limit: "≤ 1.1×",
        pass: ratio <= 1.1,
      },
    ],
  };
}

/** The server's memory as it reads it (app/bench/memory), in a few words. */
async function memoryOf(origin: string, cookie: string): Promise<string> {
  try {
    const m = (await (await fetch(`${origin}/bench/memory`, { headers: { cookie } })).json()) as Record<string, number>;
    return `${m.heapUsedMb}/${m.heapTotalMb}+${m.externalMb} cache ${m.cacheMb} (${m.cacheEntries})`;
  } catch (error) {
    return `? (${String(error).slice(0, 40)})`;
  }
}
