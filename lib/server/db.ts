import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { installQueryCounter } from "./bench/query-counter";
import { databaseEnv } from "./env";

// One client per process, kept on globalThis so that dev-server reloads do not open new pools.
// Created on first use, not on import: `next build` loads these modules without a database.
const globalForDb = globalThis as unknown as { worklogDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.worklogDb) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = databaseEnv();
    // `npm run bench` counts SQL statements per request (docs/PERFORMANCE.md); nothing otherwise.
    if (process.env.WORKLOG_BENCH === "1") installQueryCounter();
    const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
    globalForDb.worklogDb = new PrismaClient({ adapter });
  }
  return globalForDb.worklogDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
