// `npm start` as a user runs it: up with embedded PostgreSQL and demo data, Ctrl-C leaves nothing
// running, and a second start keeps the first one's data.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { portIsFree } from "../../scripts/lib/embedded-postgres";

const ports = { app: 3300, pg: 54381, oidc: 9339 };
const dataDir = mkdtempSync(path.join(os.tmpdir(), "worklog-start-"));
const databaseUrl = `postgresql://worklog:worklog-local@127.0.0.1:${ports.pg}/worklog`;
let running: ChildProcess | null = null;

function start(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: {
      ...process.env,
      DATABASE_URL: "",
      PORT: String(ports.app),
      WORKLOG_PG_PORT: String(ports.pg),
      OIDC_PORT: String(ports.oidc),
      WORKLOG_DATA_DIR: dataDir,
      AUTH_URL: "",
      AUTH_SECRET: "",
      AUTH_COGNITO_ISSUER: "",
    },
    detached: true, // like a terminal's foreground group: Ctrl-C reaches the whole group
    stdio: ["ignore", "pipe", "pipe"],
  });
  running = child;
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Worklog is running at")) resolve(child);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`npm start exited (${code}) before it was up:\n${output.slice(-2000)}`)),
    );
  });
}

/** Ctrl-C: SIGINT to the whole process group, as a terminal sends it. */
async function ctrlC(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  process.kill(-child.pid!, "SIGINT");
  const code = await exited;
  running = null;
  return code;
}

function processesUsing(dir: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((line) => line.includes(dir) && !line.includes("ps -eo"));
}

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  if (running?.pid) process.kill(-running.pid, "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", { timeout: 300_000 }, () => {
  it("serves a healthy app, stops cleanly on Ctrl-C, and keeps the data for the next start", async () => {
    const first = await start();
    const health = await fetch(`http://localhost:${ports.app}/api/ready`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, migrations: "up-to-date" });
    const signIn = await fetch(`http://localhost:${ports.app}/sign-in`);
    expect(await signIn.text()).toContain("Sign in to Worklog");
    await query(`UPDATE users SET name = 'Renamed Between Starts' WHERE email = 'intern3@example.com'`);

    expect([0, 130]).toContain(await ctrlC(first)); // 130: the shell convention for Ctrl-C
    expect(processesUsing(dataDir)).toEqual([]);
    for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);

    const second = await start();
    const [renamed] = await query<{ name: string }>(`SELECT name FROM users WHERE email = 'intern3@example.com'`);
    expect(renamed?.name).toBe("Renamed Between Starts");
    const [{ count }] = (await query<{ count: string }>(`SELECT count(*) FROM cohorts`)) as [{ count: string }];
    expect(Number(count)).toBe(1);
    expect([0, 130]).toContain(await ctrlC(second));
    expect(processesUsing(dataDir)).toEqual([]);
  });
});

describe("the production server", { timeout: 120_000 }, () => {
  it("stops at start-up with one line naming a missing setting", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", "3310"], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://worklog:x@127.0.0.1:1/worklog",
        AUTH_COGNITO_ID: "id",
        AUTH_COGNITO_SECRET: "secret",
        AUTH_COGNITO_ISSUER: "https://cognito-idp.ap-southeast-1.amazonaws.com/ap-southeast-1_abc",
        AUTH_COGNITO_DOMAIN: "https://worklog.auth.ap-southeast-1.amazoncognito.com",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("Configuration error: AUTH_SECRET is not set");
  });
});
