// The launcher's part of notifications: the local mail catcher when no WORKLOG_SMTP_URL is set, and
// the worker in the launcher's own process (production runs `npm run worker` apart as well or instead).
import { startMailCatcher } from "./mail-catcher.ts";

export interface StartedNotifications {
  inboxUrl: string | null;
  close(): Promise<void>;
}

export async function startNotifications(): Promise<StartedNotifications> {
  // Web instances whose workers run apart (`npm run worker`, docs/DEPLOYMENT.md) start none here.
  if (process.env.WORKLOG_WORKER === "off") return { inboxUrl: null, close: async () => {} };
  let catcher: Awaited<ReturnType<typeof startMailCatcher>> | null = null;
  if (!process.env.WORKLOG_SMTP_URL) {
    catcher = await startMailCatcher({
      smtpPort: Number(process.env.WORKLOG_MAIL_CATCHER_SMTP_PORT ?? 1025),
      httpPort: Number(process.env.WORKLOG_MAIL_CATCHER_PORT ?? 1080),
    });
    process.env.WORKLOG_SMTP_URL = catcher.smtpUrl;
  }
  const { startWorker } = await import("../../lib/server/jobs/worker.ts");
  const worker = await startWorker();
  return {
    inboxUrl: catcher?.inboxUrl ?? null,
    async close() {
      await worker.stop();
      await catcher?.close();
    },
  };
}
