// Finds the database a command should use: DATABASE_URL, a Worklog embedded server already
// running (another `npm start`), or a new embedded one that this process owns.
import pg from "pg";
import { applyMigrations } from "../../lib/server/migrations.ts";
import { portIsFree, startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres.ts";
import { resolveDataDir } from "./paths.ts";

export const EMBEDDED_DATABASE = "worklog";

export interface OpenDatabase {
  url: string;
  /** The embedded server this process started, if any (stop it when done). */
  embedded: RunningPostgres | null;
  close(): Promise<void>;
}

export function embeddedPort(): number {
  return Number(process.env.WORKLOG_PG_PORT ?? 54329);
}

export async function openDatabase(log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null, close: async () => {} };
  }
  const port = embeddedPort();
  const dataDir = resolveDataDir();
  if (!(await portIsFree(port))) {
    const url = `postgresql://worklog:worklog-local@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
    if (await canConnect(url)) return { url, embedded: null, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir, port, database: EMBEDDED_DATABASE, log });
  return { url: embedded.url, embedded, close: () => embedded.stop() };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Applies pending migrations; returns their names. */
export async function migrateDatabase(url: string, onApply?: (name: string) => void): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(async (text, values) => (await client.query(text, values)).rows, { onApply });
  } finally {
    await client.end();
  }
}
