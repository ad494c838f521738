// Drives Prisma's WebAssembly schema engine, because the native one cannot be downloaded here
// (docs/decisions/003-migrations-without-engine.md). Used to write new migrations and, in a test,
// to prove that prisma/migrations reproduces schema.prisma exactly.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { repoRoot } from "./paths.ts";

export const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

type EngineModule = typeof import("@prisma/schema-engine-wasm");

let engineModule: Promise<EngineModule> | undefined;
let lastPanic: string | undefined;

/** Node 20 cannot import `.wasm` as a module, so instantiate it by hand. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    // The engine reports Rust panics through this global; keep the message for the error we throw.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bindings = (await import(path.join(pkgDir, "schema_engine_bg.js"))) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

/**
 * adapter-pg 7.10 does not map the catalog column types `name` (OID 19) and `"char"` (OID 18) that
 * the engine's introspection reads (prisma/orm#27403). Rows come through pg's client, so this client
 * relabels them as text and remembers which columns were "char", and `withCharColumns` then reports
 * those to the engine as the Character type it expects.
 */
const charColumnsOfRows = new WeakMap<object, number[]>();
const CHARACTER_COLUMN_TYPE = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

class CatalogTextClient extends pg.Client {
  // @ts-expect-error -- pg's overloads; we post-process both the promise and the callback form (pg.Pool's).
  override query(...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) =>
        last(error, error ? result : relabelCatalogColumns(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return result instanceof Promise ? result.then(relabelCatalogColumns) : result;
  }
}

function relabelCatalogColumns<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields = [], rows = [] } = one as { fields?: { name: string; dataTypeID: number }[]; rows?: unknown[] };
    const charColumns: number[] = [];
    fields.forEach((field, index) => {
      if (field.dataTypeID === 18) {
        charColumns.push(index);
        // A NUL "char" (e.g. attidentity of a plain column) arrives as "", which is no char at all.
        for (const row of rows as Record<string | number, unknown>[]) {
          const key = Array.isArray(row) ? index : field.name;
          if (row[key] === "") row[key] = "\u0000";
        }
      }
      if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    });
    if (charColumns.length > 0) charColumnsOfRows.set(rows, charColumns);
  }
  return result;
}

type RawResult = { columnTypes: number[]; rows: unknown[] };

function withCharColumns<A extends { queryRaw(query: never): Promise<unknown> }>(adapter: A): A {
  const queryRaw = adapter.queryRaw.bind(adapter) as (query: unknown) => Promise<RawResult>;
  (adapter as { queryRaw: unknown }).queryRaw = async (query: unknown) => {
    const result = await queryRaw(query);
    for (const index of charColumnsOfRows.get(result.rows) ?? []) result.columnTypes[index] = CHARACTER_COLUMN_TYPE;
    return result;
  };
  return adapter;
}

/** The PrismaPg factory must get discrete fields: given a URL, its shadow database reuses the main one. */
function pgConfig(url: string) {
  const parsed = new URL(url);
  return {
    Client: CatalogTextClient as unknown as pg.PoolConfig["Client"],
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.slice(1),
  };
}

export function readMigrationList(): MigrationList {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/**
 * adapter-pg's own shadow database drops the database before closing its pool (which then
 * fails: "being accessed by other users"), so the shadow database is managed here.
 */
function migrationAwareFactory(databaseUrl: string) {
  const config = pgConfig(databaseUrl);
  const main = new PrismaPg(config);
  const admin = async (sql: string) => {
    const { Client: _catalogClient, ...plain } = config;
    const client = new pg.Client(plain);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    provider: "postgres" as const,
    adapterName: main.adapterName,
    connect: async () => withCharColumns(await main.connect()),
    async connectToShadowDb() {
      const name = `worklog_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin(`CREATE DATABASE "${name}"`);
      const adapter = withCharColumns(await new PrismaPg({ ...config, database: name }).connect());
      // adapter-pg splits scripts on ";" (breaking `$$` bodies and comments); pg runs a whole script as one simple query.
      const pool = (adapter as unknown as { client: pg.Pool }).client;
      adapter.executeScript = async (script: string) => {
        await pool.query(script);
      };
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
}

async function withEngine<T>(
  databaseUrl: string,
  schema: string,
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationAwareFactory(databaseUrl));
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  try {
    return await run(engine);
  } catch (error) {
    throw lastPanic ? new Error(`Prisma schema engine panicked: ${lastPanic}`) : error;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database built from prisma/migrations to what schema.prisma describes;
 * empty when they agree. Replays the migrations into a temporary shadow database on the server
 * of `databaseUrl` (which it does not otherwise touch).
 */
export async function diffMigrationsToSchema(
  databaseUrl: string,
  schema = readFileSync(schemaPath, "utf8"),
): Promise<string> {
  return withEngine(databaseUrl, schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationList() },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const script = result.stdout ?? "";
    return isEmptyScript(script) ? "" : script;
  });
}

function isEmptyScript(script: string): boolean {
  return script
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
