import "server-only";
import { db } from "../db";
import { isConnectionError, markDatabaseDown, markDatabaseUp } from "../database-probe";
import { migrationStatus } from "../migrations";

export interface Health {
  ok: boolean;
  database: "reachable" | "unreachable";
  migrations: "up-to-date" | "pending" | "unknown";
  pending: string[];
}

/** Is the database reachable and every migration in prisma/migrations applied? */
export async function checkHealth(): Promise<Health> {
  try {
    const status = await migrationStatus((text) => db.$queryRawUnsafe(text));
    const pending = [...new Set([...status.failed, ...status.pending])];
    markDatabaseUp();
    return {
      ok: pending.length === 0,
      database: "reachable",
      migrations: pending.length === 0 ? "up-to-date" : "pending",
      pending,
    };
  } catch (error) {
    if (isConnectionError(error)) markDatabaseDown();
    return { ok: false, database: "unreachable", migrations: "unknown", pending: [] };
  }
}
