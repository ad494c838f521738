import "server-only";
// Counts every statement the server sends to PostgreSQL (Prisma's adapter and the bench's own pool
// both go through pg's Client#query, as tests/integration/grid.test.ts relies on too), including
// BEGIN/COMMIT. One process-wide counter: the bench reads it before and after a request it sends
// alone, which gives that request's count exactly.
import pg from "pg";

const STATE = Symbol.for("worklog.bench.queryCounter");
type CounterState = { count: number };
type Patched = typeof pg.Client.prototype & { [STATE]?: CounterState };

function state(): CounterState | undefined {
  return (pg.Client.prototype as Patched)[STATE];
}

/** Installs the counter once per process (idempotent). */
export function installQueryCounter(): void {
  const proto = pg.Client.prototype as Patched;
  if (proto[STATE]) return;
  const counter: CounterState = { count: 0 };
  const query = proto.query;
  proto.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    counter.count++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof proto.query;
  proto[STATE] = counter;
}

/** Statements sent since the server started (0 until the counter is installed). */
export function queryCount(): number {
  return state()?.count ?? 0;
}
