// For the notification tests: the real mail catcher as the SMTP server, a real worker (pg-boss on
// the test's own database) with quick retries, and a way to wait for the worker's results.
import { startMailCatcher, type MailCatcher } from "../../scripts/lib/mail-catcher.ts";
import { startWorker, type Worker } from "@/lib/server/jobs/worker";
import { smtpTransport, type MailTransport } from "@/lib/server/mail/transport";
import { db } from "@/lib/server/db";
import { afterAll, beforeAll } from "vitest";

process.env.AUTH_SECRET ??= "test-secret-for-unsubscribe-links-0123456789";
process.env.WORKLOG_MAIL_FROM ??= "Worklog <worklog@worklog.test>";

export async function catcher(port?: number): Promise<MailCatcher> {
  return startMailCatcher({ smtpPort: port, httpPort: null });
}

/** A worker sending to `smtpUrl`, retrying after 1 s (then 2, 4 …), a job's worker taken as dead after 2 s. */
export async function testWorker(
  smtp: string | MailTransport,
  options: { schedule?: boolean; clock?: () => Date } = {},
): Promise<Worker> {
  return startWorker({
    transport: typeof smtp === "string" ? smtpTransport(smtp) : smtp,
    maintenanceSeconds: 1,
    retry: { retryLimit: 6, retryDelay: 1, expireInSeconds: 2 },
    pollMs: 100,
    schedule: options.schedule ?? false,
    clock: options.clock,
  });
}

/** A catcher and a worker sending to it for a whole test file: started before its tests, stopped after them. */
export function mailForThisFile(): { readonly smtp: MailCatcher; readonly worker: Worker } {
  const running = {} as { smtp: MailCatcher; worker: Worker };
  beforeAll(async () => {
    running.smtp = await catcher();
    running.worker = await testWorker(running.smtp.smtpUrl);
  });
  afterAll(async () => {
    await running.worker?.stop();
    await running.smtp?.close();
  });
  return running;
}

/** Waits (up to `ms`) until `check` holds; the worker's polling and retries take real time. */
export async function until(check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** True once no notification waits for its mail (every one sent, skipped or failed). */
export async function outboxSettled(): Promise<boolean> {
  return (await db.notification.count({ where: { mailStatus: { in: ["PENDING", "QUEUED"] } } })) === 0;
}

export function kindOf(mail: { headers: Record<string, string> }): string {
  return mail.headers["x-worklog-kind"] ?? "";
}
