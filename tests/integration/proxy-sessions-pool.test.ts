// proxy.ts's own small pool (lib/server/data/live-sessions.ts) when the database ends its idle
// connections, as a restart does ("terminating connection due to administrator command"): the pool
// hears it (unheard, it is an uncaught exception of the whole server, and a request failed with 500
// during the bench's database restart), and the next request's check works on a new connection.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIVE_SESSIONS_APPLICATION, sessionIsLive } from "@/lib/server/data/live-sessions";

let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
});

afterAll(async () => {
  await admin.end();
});

async function proxyConnections(): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()",
    [LIVE_SESSIONS_APPLICATION],
  );
  return rows.map((row) => row.pid);
}

describe("the proxy's session pool", () => {
  it("survives the database ending its idle connections, and checks the next session on a new one", async () => {
    expect(await sessionIsLive("no-such-token")).toBe(false); // leaves an idle connection
    const before = await proxyConnections();
    expect(before.length).toBeGreaterThan(0);
    await admin.query("SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid", [before]);
    await expect.poll(proxyConnections).toEqual([]);
    // The pool has dropped the ended connection (an unheard "error" would have failed this run).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await sessionIsLive("no-such-token")).toBe(false);
    const after = await proxyConnections();
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((pid) => before.includes(pid))).toBe(false);
  });
});
