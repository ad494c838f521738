// Playwright's web server: the real `npm start` launcher on a fresh data folder, removed when it stops
// (each run has a folder of its own, so none would be reused).
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

const dataDir = process.env.WORKLOG_DATA_DIR;
if (!dataDir) throw new Error("WORKLOG_DATA_DIR must be set for the end-to-end server");
rmSync(dataDir, { recursive: true, force: true });
// The launcher exits once it has stopped PostgreSQL, the sign-in provider and the app. Its server log
// is kept beside Playwright's results, for a failed run to be read.
process.on("exit", () => {
  try {
    mkdirSync("test-results", { recursive: true });
    copyFileSync(`${dataDir}/server.log`, "test-results/server.log");
  } catch {
    // no log: the server never started
  }
  rmSync(dataDir, { recursive: true, force: true });
});
await import("../../scripts/start.ts");
