import "server-only";
// Applies prisma/migrations the way `prisma migrate deploy` does, recording each in Prisma's own
// `_prisma_migrations` table, so the folder stays valid for the native engine where it exists
// (docs/decisions/003-migrations-without-engine.md).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  failed: string[];
  /** Applied migrations whose file changed since (checksum differs). */
  modified: string[];
}

export const defaultMigrationsDir = path.join(process.cwd(), "prisma", "migrations");

// Any constant works; it only has to be the same for every Worklog process.
const ADVISORY_LOCK_KEY = 72_707_369;

export function readMigrations(dir = defaultMigrationsDir): Migration[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Runs one SQL text on one connection and returns its rows (pg's `client.query`, Prisma's `$queryRawUnsafe`). */
export type Sql = (text: string, values?: unknown[]) => Promise<unknown[]>;

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function migrationStatus(sql: Sql, migrations = readMigrations()): Promise<MigrationStatus> {
  const [table] = (await sql(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`)) as {
    present: boolean;
  }[];
  const rows = table?.present
    ? ((await sql(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      )) as MigrationRow[])
    : [];
  const done = new Map(
    rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r.checksum]),
  );
  return {
    applied: [...done.keys()],
    pending: migrations.filter((m) => !done.has(m.name)).map((m) => m.name),
    failed: rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name),
    modified: migrations.filter((m) => done.has(m.name) && done.get(m.name) !== m.checksum).map((m) => m.name),
  };
}

/**
 * Applies every pending migration, each in its own transaction, under an advisory lock so that
 * (`sql` must run on one connection, since the lock belongs to the session)
 * two processes starting at once do not race. Returns the names applied. A failed migration is
 * recorded with its error in `logs` (as Prisma does) and stops the run.
 */
export async function applyMigrations(
  sql: Sql,
  options: { migrations?: Migration[]; onApply?: (name: string) => void } = {},
): Promise<string[]> {
  const migrations = options.migrations ?? readMigrations();
  await sql("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
  try {
    await sql(CREATE_TABLE);
    const status = await migrationStatus(sql, migrations);
    if (status.failed.length > 0) {
      throw new Error(
        `Migration ${status.failed[0]} failed earlier and needs attention: fix the database, then delete its row from "_prisma_migrations".`,
      );
    }
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => status.pending.includes(m.name))) {
      options.onApply?.(migration.name);
      const id = randomUUID();
      await sql(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, migration.checksum, migration.name],
      );
      try {
        await sql("BEGIN");
        await sql(migration.sql);
        await sql("COMMIT");
      } catch (error) {
        await sql("ROLLBACK");
        await sql(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, String(error)]);
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      await sql(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await sql("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
  }
}
