// One load run: autocannon against one endpoint at one concurrency, rotating through signed-in
// users request by request. Latency percentiles are computed here from every response's time
// (autocannon's summary has no p95).
import autocannon from "autocannon";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RunResult {
  endpoint: string;
  connections: number;
  seconds: number;
  requests: number;
  ok: number;
  errors: number;
  statusCodes: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  rps: number;
  bytesPerResponse: number;
  /** Each round's p50 in ms, in order (one for a single run). */
  roundP50s: number[];
  /** Latencies in ms (kept to merge repeated runs of one endpoint; not written to JSON). */
  latencies: number[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(
  endpoint: string,
  connections: number,
  seconds: number,
  latencies: number[],
  statusCodes: Record<string, number>,
  socketErrors: number,
  bytes: number,
): RunResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const requests = latencies.length;
  const ok = Object.entries(statusCodes).reduce((n, [code, count]) => n + (code.startsWith("2") ? count : 0), 0);
  return {
    endpoint,
    connections,
    seconds,
    requests,
    ok,
    errors: requests - ok + socketErrors,
    statusCodes,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: requests ? latencies.reduce((a, b) => a + b, 0) / requests : NaN,
    rps: requests / seconds,
    bytesPerResponse: requests ? bytes / requests : 0,
    roundP50s: [percentile(sorted, 50)],
    latencies,
  };
}

/** Two runs of one endpoint (the floors are measured before and after the others) as one. */
export function mergeRuns(a: RunResult, b: RunResult): RunResult {
  const codes: Record<string, number> = { ...a.statusCodes };
  for (const [code, count] of Object.entries(b.statusCodes)) codes[code] = (codes[code] ?? 0) + count;
  const socketErrors = a.errors - (a.requests - a.ok) + (b.errors - (b.requests - b.ok));
  const merged = summarize(
    a.endpoint,
    a.connections,
    a.seconds + b.seconds,
    [...a.latencies, ...b.latencies],
    codes,
    socketErrors,
    a.bytesPerResponse * a.requests + b.bytesPerResponse * b.requests,
  );
  return { ...merged, roundP50s: [...a.roundP50s, ...b.roundP50s] };
}

/**
 * A page's p50 against another's (a floor, or the same page in English) as the median of the rounds'
 * ratios: both are loaded in every round, one after the other, so each round's ratio compares them
 * under the same load on the shared machine, and one slow round (a neighbour's burst) does not move
 * it. The median of each one's p50s divided instead lets a slow round of one face a fast one of the other.
 */
export function medianRoundRatio(page: RunResult, against: RunResult): number {
  const ratios = page.roundP50s.map((p50, round) => p50 / against.roundP50s[round]!);
  return percentile(
    ratios.sort((x, y) => x - y),
    50,
  );
}

export async function runLoad(options: {
  endpoint: string;
  origin: string;
  connections: number;
  seconds: number;
  next: () => LoadRequest;
}): Promise<RunResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let bytes = 0;
  let socketErrors = 0;
  const started = process.hrtime.bigint();
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: [{ setupRequest: (request) => ({ ...request, ...options.next() }) }],
      },
      (error) => (error ? reject(error) : resolve()),
    );
  });
  instance!.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    bytes += resBytes;
  });
  instance!.on("reqError", () => socketErrors++);
  await finished;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summarize(options.endpoint, options.connections, seconds, latencies, statusCodes, socketErrors, bytes);
}
