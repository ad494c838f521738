// The endpoints under load: a warm-up of each, then rounds of every endpoint in turn at each
// concurrency (1 and 16), so that the noise of a shared machine falls on all of them alike; each
// endpoint's rounds are merged into one result.
import type { Endpoint } from "./endpoints.ts";
import { mergeRuns, runLoad, type RunResult } from "./load.ts";
import type { BenchSettings } from "./settings.ts";

export async function measureUnderLoad(options: {
  origin: string;
  loaded: Endpoint[];
  settings: BenchSettings;
  log: (line: string) => void;
}): Promise<RunResult[]> {
  const { origin, loaded, settings, log } = options;
  log(`Warming up (${settings.warmupSeconds} s per endpoint at 4 connections)…`);
  let counter = 0;
  for (const endpoint of loaded) {
    await runLoad({
      endpoint: endpoint.key,
      origin,
      connections: 4,
      seconds: settings.warmupSeconds,
      next: () => endpoint.request(counter++),
    });
  }

  const results: RunResult[] = [];
  for (const connections of settings.concurrency) {
    const runs = new Map<string, RunResult>();
    for (let round = 1; round <= settings.rounds; round++) {
      for (const endpoint of loaded) {
        const result = await runLoad({
          endpoint: endpoint.key,
          origin,
          connections,
          seconds: settings.secondsPerRun,
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
  return results;
}

/** The merged result of one endpoint at one concurrency. */
export function resultOf(results: RunResult[], key: string, connections: number): RunResult | undefined {
  return results.find((r) => r.endpoint === key && r.connections === connections);
}
