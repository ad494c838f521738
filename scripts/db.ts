// Database commands: `migrate`, `create-migration <name>`, `seed`. See README.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format } from "date-fns";
import { migrateDatabase, openDatabase } from "./lib/database.ts";
import { diffMigrationsToSchema, migrationsDir } from "./lib/schema-engine.ts";

const [command, ...args] = process.argv.slice(2);

async function main() {
  const database = await openDatabase();
  try {
    switch (command) {
      case "migrate": {
        const applied = await migrateDatabase(database.url, (name) => console.log(`Applying ${name}`));
        console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
        break;
      }
      case "create-migration": {
        const name = (args[0] ?? "")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "_")
          .replace(/^_|_$/g, "");
        if (!name) throw new Error("Usage: npm run db:migrate:create -- <name>");
        const sql = await diffMigrationsToSchema(database.url);
        if (!sql) {
          console.log("schema.prisma and prisma/migrations agree: no migration needed.");
          break;
        }
        const dir = path.join(migrationsDir, `${format(new Date(), "yyyyMMddHHmmss")}_${name}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "migration.sql"), sql);
        console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql. Read it, then run npm run db:migrate.`);
        break;
      }
      case "seed": {
        await migrateDatabase(database.url);
        const { seed } = await import("../prisma/seed.ts");
        process.env.DATABASE_URL = database.url;
        await seed();
        break;
      }
      default:
        throw new Error(`Unknown command "${command ?? ""}". Use migrate, create-migration <name> or seed.`);
    }
  } finally {
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
