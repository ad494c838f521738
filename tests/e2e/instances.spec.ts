// Two app instances on two ports sharing one database: a session from one works on the other, and
// a tick on one shows on the other (the app keeps no state in memory that matters).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E_DATA_DIR, E2E_DATABASE_URL, E2E_OIDC_PORT, E2E_TODAY } from "../../playwright.config";
import { freePort } from "../support/free-ports";
import { expect, test } from "./fixtures";

let secondPort = 0; // free, chosen when the second instance starts
let second: ChildProcess | undefined;

test.beforeAll(async () => {
  secondPort = await freePort();
  const secrets = JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "local-secrets.json"), "utf8")) as Record<
    string,
    string
  >;
  const provider = `http://127.0.0.1:${E2E_OIDC_PORT}`;
  second = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(secondPort)],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: E2E_DATABASE_URL,
        AUTH_URL: `http://localhost:${secondPort}`,
        AUTH_SECRET: secrets.authSecret,
        AUTH_COGNITO_ID: "worklog-local",
        AUTH_COGNITO_SECRET: secrets.clientSecret,
        AUTH_COGNITO_ISSUER: `${provider}/us-east-1_local`,
        AUTH_COGNITO_DOMAIN: provider,
        WORKLOG_TODAY: E2E_TODAY,
        LOG_LEVEL: "warn",
      },
      stdio: "ignore",
      detached: true,
    },
  );
  await expect
    .poll(async () => (await fetch(`http://localhost:${secondPort}/api/ready`).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
    })
    .toBe(200);
});

test.afterAll(() => {
  if (second?.pid) process.kill(-second.pid, "SIGTERM");
});

test("a session and a tick made on one instance hold on the other", async ({ page, login }) => {
  await login("intern3@example.com");
  await page.getByRole("link", { name: /^Week 2/ }).click();
  await expect(page.getByRole("heading", { name: "Week 2" })).toBeVisible();
  const weekPath = new URL(page.url()).pathname;

  // The same browser (cookies are per host, not per port) on the second instance: still signed in.
  const other = await page.context().newPage();
  await other.goto(`http://localhost:${secondPort}${weekPath}`);
  await expect(other.getByTestId("signed-in-as")).toContainText("Lê Minh Châu");
  const box = other.getByRole("checkbox", { checked: false }).first();
  const name = (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "")).slice(0, 24);
  await other.getByRole("checkbox", { name }).check();
  await expect(other.getByText("Saving…")).toHaveCount(0);

  // The first instance sees it.
  await page.reload();
  await expect(page.getByRole("checkbox", { name })).toBeChecked();
});
