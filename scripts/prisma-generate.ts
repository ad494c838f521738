// `prisma generate` without the native schema engine, which cannot be downloaded here: the CLI only
// checks that some engine binary exists, and generating the client never runs it
// (docs/decisions/003-migrations-without-engine.md).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./lib/paths.ts";

const result = spawnSync(
  process.execPath,
  [path.join(repoRoot, "node_modules", "prisma", "build", "index.js"), "generate"],
  {
    cwd: repoRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  },
);
process.exit(result.status ?? 1);
