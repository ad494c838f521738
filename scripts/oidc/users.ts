import { createHash, timingSafeEqual } from "node:crypto";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/demo-data.ts";

/** A user of the local sign-in provider. */
export interface LocalUser {
  email: string;
  name: string;
  /** Cognito groups; emitted as `cognito:groups` (omitted when empty, as Cognito does). */
  groups: readonly string[];
  /** Stable subject. Defaults to a UUID derived from the email (see `localSub`). */
  sub?: string;
}

export type ResolvedLocalUser = Readonly<Required<LocalUser>>;

/** The password of every local user. This is a development provider: the password is public. */
export const LOCAL_PASSWORD = DEMO_PASSWORD;

// Fixed namespace for the name-based (v5) UUIDs of local users. Never change it: subs must stay stable.
const SUB_NAMESPACE = "6f2b6a1e-3c1d-5b8e-9a0f-4d7c2e1b8a93";

/** A deterministic, Cognito-like `sub` (a UUID) for an email address: RFC 4122 version 5 UUID. */
export function localSub(email: string): string {
  const namespace = Buffer.from(SUB_NAMESPACE.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespace).update(normalizeEmail(email), "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function resolveUsers(users: readonly LocalUser[]): ResolvedLocalUser[] {
  const seenEmails = new Set<string>();
  const seenSubs = new Set<string>();
  return users.map((user) => {
    const email = normalizeEmail(user.email);
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      throw new Error(`Local sign-in provider: invalid user email ${JSON.stringify(user.email)}`);
    }
    const sub = user.sub ?? localSub(email);
    if (seenEmails.has(email)) throw new Error(`Local sign-in provider: duplicate user ${email}`);
    if (seenSubs.has(sub)) throw new Error(`Local sign-in provider: duplicate sub ${sub}`);
    seenEmails.add(email);
    seenSubs.add(sub);
    return Object.freeze({ email, name: user.name, groups: Object.freeze([...user.groups]), sub });
  });
}

/** The demo users of the local provider. All of them sign in with `LOCAL_PASSWORD`. */
export const LOCAL_USERS: readonly ResolvedLocalUser[] = Object.freeze(
  resolveUsers([
    ...DEMO_USERS.map(({ email, name, groups }) => ({ email, name, groups })),
    // Signs in but is in no group yet: sees the "no access yet" page.
    { email: "nogroup@example.com", name: "Đỗ Thu Hà", groups: [] },
  ]),
);

/** Constant-time password check (all local users share `LOCAL_PASSWORD`). */
export function passwordMatches(candidate: string): boolean {
  const a = createHash("sha256").update(candidate, "utf8").digest();
  const b = createHash("sha256").update(LOCAL_PASSWORD, "utf8").digest();
  return timingSafeEqual(a, b);
}

/** The ID-token / userinfo claims of a user, shaped like Cognito's. */
export function userClaims(user: ResolvedLocalUser): { sub: string; [claim: string]: unknown } {
  return {
    sub: user.sub,
    email: user.email,
    email_verified: true,
    name: user.name,
    // With email sign-in, Cognito's username is the sub.
    "cognito:username": user.sub,
    // Cognito leaves the claim out entirely for users in no group.
    ...(user.groups.length > 0 ? { "cognito:groups": [...user.groups] } : {}),
  };
}
