// Playwright's web server: the real `npm start` launcher on a fresh data folder, removed when it stops
// (each run has a folder of its own, so none would be reused).
import { rmSync } from "node:fs";

const dataDir = process.env.WORKLOG_DATA_DIR;
if (!dataDir) throw new Error("WORKLOG_DATA_DIR must be set for the end-to-end server");
rmSync(dataDir, { recursive: true, force: true });
// The launcher exits once it has stopped PostgreSQL, the sign-in provider and the app.
process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
await import("../../scripts/start.ts");
