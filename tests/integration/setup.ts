// Runs before each integration test file: a database of its own, copied from the migrated
// template, so files can run in parallel. lib/server/db.ts reads DATABASE_URL when first imported.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

const adminUrl = inject("pgAdminUrl");
const database = `worklog_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database} TEMPLATE ${inject("pgTemplate")}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
