// `npm start`: Worklog with embedded defaults. Starts PostgreSQL (unless DATABASE_URL is set),
// applies migrations, loads demo data, builds the app if its sources changed, and serves it.
// Ctrl-C stops everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, createWriteStream } from "node:fs";
import path from "node:path";
import { buildIsCurrent, markBuilt } from "./lib/build-fingerprint.ts";
import { migrateDatabase, openDatabase, type OpenDatabase } from "./lib/database.ts";
import { startLocalAuth } from "./lib/local-auth.ts";
import { startNotifications } from "./lib/notifications.ts";
import { repoRoot, resolveDataDir } from "./lib/paths.ts";
import { webServerArgs } from "./lib/web-server.ts";

const dev = process.argv.includes("--dev");
const cleanups: (() => Promise<void> | void)[] = [];
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (cleanups.length > 0) console.log("\nStopping Worklog…");
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // Already gone (Ctrl-C reaches the whole process group): nothing left to stop.
      }
    }
  }
  if (cleanups.length > 0) console.log("Stopped.");
  process.exit(code);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, logFile?: NodeJS.WritableStream): ChildProcess {
  // Its own process group, so that stopping it also stops the workers it forks.
  const child = spawn(command, args, {
    cwd: repoRoot,
    env,
    stdio: logFile ? ["ignore", "pipe", "pipe"] : "inherit",
    detached: true,
  });
  if (logFile) {
    // The server's output goes to the terminal and to <data dir>/server.log.
    for (const [from, to] of [
      [child.stdout!, process.stdout],
      [child.stderr!, process.stderr],
    ] as const) {
      from.on("data", (chunk: Buffer) => {
        to.write(chunk);
        logFile.write(chunk);
      });
    }
  }
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already exited */
    }
  }
}

async function waitForExit(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      killGroup(child, "SIGKILL");
      resolve();
    }, ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function main() {
  if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = Number(process.env.PORT ?? 3000);
  const dataDir = resolveDataDir();
  mkdirSync(dataDir, { recursive: true });

  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  // Ctrl-C reaches the embedded PostgreSQL too (it is in this process group), so while stopping, a
  // connection of the notification worker may fail on its way out: expected then, and not a crash.
  // At any other time an error nobody caught stops everything, with one line saying what it was.
  const crashed = (error: unknown) => {
    if (stopping) return;
    console.error(`Worklog stopped on an error: ${error instanceof Error ? error.message : String(error)}`);
    void stop(1);
  };
  process.on("uncaughtException", crashed);
  process.on("unhandledRejection", crashed);

  let database: OpenDatabase;
  const ownDatabase = Boolean(process.env.DATABASE_URL);
  if (ownDatabase) {
    console.log("Database: DATABASE_URL (no embedded PostgreSQL started)");
    database = await openDatabase();
  } else {
    const pgLog = createWriteStream(path.join(dataDir, "postgres.log"), { flags: "a" });
    console.log(`Database: embedded PostgreSQL, data in ${path.join(dataDir, "postgres")}`);
    database = await openDatabase((line) => pgLog.write(`${line}\n`));
  }
  cleanups.push(() => database.close());
  process.env.DATABASE_URL = database.url;

  const applied = await migrateDatabase(database.url, (name) => console.log(`Applying migration ${name}`));
  if (applied.length === 0) console.log("Migrations: up to date");
  // Demo people (admin@example.com with a public password) only where they belong: the embedded
  // database, unless asked for; your own database only with WORKLOG_SEED=true.
  const seedDemo = process.env.WORKLOG_SEED === "true" || (!ownDatabase && process.env.WORKLOG_SEED !== "false");
  if (seedDemo) {
    const { seed } = await import("../prisma/seed.ts");
    await seed();
  }

  const url = `http://localhost:${port}`;
  const provider = await startLocalAuth({ dataDir, appUrl: url, oidcPort: Number(process.env.OIDC_PORT ?? 9229) });
  if (provider) cleanups.push(() => provider.close());

  // The notification worker (and, with no WORKLOG_SMTP_URL, the local mail catcher it sends to).
  const notifications = await startNotifications();
  cleanups.push(() => notifications.close());

  const env = { ...process.env, PORT: String(port) };
  const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
  if (!dev && !buildIsCurrent(repoRoot)) {
    console.log("Building the app (first start, or the sources changed)…");
    const build = run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" });
    cleanups.push(() => killGroup(build));
    const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error("The build failed (see above).");
    markBuilt(repoRoot);
  }

  const serverLog = createWriteStream(path.join(dataDir, "server.log"), { flags: "a" });
  // Our own server around Next.js's handler: it owns the socket, so it knows the client's address.
  const server = run(
    process.execPath,
    webServerArgs(process.env, { dev }),
    { ...env, NODE_ENV: dev ? "development" : "production" },
    serverLog,
  );
  cleanups.push(async () => {
    killGroup(server);
    await waitForExit(server, 5000);
  });
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`The web server stopped (exit code ${code ?? "?"}).`);
      void stop(code ?? 1);
    }
  });

  await waitForReady(`${url}/api/ready`, 120_000);
  console.log(`\nWorklog is running at ${url}`);
  if (notifications.inboxUrl) console.log(`Mail it sends is caught (not delivered) at ${notifications.inboxUrl}`);
  if (provider)
    console.log(`Sign in as intern@example.com, mentor@example.com or admin@example.com, password worklog-demo.`);
  console.log(`Press Ctrl-C to stop it (and everything it started).\n`);
}

async function waitForReady(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!stopping) throw new Error(`${url} did not answer ready within ${ms / 1000} s.`);
}

main().catch(async (error: unknown) => {
  console.error(`Worklog could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
});
