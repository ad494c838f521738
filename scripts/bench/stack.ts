// The bench's own stack: the production build (built when the sources changed), an embedded
// PostgreSQL in its own data folder (seeded with the demo and the large dataset once, reused
// afterwards), the local sign-in provider with the bench's people, and the app's server with
// WORKLOG_BENCH=1. Everything it starts it stops.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { LOCAL_USERS, startOidcProvider, type LocalUser, type RunningOidcProvider } from "../oidc-provider.ts";
import { buildIsCurrent, markBuilt } from "../lib/build-fingerprint.ts";
import { migrateDatabase } from "../lib/database.ts";
import { portIsFree, startEmbeddedPostgres, type RunningPostgres } from "../lib/embedded-postgres.ts";
import { repoRoot } from "../lib/paths.ts";
import { webServerArgs } from "../lib/web-server.ts";
import { BENCH_TODAY, signedInCohorts } from "./dataset.ts";

const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");

/** Node with these arguments (Next's CLI, or our server), logging to `logFile`. */
function run(args: string[], env: NodeJS.ProcessEnv, logFile: string, nodeArgs: string[] = []): ChildProcess {
  const fd = openSync(logFile, "a");
  // Its own process group, so that stopping it also stops the workers it forks.
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", fd, fd],
    detached: true,
  });
  closeSync(fd);
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child);
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

export async function ensureBuild(
  log: (line: string) => void,
  logFile: string,
): Promise<{ built: boolean; seconds: number }> {
  if (buildIsCurrent(repoRoot)) return { built: false, seconds: 0 };
  log(`Building the app (next build; output in ${logFile})…`);
  const started = Date.now();
  const build = run(
    [nextBin, "build"],
    { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    logFile,
  );
  const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see ${logFile}.`);
  markBuilt(repoRoot);
  return { built: true, seconds: (Date.now() - started) / 1000 };
}

export interface BenchStack {
  appOrigin: string;
  databaseUrl: string;
  serverLog: string;
  /** The web server's process group (its memory: scripts/bench/live.ts). */
  serverPid: number;
  /** Restarts PostgreSQL under the running app (scripts/bench/restart.ts). */
  restartDatabase(downMs?: number): Promise<{ stoppedAt: number; startedAt: number }>;
  /** A second app server on BENCH_PORT + 1, on the same database and session secret (scripts/bench/instances.ts). */
  startSecondServer(): Promise<{ origin: string; stop: () => Promise<void> }>;
  stop(): Promise<void>;
}

interface StackOptions {
  dir: string;
  appPort: number;
  oidcPort: number;
  pgPort: number;
  /** The large dataset's scale (20 × scale cohorts). */
  scale: number;
  log: (line: string) => void;
  /** Node flags for the web server, e.g. ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] to profile it. */
  serverNodeArgs?: string[];
}

/** What has been started so far, stopped in reverse. */
type Stops = (() => Promise<void>)[];

async function assertPortsFree(options: StackOptions): Promise<void> {
  for (const [name, port] of [
    ["web", options.appPort],
    ["sign-in provider", options.oidcPort],
    ["PostgreSQL", options.pgPort],
  ] as const) {
    if (!(await portIsFree(port, name === "web" ? "0.0.0.0" : "127.0.0.1"))) {
      throw new Error(
        `Port ${port} (bench ${name}) is in use. Is another bench running? Set BENCH_PORT, BENCH_OIDC_PORT or BENCH_PG_PORT.`,
      );
    }
  }
}

/** PostgreSQL, migrated, with the demo data and the large dataset (seeded once, reused afterwards). */
async function startDatabase(options: StackOptions, stops: Stops): Promise<RunningPostgres> {
  const { dir, log } = options;
  const pgLog = openSync(path.join(dir, "postgres.log"), "a");
  let pgLogOpen = true;
  const postgres: RunningPostgres = await startEmbeddedPostgres({
    dataDir: dir,
    port: options.pgPort,
    database: "worklog",
    log: (line) => {
      if (pgLogOpen) writeSync(pgLog, `${line}\n`);
    },
  }).catch((error: unknown) => {
    closeSync(pgLog);
    throw error;
  });
  stops.push(async () => {
    await postgres.stop();
    pgLogOpen = false;
    closeSync(pgLog);
  });
  log(`PostgreSQL: embedded, data in ${path.join(dir, "postgres")}`);
  const applied = await migrateDatabase(postgres.url);
  if (applied.length) log(`Applied ${applied.length} migration(s).`);

  // The demo data first (the demo mentor also mentors bench cohort 01), then the large dataset.
  process.env.DATABASE_URL = postgres.url;
  process.env.WORKLOG_TODAY = BENCH_TODAY;
  const { seed } = await import("../../prisma/seed.ts");
  await seed({ quiet: true });
  const { db } = await import("../../lib/server/db.ts");
  await db.$disconnect();
  const { seedLarge } = await import("../seed-large.ts");
  await seedLarge({ url: postgres.url, today: BENCH_TODAY, scale: options.scale });
  return postgres;
}

/** The local sign-in provider, with the demo users and the bench's people. */
async function startProvider(
  options: StackOptions,
  appOrigin: string,
  clientSecret: string,
  stops: Stops,
): Promise<RunningOidcProvider> {
  const benchUsers: LocalUser[] = signedInCohorts(options.scale).flatMap((c) =>
    [...c.mentors, ...c.interns].map((p) => ({ email: p.email, name: p.name, groups: [p.group] })),
  );
  const provider: RunningOidcProvider = await startOidcProvider({
    port: options.oidcPort,
    keysFile: path.join(options.dir, "oidc", "jwks.json"),
    client: {
      clientId: "worklog-bench",
      clientSecret,
      redirectUris: [`${appOrigin}/api/auth/callback/cognito`],
      postLogoutRedirectUris: [`${appOrigin}/signed-out`],
    },
    users: [...LOCAL_USERS, ...benchUsers],
    quiet: true,
  });
  stops.push(() => provider.close());
  return provider;
}

/** The app's server (scripts/server.ts, as npm start runs it) with WORKLOG_BENCH=1, once it answers healthy. */
async function startServer(
  options: StackOptions,
  env: ServerEnv & { port: number; logName: string },
  stops: Stops,
): Promise<{ serverLog: string; serverPid: number; stop: () => Promise<void> }> {
  const { provider } = env;
  const appOrigin = `http://localhost:${env.port}`;
  const serverLog = path.join(options.dir, env.logName);
  const server = run(
    webServerArgs(process.env),
    {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(env.port),
      DATABASE_URL: env.databaseUrl,
      WORKLOG_TODAY: BENCH_TODAY,
      WORKLOG_BENCH: "1",
      // The endpoints' checks read English; a row in Vietnamese asks for it (Accept-Language).
      WORKLOG_DEFAULT_LOCALE: "en",
      // The bench stands for many people at many addresses (X-Forwarded-For), as behind a load balancer.
      WORKLOG_TRUSTED_PROXY_HOPS: "1",
      WORKLOG_MUTATIONS_PER_MINUTE: "1000000000",
      AUTH_URL: appOrigin,
      AUTH_SECRET: env.authSecret,
      AUTH_COGNITO_ID: "worklog-bench",
      AUTH_COGNITO_SECRET: env.clientSecret,
      AUTH_COGNITO_ISSUER: provider.issuer,
      AUTH_COGNITO_DOMAIN: provider.url,
    },
    serverLog,
    options.serverNodeArgs,
  );
  const stop = () => stopChild(server);
  stops.push(stop);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The app server exited (code ${server.exitCode}); see ${serverLog}.`);
    try {
      if ((await fetch(`${appOrigin}/api/ready`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`The app server did not answer healthy within 60 s; see ${serverLog}.`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { serverLog, serverPid: server.pid!, stop };
}

/** What every app server of the stack shares: the database, the sign-in provider, the session secret. */
interface ServerEnv {
  databaseUrl: string;
  clientSecret: string;
  authSecret: string;
  provider: RunningOidcProvider;
}

export async function startStack(options: StackOptions): Promise<BenchStack> {
  mkdirSync(options.dir, { recursive: true });
  await assertPortsFree(options);
  const stops: Stops = [];
  const stop = async () => {
    for (const one of stops.reverse()) {
      try {
        await one();
      } catch {
        /* already stopped */
      }
    }
    stops.length = 0;
  };
  try {
    const postgres = await startDatabase(options, stops);
    const appOrigin = `http://localhost:${options.appPort}`;
    const clientSecret = randomBytes(24).toString("base64url");
    const provider = await startProvider(options, appOrigin, clientSecret, stops);
    const shared: ServerEnv = {
      databaseUrl: postgres.url,
      clientSecret,
      authSecret: randomBytes(33).toString("base64"),
      provider,
    };
    const { serverLog, serverPid } = await startServer(
      options,
      { ...shared, port: options.appPort, logName: "server.log" },
      stops,
    );
    options.log(
      `Server: scripts/server.ts at ${appOrigin} (WORKLOG_BENCH=1, WORKLOG_TODAY=${BENCH_TODAY}); its log: ${serverLog}`,
    );
    return {
      appOrigin,
      databaseUrl: postgres.url,
      serverLog,
      serverPid,
      restartDatabase: (downMs) => postgres.restart(downMs),
      startSecondServer: async () => {
        const port = options.appPort + 1;
        if (!(await portIsFree(port, "0.0.0.0"))) throw new Error(`Port ${port} (bench second web server) is in use.`);
        const second = await startServer(options, { ...shared, port, logName: "server-2.log" }, stops);
        return { origin: `http://localhost:${port}`, stop: second.stop };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
