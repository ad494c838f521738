// The system tests run the production server: build it first when the sources changed (once, here,
// rather than in every test that starts the app at the same time). `npm test` has built it already.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsCurrent, markBuilt } from "../../scripts/lib/build-fingerprint.ts";
import { repoRoot } from "../../scripts/lib/paths.ts";

export default function setup() {
  if (buildIsCurrent(repoRoot)) return;
  const next = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [next, "build"], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("The production build failed (see above).");
  markBuilt(repoRoot);
}
