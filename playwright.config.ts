import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { freePorts } from "./tests/support/free-ports.ts";

// The end-to-end stack: the real launcher (embedded PostgreSQL, migrations, demo data, production
// build) on free ports of its own, with its own data folder, fresh for every run. The ports are
// chosen once, in Playwright's main process; its workers and the web server inherit the environment
// and evaluate this file again, so they find the same ones (and two runs never share one).
const PORT_VARIABLES = [
  "WORKLOG_E2E_PORT",
  "WORKLOG_E2E_PG_PORT",
  "WORKLOG_E2E_OIDC_PORT",
  "WORKLOG_E2E_MAIL_PORT",
  "WORKLOG_E2E_SMTP_PORT",
] as const;
if (PORT_VARIABLES.some((name) => !process.env[name])) {
  const ports = await freePorts(PORT_VARIABLES.length);
  PORT_VARIABLES.forEach((name, i) => (process.env[name] ||= String(ports[i])));
}
export const E2E_PORT = Number(process.env.WORKLOG_E2E_PORT);
export const E2E_PG_PORT = Number(process.env.WORKLOG_E2E_PG_PORT);
export const E2E_OIDC_PORT = Number(process.env.WORKLOG_E2E_OIDC_PORT);
/** The launcher's local mail catcher (no WORKLOG_SMTP_URL): its inbox, where the specs read the mail sent. */
export const E2E_MAIL_URL = `http://127.0.0.1:${process.env.WORKLOG_E2E_MAIL_PORT}`;
export const E2E_TODAY = "2026-11-29";
/** How often the server confirms a session with the provider (seconds), so that a change there shows quickly. */
export const E2E_SESSION_CHECK_SECONDS = 3;
// Named after the run's app port: no other run has it while this one is up (tests/e2e/server.ts
// empties it at start and removes it at exit).
export const E2E_DATA_DIR = path.join(os.tmpdir(), `worklog-e2e-${E2E_PORT}`);
export const E2E_DATABASE_URL = `postgresql://worklog:worklog-local@127.0.0.1:${E2E_PG_PORT}/worklog`;
const baseURL = `http://localhost:${E2E_PORT}`;

const chromium = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]]
    : [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    // English unless a spec asks for Vietnamese: pages and API requests alike say which (Worklog's
    // default for a request that names no language is Vietnamese).
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    launchOptions: {
      executablePath: chromium,
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testIgnore: /(hostile|import-http|sessions-and-redirects|vietnamese)\.spec\.ts/,
    },
    // Specs that count rows or use up rate limits: they run once the other specs have finished writing
    // (side by side with each other: neither writes what the other counts).
    {
      name: "isolated",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /(hostile|import-http)\.spec\.ts/,
      dependencies: ["desktop"],
    },
    // The spec that disables people, changes their groups at the provider and deactivates them: every
    // demo person is someone another spec signs in as, so it runs last, on its own.
    {
      name: "sessions",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /sessions-and-redirects\.spec\.ts/,
      dependencies: ["isolated"],
    },
    // The main journeys in Vietnamese: they create and submit a week and save a person's language,
    // which no other spec may meet, so they run after all of them.
    {
      name: "vietnamese",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /vietnamese\.spec\.ts/,
      dependencies: ["sessions"],
    },
  ],
  webServer: {
    command: "node --conditions=react-server --import tsx tests/e2e/server.ts",
    url: `${baseURL}/api/ready`,
    timeout: 240_000,
    reuseExistingServer: false,
    // The server's JSON log lines go to <data dir>/server.log; errors still show here.
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 15_000 },
    env: {
      PORT: String(E2E_PORT),
      WORKLOG_PG_PORT: String(E2E_PG_PORT),
      WORKLOG_DATA_DIR: E2E_DATA_DIR,
      OIDC_PORT: String(E2E_OIDC_PORT),
      WORKLOG_SMTP_URL: "",
      WORKLOG_MAIL_CATCHER_PORT: String(process.env.WORKLOG_E2E_MAIL_PORT),
      WORKLOG_MAIL_CATCHER_SMTP_PORT: String(process.env.WORKLOG_E2E_SMTP_PORT),
      // Reminders never fall due during a run (the pinned "today" would make some due at once), so
      // that the specs count only the notifications they cause; their moments have their own tests.
      WORKLOG_REMINDER_CRON: "0 0 1 1 *",
      // A fixed "today" (a Sunday: week 5's last day, three tasks to tick) keeps the demo data
      // and every date the tests see the same from run to run.
      WORKLOG_TODAY: E2E_TODAY,
      DATABASE_URL: "",
      // Answers in English to requests that name no language (API request contexts send no
      // Accept-Language; the browsers here say en-US unless a spec chooses Vietnamese).
      WORKLOG_DEFAULT_LOCALE: "en",
      // Specs stand for people at many addresses (X-Forwarded-For), as behind one load balancer.
      WORKLOG_TRUSTED_PROXY_HOPS: "1",
      WORKLOG_SESSION_CHECK_SECONDS: String(E2E_SESSION_CHECK_SECONDS),
      // The hostile-payload spec sends 500 form saves in a minute; the per-person limit has its own test.
      WORKLOG_MUTATIONS_PER_MINUTE: "100000",
    },
  },
});
