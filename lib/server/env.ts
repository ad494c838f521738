import "server-only";
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { DEFAULT_TIME_ZONE } from "@/lib/worklog/dates";

// Every setting the server reads, validated once (instrumentation.ts calls env() at start-up, so a
// bad setting stops the server with one line naming it). .env.example documents each.
const required = (name: string, hint: string) =>
  z.string({ error: `${name} is not set (${hint})` }).min(1, `${name} is empty (${hint})`);

/** What the interface shows by (time zone, language): readable with no database, so builds need no settings. */
const displaySchema = z.object({
  /** The program's time zone: what "today" means for due and overdue tasks. */
  WORKLOG_TIME_ZONE: z
    .string()
    .default(DEFAULT_TIME_ZONE)
    .refine(isTimeZone, "WORKLOG_TIME_ZONE must be an IANA time zone such as Asia/Ho_Chi_Minh"),
  /** The interface's language when neither the person nor their browser names one of ours. */
  WORKLOG_DEFAULT_LOCALE: z.enum(LOCALES, { error: "WORKLOG_DEFAULT_LOCALE must be vi or en" }).default("vi"),
});

const databaseSchema = displaySchema.extend({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: required("DATABASE_URL", "npm start sets it for the embedded database").regex(
    /^postgres(ql)?:\/\//,
    "DATABASE_URL must be a postgresql:// connection string",
  ),
  /** A direct connection (not through RDS Proxy) for the live updates' one LISTEN per instance; unset: DATABASE_URL. */
  DATABASE_DIRECT_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_DIRECT_URL must be a postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Form saves and ticks one person may send a minute (the benchmark raises it to measure throughput). */
  WORKLOG_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  /** Pins "today" to a date (demos and end-to-end tests); unset in real use. */
  WORKLOG_TODAY: z.iso
    .date({ error: "WORKLOG_TODAY must be a date like 2026-11-29" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Notifications (in-app and mail) written with review events; `off` writes none (the benchmark compares). */
  WORKLOG_NOTIFICATIONS: z.enum(["on", "off"], { error: "WORKLOG_NOTIFICATIONS must be on or off" }).default("on"),
  /** Memory for the cached views (grid, heatmap, program overview: docs/decisions/022), in MB; 0 keeps none. */
  WORKLOG_VIEW_CACHE_MB: z.coerce
    .number({ error: "WORKLOG_VIEW_CACHE_MB must be a number of megabytes" })
    .int("WORKLOG_VIEW_CACHE_MB must be a whole number of megabytes")
    .min(0, "WORKLOG_VIEW_CACHE_MB must be 0 or more")
    .max(16384, "WORKLOG_VIEW_CACHE_MB must be at most 16384")
    .default(64),
  /** How long a live updates stream stays open before the server ends it (the browser opens another, maybe on another instance). */
  WORKLOG_LIVE_STREAM_SECONDS: z.coerce
    .number({ error: "WORKLOG_LIVE_STREAM_SECONDS must be a number of seconds" })
    .int("WORKLOG_LIVE_STREAM_SECONDS must be a whole number of seconds")
    .min(1, "WORKLOG_LIVE_STREAM_SECONDS must be at least 1")
    .max(86_400, "WORKLOG_LIVE_STREAM_SECONDS must be at most 86400")
    .default(900),
});

const authSecret = required("AUTH_SECRET", "a random string of 32+ characters: openssl rand -base64 33").min(
  32,
  "AUTH_SECRET must be at least 32 characters",
);

/** What the mail worker needs (npm run worker): the database, the secret that signs unsubscribe links, SMTP. */
const mailSchema = databaseSchema.extend({
  AUTH_SECRET: authSecret,
  AUTH_URL: z.url({ error: "AUTH_URL must be the app's public URL, e.g. https://worklog.example.com" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** smtp://user:pass@host:587 or smtps://user:pass@host:465 (e.g. Amazon SES's SMTP endpoint); unset: no mail is sent. */
  WORKLOG_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "WORKLOG_SMTP_URL must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The From of every mail: an address, or a name and an address ("Worklog <worklog@example.com>"). */
  WORKLOG_MAIL_FROM: z
    .string()
    .regex(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "WORKLOG_MAIL_FROM must be an e-mail address")
    .default("Worklog <worklog@localhost>"),
  /** When the worker looks for due reminders and digests (cron, program time); each is sent once whatever the interval. */
  WORKLOG_REMINDER_CRON: z
    .string()
    .regex(/^\S+( \S+){4}$/, "WORKLOG_REMINDER_CRON must be a cron line of five fields, e.g. */5 * * * *")
    .default("*/5 * * * *"),
});

const schema = mailSchema.extend({
  AUTH_COGNITO_ID: required("AUTH_COGNITO_ID", "the Cognito app client id"),
  AUTH_COGNITO_SECRET: required("AUTH_COGNITO_SECRET", "the Cognito app client secret"),
  AUTH_COGNITO_ISSUER: z
    .url({
      error:
        "AUTH_COGNITO_ISSUER must be the user pool's issuer URL, https://cognito-idp.<region>.amazonaws.com/<pool id>",
    })
    .refine((url) => !url.endsWith("/"), "AUTH_COGNITO_ISSUER must not end with a slash"),
  AUTH_COGNITO_DOMAIN: z
    .url({
      error: "AUTH_COGNITO_DOMAIN must be the hosted UI domain, https://<prefix>.auth.<region>.amazoncognito.com",
    })
    .transform((url) => url.replace(/\/+$/, "")),
  /** How often a session's sign-in is confirmed with the identity provider (docs/decisions/014). */
  WORKLOG_SESSION_CHECK_SECONDS: z.coerce
    .number({ error: "WORKLOG_SESSION_CHECK_SECONDS must be a number of seconds" })
    .int()
    .min(1, "WORKLOG_SESSION_CHECK_SECONDS must be at least 1")
    .default(900),
});

export type Env = z.infer<typeof schema>;
export type DatabaseEnv = z.infer<typeof databaseSchema>;
export type MailEnv = z.infer<typeof mailSchema>;

function parse<S extends z.ZodType>(s: S): z.infer<S> {
  const parsed = s.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error: ${issue?.message ?? "invalid environment"}`);
  }
  return parsed.data;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let cached: Env | undefined;

/** The app's validated environment; throws one line naming the first bad setting. */
export function env(): Env {
  cached ??= parse(schema);
  return cached;
}

/** Only the database settings: what scripts and tests that touch no sign-in need. */
export function databaseEnv(): DatabaseEnv {
  return cached ?? parse(databaseSchema);
}

/** The mail worker's settings (database, AUTH_SECRET, SMTP, the app's public URL). */
export function mailEnv(): MailEnv {
  return cached ?? parse(mailSchema);
}

/** The app's public address, for links in mail: AUTH_URL, else http://localhost:<PORT>. */
export function publicUrl(): string {
  const { AUTH_URL, PORT } = mailEnv();
  return (AUTH_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "");
}

/** Only the display settings (time zone, language): what rendering needs, even while building. */
export function displayEnv(): z.infer<typeof displaySchema> {
  return cached ?? parse(displaySchema);
}
