// Where Worklog keeps its local state (embedded Postgres cluster, sign-in keys, local secrets).
import { createHash } from "node:crypto";
import { accessSync, constants, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");

/**
 * The data directory: WORKLOG_DATA_DIR if set, else `<repo>/.data`. Run as root, embedded Postgres
 * runs its server as the `postgres` user, which must be able to traverse every parent folder; a
 * checkout under a 0700 home folder fails that, so there we fall back to a folder in the system
 * temp directory named after the checkout (docs/decisions/004-embedded-postgres-and-launcher.md).
 */
export function resolveDataDir(): string {
  const configured = process.env.WORKLOG_DATA_DIR;
  if (configured) return path.resolve(configured);
  const inRepo = path.join(repoRoot, ".data");
  if (process.getuid?.() !== 0 || parentsTraversableByOthers(repoRoot)) return inRepo;
  const tag = createHash("sha256").update(repoRoot).digest("hex").slice(0, 10);
  return path.join(os.tmpdir(), `worklog-${tag}`);
}

function parentsTraversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    try {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export function isReadable(file: string): boolean {
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
