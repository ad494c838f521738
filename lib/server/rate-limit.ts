import "server-only";
// Rate limits shared by every app instance (counters live in PostgreSQL, not in memory).
import type { ActionResult } from "@/lib/schemas/action-result";
import { db } from "./db";
import { log } from "./logger";

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

/**
 * The client's address as our load balancer saw it: the last X-Forwarded-For entry (the one it
 * appended; earlier entries come from the client and can be forged), else "unknown".
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || headers.get("x-real-ip") || "unknown";
}

/** The 429 answer route handlers give. */
export function tooManyRequests(decision: RateDecision): Response {
  return new Response("Too many requests. Wait a moment, then try again.", {
    status: 429,
    headers: { "Retry-After": String(decision.retryAfter), "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** For route handlers: counts the request per address and, when signed in, per user. */
export async function hitRequestLimit(
  limit: Limit,
  request: Request,
  userId?: string,
  now = new Date(),
): Promise<RateDecision> {
  return hitRateLimit(limit, [`ip:${clientAddress(request.headers)}`, ...(userId ? [`user:${userId}`] : [])], now);
}

/** For route handlers: null when allowed, else the 429 response. */
export async function limitRequest(
  limit: Limit,
  request: Request,
  userId?: string,
  now = new Date(),
): Promise<Response | null> {
  const decision = await hitRequestLimit(limit, request, userId, now);
  return decision.allowed ? null : tooManyRequests(decision);
}

/** The 429 answer for a form that posts with fetch: its ActionResult shape, with a message it shows as is. */
export function tooManyRequestsJson(decision: RateDecision, formError: string): Response {
  const body: ActionResult = { ok: false, formError };
  return Response.json(body, {
    status: 429,
    headers: { "Retry-After": String(decision.retryAfter), "Cache-Control": "no-store" },
  });
}
