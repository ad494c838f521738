// `npm run worker`: the notification worker on its own (docs/DEPLOYMENT.md): outbox → mail jobs →
// SMTP, reminders, digests, retention. Needs DATABASE_URL, AUTH_SECRET (it signs the unsubscribe
// links, so the app's), AUTH_URL (links in mail), WORKLOG_SMTP_URL and WORKLOG_MAIL_FROM. Any
// number may run against one database; SIGTERM stops it after the job in hand.
import { existsSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./lib/paths.ts";

if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));

async function main() {
  const { mailEnv } = await import("../lib/server/env.ts");
  const env = mailEnv();
  if (!env.WORKLOG_SMTP_URL) throw new Error("Configuration error: WORKLOG_SMTP_URL is not set (smtp:// or smtps://)");
  const { startWorker } = await import("../lib/server/jobs/worker.ts");
  const worker = await startWorker();
  console.log(`Worklog's notification worker is running (mail through ${new URL(env.WORKLOG_SMTP_URL).host}).`);
  const stop = async () => {
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
