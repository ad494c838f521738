import "server-only";
// The notification worker (docs/decisions/017): pg-boss on the app's own database, in its own
// schema (pgboss). It moves the outbox's PENDING notifications into mail jobs, sends each (retries
// with backoff; a job whose worker died expires and is retried), and runs the scheduled jobs:
// reminders and digests every five minutes (each at most once: their rows have unique keys), and
// the 90-day retention nightly, and the program overview's at-risk counts every five minutes and
// once at start (lib/server/data/risk-counts.ts). `npm start` runs one in its stack; `npm run worker` runs one apart;
// any number may share a database.
import PgBoss from "pg-boss";
import { RETENTION_DAYS } from "@/lib/worklog/notifications/kinds";
import { claimPendingMail, deleteOldNotifications } from "../data/notifications/outbox";
import { runDueNotifications } from "../data/notifications/due";
import { refreshRiskCounts } from "../data/risk-counts";
import { RISK_COUNTS_CRON } from "@/lib/worklog/risk-counts";
import { databaseEnv, mailEnv } from "../env";
import { log } from "../logger";
import { sendNotificationMail } from "../mail/send-notification";
import { smtpTransport, type MailTransport } from "../mail/transport";
import { programNow } from "../today";

export const QUEUES = {
  mail: "worklog-mail",
  due: "worklog-due",
  retention: "worklog-retention",
  riskCounts: "worklog-risk-counts",
} as const;
export const BOSS_SCHEMA = "pgboss";

export interface MailRetry {
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss's backoff). */
  retryDelay: number;
  /** A job not finished this long after it started is taken as its worker's death and retried. */
  expireInSeconds: number;
}

export interface WorkerOptions {
  databaseUrl?: string;
  /** The SMTP connection; by default from WORKLOG_SMTP_URL (no mail is sent without one). */
  transport?: MailTransport | null;
  retry?: Partial<MailRetry>;
  /** How often the outbox is looked at (ms). */
  pollMs?: number;
  /** Run the cron schedules (reminders, digest, retention); the CLI's one-off run does not. */
  schedule?: boolean;
  /** The clock the scheduled jobs run on (tests inject one). */
  clock?: () => Date;
  /** How often pg-boss looks for expired jobs (a dead worker's) to retry; 60 s by default. */
  maintenanceSeconds?: number;
}

export interface Worker {
  boss: PgBoss;
  /** Moves PENDING notifications into mail jobs now (the poll does it every pollMs). */
  dispatch(): Promise<number>;
  stop(): Promise<void>;
}

const DEFAULT_RETRY: MailRetry = { retryLimit: 8, retryDelay: 30, expireInSeconds: 120 };

export function newBoss(databaseUrl: string, schedule: boolean, maintenanceSeconds = 60): PgBoss {
  return new PgBoss({
    maintenanceIntervalSeconds: maintenanceSeconds,
    connectionString: databaseUrl,
    schema: BOSS_SCHEMA,
    application_name: "worklog-worker",
    max: 4,
    schedule,
    supervise: true,
    migrate: true,
  });
}

async function createQueues(boss: PgBoss, retry: MailRetry): Promise<void> {
  await boss.createQueue(QUEUES.mail, { name: QUEUES.mail, retryBackoff: true, ...retry });
  // One run at a time of each scheduled job, whichever instance takes it (their rows are unique anyway).
  await boss.createQueue(QUEUES.due, { name: QUEUES.due, policy: "singleton", retryLimit: 1, expireInSeconds: 600 });
  await boss.createQueue(QUEUES.retention, { name: QUEUES.retention, policy: "singleton", retryLimit: 1 });
  await boss.createQueue(QUEUES.riskCounts, {
    name: QUEUES.riskCounts,
    policy: "singleton",
    retryLimit: 1,
    expireInSeconds: 600,
  });
}

async function workMail(boss: PgBoss, transport: MailTransport): Promise<string> {
  return boss.work<{ notificationId: string }>(
    QUEUES.mail,
    { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 1 },
    async ([job]) => {
      if (!job) return;
      const outcome = await sendNotificationMail(job.data.notificationId, transport, job);
      log.info({ event: "mail", notificationId: job.data.notificationId, outcome, try: job.retryCount + 1 }, "mail");
    },
  );
}

async function schedule(boss: PgBoss, clock: () => Date): Promise<void> {
  const tz = databaseEnv().WORKLOG_TIME_ZONE;
  await boss.work(QUEUES.due, async () => {
    const made = await runDueNotifications(clock());
    if (made > 0) log.info({ event: "notifications.due", made }, "reminders and digests");
  });
  await boss.work(QUEUES.retention, async () => {
    const deleted = await deleteOldNotifications(new Date(clock().getTime() - RETENTION_DAYS * 86_400_000));
    log.info({ event: "notifications.retention", deleted }, "old notifications deleted");
  });
  await boss.work(QUEUES.riskCounts, async () => {
    const refreshed = await refreshRiskCounts(clock());
    log.info({ event: "risk-counts.refresh", ...refreshed }, "at-risk counts refreshed");
  });
  await boss.schedule(QUEUES.due, mailEnv().WORKLOG_REMINDER_CRON, {}, { tz });
  await boss.schedule(QUEUES.retention, "17 3 * * *", {}, { tz });
  await boss.schedule(QUEUES.riskCounts, RISK_COUNTS_CRON, {}, { tz });
  // Once now, so the overview has numbers before the first cron tick (a run queued already is enough).
  await boss.send(QUEUES.riskCounts, {});
}

export async function startWorker(options: WorkerOptions = {}): Promise<Worker> {
  const databaseUrl = options.databaseUrl ?? databaseEnv().DATABASE_URL;
  const smtpUrl = options.transport === undefined ? mailEnv().WORKLOG_SMTP_URL : undefined;
  const transport = options.transport ?? (smtpUrl ? smtpTransport(smtpUrl) : null);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const boss = newBoss(databaseUrl, options.schedule ?? true, options.maintenanceSeconds);
  boss.on("error", (error) => log.error({ event: "worker.error", message: error.message }, "worker error"));
  await boss.start();
  await createQueues(boss, retry);
  let mailWorker: string | null = null;
  if (transport) mailWorker = await workMail(boss, transport);
  else log.warn({ event: "mail.off" }, "WORKLOG_SMTP_URL is not set: notifications are kept, no mail is sent");
  if (options.schedule ?? true) await schedule(boss, options.clock ?? (() => programNow()));

  let running: Promise<number> | null = null;
  const dispatch = async (): Promise<number> => {
    if (!transport) return 0;
    running ??= claimPendingMail(async (ids, sql) => {
      await boss.insert(
        ids.map((id) => ({ name: QUEUES.mail, data: { notificationId: id }, singletonKey: id })),
        { db: sql },
      );
    })
      .then((ids) => {
        if (ids.length > 0 && mailWorker) boss.notifyWorker(mailWorker);
        return ids.length;
      })
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => {
    dispatch().catch((error: Error) => log.error({ event: "outbox.error", message: error.message }, "outbox"));
  }, options.pollMs ?? 1000);
  return {
    boss,
    dispatch,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => 0);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      transport?.close();
    },
  };
}
