import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema, schemaPath } from "../../scripts/lib/schema-engine.ts";
import { applyMigrations, migrationStatus, readMigrations } from "@/lib/server/migrations";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
const sql = async (text: string, values?: unknown[]) => (await client.query(text, values)).rows;
beforeAll(() => client.connect());
afterAll(() => client.end());

describe("migrations", () => {
  it("reproduce schema.prisma exactly (a schema change without a migration fails here)", async () => {
    const drift = await diffMigrationsToSchema(process.env.DATABASE_URL!);
    expect(drift, "schema.prisma changed without a migration: run npm run db:migrate:create -- <name>").toBe("");
  });

  it("notices a model that no migration creates", async () => {
    const schema = `${readFileSync(schemaPath, "utf8")}\nmodel Badge {\n  id Int @id\n  label String\n}\n`;
    const drift = await diffMigrationsToSchema(process.env.DATABASE_URL!, schema);
    expect(drift).toContain('CREATE TABLE "Badge"');
  });

  it("are recorded in _prisma_migrations as Prisma does, with the file's checksum", async () => {
    const rows = (await sql(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    )) as { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }[];
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.checksum).toBe(createHash("sha256").update(files[index]!.sql).digest("hex"));
    }
  });

  it("apply nothing twice, and report a pending one", async () => {
    expect(await applyMigrations(sql)).toEqual([]);
    const extra = { name: "29990101000000_later", sql: "SELECT 1;", checksum: "x" };
    const status = await migrationStatus(sql, [...readMigrations(), extra]);
    expect(status.pending).toEqual(["29990101000000_later"]);
    expect(status.failed).toEqual([]);
  });

  it("record a failing migration with its error and leave no partial change", async () => {
    const broken = {
      name: "29990101000001_broken",
      sql: 'CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";',
      checksum: "y",
    };
    await expect(applyMigrations(sql, { migrations: [...readMigrations(), broken] })).rejects.toThrow(/broken failed/);
    const [row] = (await sql(`SELECT logs, finished_at FROM "_prisma_migrations" WHERE migration_name = $1`, [
      broken.name,
    ])) as { logs: string; finished_at: Date | null }[];
    expect(row?.finished_at).toBeNull();
    expect(row?.logs).toContain("no_such_table");
    expect(await sql(`SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);
  });
});
