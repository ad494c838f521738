// `npm run worklog -- notify --due [--now <ISO instant>]`: writes the reminders and digests due now
// on the program's clock (each at most once, whatever else runs), then, with WORKLOG_SMTP_URL and
// AUTH_SECRET set, sends the waiting mail before it exits; else a running worker sends it. It also
// refreshes the program overview's at-risk counts, as the worker's scheduled job does.
import { z } from "zod";

export const notifyArgsSchema = z.object({
  due: z.literal(true, { error: "notify needs --due (the reminders and digests due now)" }),
  now: z.iso
    .datetime({ offset: true, error: "--now must be an ISO instant like 2026-12-07T08:05:00+07:00" })
    .optional(),
});

export async function runNotify(args: z.infer<typeof notifyArgsSchema>): Promise<void> {
  const { runDueNotifications } = await import("../../lib/server/data/notifications/due.ts");
  const { mailBacklog } = await import("../../lib/server/data/notifications/outbox.ts");
  const { programNow } = await import("../../lib/server/today.ts");
  const now = args.now ? new Date(args.now) : programNow();
  const { refreshRiskCounts } = await import("../../lib/server/data/risk-counts.ts");
  const made = await runDueNotifications(now);
  console.log(
    `${made} ${made === 1 ? "reminder or digest" : "reminders and digests"} due at ${now.toISOString()} written.`,
  );
  // The program overview's at-risk counts, as the worker's scheduled job refreshes them.
  const refreshed = await refreshRiskCounts(now);
  console.log(`At-risk counts of ${refreshed.cohorts} ${refreshed.cohorts === 1 ? "cohort" : "cohorts"} refreshed.`);
  if (!process.env.WORKLOG_SMTP_URL || !process.env.AUTH_SECRET) {
    console.log(
      "Their mail goes out when a worker runs (npm run worker; WORKLOG_SMTP_URL and AUTH_SECRET are not both set here).",
    );
    return;
  }
  const { startWorker } = await import("../../lib/server/jobs/worker.ts");
  const worker = await startWorker({ schedule: false, pollMs: 200 });
  try {
    const deadline = Date.now() + 60_000;
    while ((await mailBacklog()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const left = await mailBacklog();
    console.log(
      left === 0 ? "All waiting mail is sent." : `${left} mails still waiting (retrying); a worker sends them.`,
    );
  } finally {
    await worker.stop();
  }
}
