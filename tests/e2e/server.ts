// Playwright's web server: the real `npm start` launcher on a fresh data folder.
import { rmSync } from "node:fs";

if (!process.env.WORKLOG_DATA_DIR) throw new Error("WORKLOG_DATA_DIR must be set for the end-to-end server");
rmSync(process.env.WORKLOG_DATA_DIR, { recursive: true, force: true });
await import("../../scripts/start.ts");
