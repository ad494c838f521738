import "server-only";
// The signed one-click unsubscribe link's token: who and which kind, with an HMAC-SHA256 under a key
// derived from AUTH_SECRET, so that it works signed out and stops only its own person's own kind.
// It does not expire: an old mail's link still stops that mail (RFC 8058 expects that).
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { isNotificationKind, type NotificationKind } from "@/lib/worklog/notifications/kinds";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Tokens are short; anything longer is refused before any work. */
const MAX_TOKEN = 200;

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "worklog", "worklog unsubscribe links", 32));
}

function mac(payload: string, secret: string): Buffer {
  return createHmac("sha256", key(secret)).update(payload).digest().subarray(0, 18);
}

export function unsubscribeToken(userId: string, kind: NotificationKind, secret: string): string {
  const payload = Buffer.from(`${userId}.${kind}`).toString("base64url");
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

/** The person and kind a token names, or null when it is malformed or not signed with this secret. */
export function readUnsubscribeToken(token: string, secret: string): { userId: string; kind: NotificationKind } | null {
  if (token.length > MAX_TOKEN) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, kind] = Buffer.from(payload, "base64url").toString("utf8").split(".");
  if (!userId || !UUID.test(userId) || !isNotificationKind(kind)) return null;
  return { userId, kind };
}
