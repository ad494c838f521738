import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { reviewerSeesCohortSql } from "./access";
import type { Viewer } from "./viewer";

export interface LiveAccess {
  /** The cohorts whose changes this viewer may hear: a mentor's own, "all" for admins (cohorts made later too), none for interns. */
  cohortIds: string[] | "all";
  /** Their grid versions now (the stream's hello: a page older than these reloads). */
  versions: Record<string, string>;
  /** The intern whose own changes this viewer hears: an intern hears themselves. */
  internId: string | null;
}

/**
 * What a live stream may carry for this viewer (docs/decisions/023), read once when it opens: the
 * grid's access rule (reviewerSeesCohortSql) for cohorts, and an intern's own changes. One query.
 */
export async function liveAccessOf(viewer: Viewer): Promise<LiveAccess> {
  const rows =
    viewer.role === "ADMIN" || viewer.role === "MENTOR"
      ? await db.$queryRaw<{ id: string; version: bigint }[]>`
          SELECT c.id::text, c.grid_version AS version FROM cohorts c
          WHERE ${reviewerSeesCohortSql(viewer, Prisma.sql`c.id`)}`
      : [];
  return {
    cohortIds: viewer.role === "ADMIN" ? "all" : rows.map((r) => r.id),
    versions: Object.fromEntries(rows.map((r) => [r.id, r.version.toString()])),
    internId: viewer.role === "INTERN" ? viewer.id : null,
  };
}
