import "server-only";
// Rate limits shared by every app instance: fixed windows counted in PostgreSQL (rate_limits), not
// in memory. Every entry point takes the instant to count at, so tests choose it.
import { db } from "../db";
import { log } from "../logger";

export interface Limit {
  /** What is limited, e.g. "sign-in", "import", "export". */
  name: string;
  max: number;
  windowSeconds: number;
}

export const LIMITS = {
  // Generous: a whole cohort may sign in at 9 o'clock from one school network.
  signIn: { name: "sign-in", max: 120, windowSeconds: 60 },
  import: { name: "import", max: 20, windowSeconds: 60 },
  export: { name: "export", max: 60, windowSeconds: 60 },
  // Every form save and tick, per person: far above a real intern's pace (WORKLOG_MUTATIONS_PER_MINUTE).
  mutation: { name: "mutation", max: 300, windowSeconds: 60 },
} as const satisfies Record<string, Limit>;

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends (for Retry-After). */
  retryAfter: number;
}

/**
 * Counts one hit for each key (e.g. per user and per address) in the fixed window holding `now`;
 * refused if any is over its limit. Every entry point takes `now` so tests can choose the instant.
 */
export async function hitRateLimit(limit: Limit, subjects: string[], now = new Date()): Promise<RateDecision> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  const keys = [...new Set(subjects.filter(Boolean))].map((s) => `${limit.name}:${s}`);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limits (key, window_start, count)
    SELECT k, ${windowStart}, 1 FROM unnest(${keys}::text[]) AS k
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1
    RETURNING count`;
  // Old windows are useless: sweep now and then rather than on every hit.
  if (Math.random() < 0.01)
    await db.$executeRaw`DELETE FROM rate_limits WHERE window_start < ${new Date(now.getTime() - 86_400_000)}`;
  const allowed = rows.every((r) => r.count <= limit.max);
  if (!allowed) log.warn({ event: "rate-limited", limit: limit.name }, "rate limited");
  return { allowed, retryAfter };
}
