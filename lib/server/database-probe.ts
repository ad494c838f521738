// Is the database there? Answered from two sources, so that while PostgreSQL restarts proxy.ts can
// answer 503 with a clear page instead of every page failing: database calls that fail to connect
// mark it down (shared through globalThis: proxy and pages run in one process), and a TCP connect
// to its port, at most once a second, tells when it may be back. No "server-only" marker: proxy.ts
// uses it.
import net from "node:net";

const PROBE_EVERY_MS = 1000;
const PROBE_TIMEOUT_MS = 1000;
/** After a failed database call, requests wait this long before trying it again. */
const DOWN_FOR_MS = 2000;

interface ProbeState {
  downAt: number;
  lastProbe: number;
  lastProbeUp: boolean;
  pending: Promise<boolean> | null;
}

const state: ProbeState = ((globalThis as { __worklogDatabaseProbe?: ProbeState }).__worklogDatabaseProbe ??= {
  downAt: 0,
  lastProbe: 0,
  lastProbeUp: true,
  pending: null,
});

const CONNECTION_ERRORS =
  /ECONNREFUSED|DatabaseNotReachable|ECONNRESET|ETIMEDOUT|EPIPE|57P01|57P02|57P03|Connection terminated|connect ECONN|the database system is (shutting down|starting up)|terminating connection due to administrator command|Can't reach database|P1001/i;

/**
 * True for errors that mean "could not talk to the database", not "the query was wrong". Looks
 * through the error's causes (Prisma wraps the driver's error: `cause`, `meta.driverAdapterError`,
 * `originalCode`), a few levels deep.
 */
export function isConnectionError(error: unknown): boolean {
  const parts: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== "object") return;
    const e = value as Record<string, unknown>;
    for (const key of ["code", "message", "originalCode", "originalMessage"]) {
      if (typeof e[key] === "string") parts.push(e[key]);
    }
    visit(e.cause, depth + 1);
    visit((e.meta as Record<string, unknown> | undefined)?.driverAdapterError, depth + 1);
  };
  visit(error, 0);
  return CONNECTION_ERRORS.test(parts.join(" ").slice(0, 10_000));
}

export function markDatabaseDown(now = Date.now()): void {
  state.downAt = now;
}

export function markDatabaseUp(): void {
  state.downAt = 0;
}

function target(): { host: string; port: number } | null {
  try {
    const url = new URL(process.env.DATABASE_URL ?? "");
    return { host: url.hostname || "127.0.0.1", port: Number(url.port || 5432) };
  } catch {
    return null;
  }
}

/**
 * Only a refused connection says the database is away: a connect that is merely slow (a busy
 * machine, a full accept queue) says nothing, and must not turn every page into a 503.
 */
function probe(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(true));
    socket.once("connect", () => done(true));
    socket.once("error", (error: NodeJS.ErrnoException) =>
      done(!/ECONNREFUSED|ECONNRESET|EHOSTUNREACH/.test(String(error.code))),
    );
  });
}

/** False while the database is known to be away; otherwise true unless its port refuses connections. */
export async function databaseReachable(now = Date.now()): Promise<boolean> {
  if (state.downAt && now - state.downAt < DOWN_FOR_MS) return false;
  const where = target();
  if (!where) return true; // no database configured: the page says what is wrong
  if (now - state.lastProbe < PROBE_EVERY_MS) return state.lastProbeUp;
  state.pending ??= probe(where.host, where.port).then((up) => {
    state.lastProbe = Date.now();
    state.lastProbeUp = up;
    state.pending = null;
    return up;
  });
  return state.pending;
}
