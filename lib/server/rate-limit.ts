import "server-only";
// Rate limits over HTTP: who a request counts for (its address, its user) and the 429 answers. The
// counting is the data layer's (lib/server/data/rate-limits.ts), shared by every app instance.
import type { ActionResult } from "@/lib/schemas/action-result";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { hitRateLimit, type Limit, type RateDecision } from "./data/rate-limits";

export { hitRateLimit, LIMITS, type Limit, type RateDecision } from "./data/rate-limits";

/**
 * The client's address as our server established it from the socket and the trusted proxies
 * (scripts/server.ts, lib/server/client-address.ts); "unknown" when the app runs without it.
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
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
