// One real PostgreSQL for the whole integration run (embedded, in a fresh temp folder), with a
// migrated template database; every test file gets its own copy (tests/integration/setup.ts).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.ts";
import { migrateDatabase } from "../../scripts/lib/database.ts";
import { freePort } from "../support/free-ports.ts";

export const TEMPLATE_DATABASE = "worklog_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "worklog-it-"));
  // A free port, so that several test runs on one machine do not collide.
  const port = Number(process.env.WORKLOG_TEST_PG_PORT ?? (await freePort()));
  const server = await startEmbeddedPostgres({ dataDir, port, database: TEMPLATE_DATABASE });
  await migrateDatabase(server.url);
  // A template must have no open connections while it is copied.
  const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true`);
  await admin.end();
  project.provide("pgAdminUrl", server.urlFor("postgres"));
  project.provide("pgTemplate", TEMPLATE_DATABASE);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
