// `npm start` as a user runs it: up with embedded PostgreSQL and demo data, Ctrl-C leaves nothing
// running, and a second start keeps the first one's data.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { portIsFree } from "../../scripts/lib/embedded-postgres";
import { repoRoot } from "../../scripts/lib/paths";
import { freePort } from "../support/free-ports";
import { databaseUrlOf, launch, sql, stackPorts, type Launcher } from "./launcher";

const ports = await stackPorts();
const dataDir = mkdtempSync(path.join(os.tmpdir(), "worklog-start-"));
const databaseUrl = databaseUrlOf(ports);
let running: ChildProcess | null = null;

async function start(): Promise<Launcher> {
  const launcher = launch(ports, dataDir);
  running = launcher.child;
  await launcher.up;
  return launcher;
}

/** Ctrl-C: SIGINT to the whole process group, as a terminal sends it; the launcher exits 0 or 130 (the shell's convention). */
async function ctrlC({ child, output }: Launcher): Promise<void> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  process.kill(-child.pid!, "SIGINT");
  const code = await exited;
  running = null;
  expect([0, 130], `exit code ${code}; the launcher's last output:\n${output()}`).toContain(code);
}

function processesUsing(dir: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((line) => line.includes(dir) && !line.includes("ps -eo"));
}

const query = <T>(text: string) => sql<T>(databaseUrl, text);

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
    // With no language asked for, the program's default (Vietnamese); a browser that asks gets English.
    const signIn = await fetch(`http://localhost:${ports.app}/sign-in`);
    expect(await signIn.text()).toContain("Đăng nhập vào Worklog");
    const inEnglish = await fetch(`http://localhost:${ports.app}/sign-in`, { headers: { "Accept-Language": "en" } });
    expect(await inEnglish.text()).toContain("Sign in to Worklog");
    await query(`UPDATE users SET name = 'Renamed Between Starts' WHERE email = 'intern3@example.com'`);

    await ctrlC(first);
    expect(processesUsing(dataDir)).toEqual([]);
    for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);

    const second = await start();
    const [renamed] = await query<{ name: string }>(`SELECT name FROM users WHERE email = 'intern3@example.com'`);
    expect(renamed?.name).toBe("Renamed Between Starts");
    const [{ count }] = (await query<{ count: string }>(`SELECT count(*) FROM cohorts`)) as [{ count: string }];
    expect(Number(count)).toBe(1);
    await ctrlC(second);
    expect(processesUsing(dataDir)).toEqual([]);
  });
});

describe("the production server", { timeout: 120_000 }, () => {
  it("stops at start-up with one line naming a missing setting", async () => {
    const port = await freePort();
    const next = path.join(repoRoot, "node_modules/next/dist/bin/next");
    const child = spawn(process.execPath, [next, "start", "-p", String(port)], {
      cwd: repoRoot,
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
