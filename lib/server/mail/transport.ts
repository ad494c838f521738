import "server-only";
// The SMTP connection (nodemailer) from WORKLOG_SMTP_URL: smtp:// (STARTTLS when the server offers
// it) or smtps://, e.g. Amazon SES's SMTP endpoint with its SMTP credentials.
import nodemailer, { type Transporter } from "nodemailer";

export type MailTransport = Pick<Transporter, "sendMail" | "close">;

export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url, {
    // A server that does not answer is a failed try (retried later), not a job that hangs.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as object);
}

/** The domain of the From address, for Message-IDs ("Worklog <worklog@example.com>" → example.com). */
export function fromDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split("@")[1]?.trim() || "worklog.local";
}

/** A refusal that no retry can change: the server said 5xx to the recipient or the message. */
export function isPermanentRefusal(error: unknown): boolean {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  return typeof responseCode === "number" && responseCode >= 500 && (code === "EENVELOPE" || code === "EMESSAGE");
}

/** One line for the notification's record and the logs: the server's answer, never the mail. */
export function describeMailError(error: unknown): string {
  const { responseCode, code, response, message } = (error ?? {}) as Record<string, unknown>;
  const text = typeof response === "string" ? response : typeof message === "string" ? message : String(error);
  return [code, responseCode, text].filter(Boolean).join(" ").replace(/\s+/g, " ").slice(0, 300);
}
