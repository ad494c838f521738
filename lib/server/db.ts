import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseEnv } from "./env";

// One client per process, kept on globalThis so that dev-server reloads do not open new pools.
const globalForDb = globalThis as unknown as { worklogDb?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = databaseEnv();
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.worklogDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.worklogDb = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
