import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { isUuid, reviewerSeesCohortSql } from "./access";
import { NotFoundError } from "./errors";
import type { Lineage } from "../cache/view-cache";
import type { Viewer } from "./viewer";

/**
 * The cohort's grid version (docs/decisions/022; moved by the triggers of migration grid_versions),
 * if this viewer may see the cohort's views (reviewerSeesCohortSql); else NotFoundError, the same
 * answer as a cohort that does not exist. Read before a cached view's data, whose key it is
 * (lib/server/cache/view-cache.ts): `key` is "<cohort id> <version>@<created at>", the cohort's
 * creation making a cohort deleted and made again with the same id a new one; `lineage` names the
 * cohort's views with the version as their generation, so that the cache drops a version's views
 * once it keeps the next's. One small query by the key.
 */
export async function gridVersionFor(
  viewer: Viewer,
  cohortId: string,
): Promise<{ key: string; version: string; lineage: Lineage }> {
  const [row] = isUuid(cohortId)
    ? await db.$queryRaw<{ id: string; version: bigint; created_at: Date }[]>`
        SELECT c.id::text, c.grid_version AS version, c.created_at FROM cohorts c
        WHERE c.id = ${cohortId}::uuid AND ${reviewerSeesCohortSql(viewer, Prisma.sql`c.id`)}`
    : [];
  if (!row) throw new NotFoundError("cohort");
  return { key: versionKey(row), version: row.version.toString(), lineage: lineageOf(row) };
}

type CohortVersion = { id: string; version: bigint; created_at: Date };

/** A cohort's part of a cached view's key. */
export const versionKey = (c: CohortVersion) => `${c.id} ${c.version}@${c.created_at.getTime()}`;

/** The cached views of a cohort at a version: a newer version's supersede them. */
export const lineageOf = (c: CohortVersion): Lineage => ({
  name: `cohort ${c.id}@${c.created_at.getTime()}`,
  generation: Number(c.version),
});
