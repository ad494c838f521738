// A second app instance for a spec: `next start` on a free port, on the same database and sign-in
// provider as the first (cookies are per host, not per port, so a browser signed in on one is signed
// in on the other). `env` adds settings of its own.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E_DATA_DIR, E2E_DATABASE_URL, E2E_OIDC_PORT, E2E_TODAY } from "../../playwright.config";
import { freePort } from "../support/free-ports";
import { expect } from "./fixtures";

export interface SecondInstance {
  port: number;
  origin: string;
  stop(): void;
}

export async function startSecondInstance(env: Record<string, string> = {}): Promise<SecondInstance> {
  const port = await freePort();
  const secrets = JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "local-secrets.json"), "utf8")) as Record<
    string,
    string
  >;
  const provider = `http://127.0.0.1:${E2E_OIDC_PORT}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: E2E_DATABASE_URL,
        AUTH_URL: `http://localhost:${port}`,
        AUTH_SECRET: secrets.authSecret,
        AUTH_COGNITO_ID: "worklog-local",
        AUTH_COGNITO_SECRET: secrets.clientSecret,
        AUTH_COGNITO_ISSUER: `${provider}/us-east-1_local`,
        AUTH_COGNITO_DOMAIN: provider,
        WORKLOG_TODAY: E2E_TODAY,
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: "ignore",
      detached: true,
    },
  );
  const origin = `http://localhost:${port}`;
  await expect
    .poll(async () => (await fetch(`${origin}/api/ready`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
  return {
    port,
    origin,
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}
