import "server-only";
// The data floor's database access: its own small pg pool (same size as Prisma's) and one query.
import pg from "pg";
import { databaseEnv } from "../env";
import { GRID_FLOOR_SQL, type GridFloorRow } from "./grid-sql";
import { installQueryCounter } from "./query-counter";

const globalForPool = globalThis as unknown as { worklogBenchPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForPool.worklogBenchPool) {
    installQueryCounter();
    const { DATABASE_URL, DATABASE_POOL_SIZE } = databaseEnv();
    globalForPool.worklogBenchPool = new pg.Pool({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
    // An idle connection ended by a database restart (the bench restarts it): not an uncaught exception.
    globalForPool.worklogBenchPool.on("error", () => {});
  }
  return globalForPool.worklogBenchPool;
}

export async function gridFloorRows(cohortId: string, mentorId: string): Promise<GridFloorRow[]> {
  return (await pool().query<GridFloorRow>(GRID_FLOOR_SQL, [cohortId, mentorId])).rows;
}
