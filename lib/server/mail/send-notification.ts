import "server-only";
// One notification's e-mail, as the mail job sends it (lib/server/jobs/worker.ts). Safe to run
// twice: a mail already recorded as sent is not sent again, and every try carries the same
// Message-ID (<notification id@domain>), so the rare duplicate (the server accepted, then the
// worker died before recording it) is recognisable as one.
import { translatorFor } from "@/lib/i18n/translator";
import { renderMail } from "@/lib/worklog/notifications/mail";
import { notificationLink } from "@/lib/worklog/notifications/kinds";
import { loadMailJob, recordMailFailure, recordMailSent, recordMailSkipped } from "../data/notifications/outbox";
import { mailEnv, publicUrl } from "../env";
import { unsubscribeToken } from "../unsubscribe-token";
import { describeMailError, fromDomain, isPermanentRefusal, type MailTransport } from "./transport";

export type MailOutcome = "sent" | "skipped" | "gone" | "settled" | "refused";

export interface Attempt {
  /** Tries so far (pg-boss's retryCount) and the most it makes (retryLimit). */
  retryCount: number;
  retryLimit: number;
}

export function messageIdFor(notificationId: string, from: string): string {
  return `<${notificationId}@${fromDomain(from)}>`;
}

export async function sendNotificationMail(
  id: string,
  transport: MailTransport,
  attempt: Attempt,
): Promise<MailOutcome> {
  const job = await loadMailJob(id);
  if (!job) return "gone";
  if (job.settled) return "settled";
  if (!job.wanted) {
    await recordMailSkipped(id);
    return "skipped";
  }
  const env = mailEnv();
  const appUrl = publicUrl();
  const locale = job.to.locale ?? env.WORKLOG_DEFAULT_LOCALE;
  const token = unsubscribeToken(job.to.userId, job.facts.kind, env.AUTH_SECRET);
  const unsubscribeUrl = `${appUrl}/api/unsubscribe/${token}`;
  const mail = renderMail({
    t: translatorFor(locale),
    facts: job.facts,
    recipient: job.to,
    links: { open: `${appUrl}${notificationLink(id)}`, unsubscribe: unsubscribeUrl, settings: `${appUrl}/settings` },
    appUrl,
    locale,
  });
  const messageId = messageIdFor(id, env.WORKLOG_MAIL_FROM);
  try {
    await transport.sendMail({
      from: env.WORKLOG_MAIL_FROM,
      to: { name: job.to.name, address: job.to.email },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId,
      headers: {
        "List-Unsubscribe": `<${unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
        "X-Worklog-Kind": job.facts.kind,
      },
    });
  } catch (error) {
    const permanent = isPermanentRefusal(error);
    await recordMailFailure(id, describeMailError(error), permanent || attempt.retryCount >= attempt.retryLimit);
    if (permanent) return "refused";
    throw error;
  }
  await recordMailSent(id, messageId);
  return "sent";
}
