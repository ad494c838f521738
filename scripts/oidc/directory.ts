// The local provider's people as they stand now. Like an administrator of a Cognito user pool, a
// test can change someone's groups or disable them while the provider runs (POST <issuer>/_local/users,
// scripts/oidc/routes.ts): a disabled person cannot sign in, and their refresh tokens are refused.
import { timingSafeEqual } from "node:crypto";
import { normalizeEmail, type ResolvedLocalUser } from "./users";

export interface DirectoryChange {
  groups?: string[];
  disabled?: boolean;
}

export interface Directory {
  /** Everyone who may sign in now, in the order given. */
  active(): ResolvedLocalUser[];
  /** The person with this subject or e-mail, unless disabled. */
  bySub(sub: string): ResolvedLocalUser | undefined;
  byEmail(email: string): ResolvedLocalUser | undefined;
  change(email: string, change: DirectoryChange): ResolvedLocalUser | undefined;
}

export function createDirectory(users: readonly ResolvedLocalUser[]): Directory {
  const people = new Map(users.map((user) => [user.email, { user, disabled: false }]));
  const live = (entry: { user: ResolvedLocalUser; disabled: boolean } | undefined) =>
    entry && !entry.disabled ? entry.user : undefined;
  return {
    active: () => [...people.values()].filter((entry) => !entry.disabled).map((entry) => entry.user),
    bySub: (sub) => live([...people.values()].find((entry) => entry.user.sub === sub)),
    byEmail: (email) => live(people.get(normalizeEmail(email))),
    change(email, change) {
      const entry = people.get(normalizeEmail(email));
      if (!entry) return undefined;
      if (change.groups) entry.user = Object.freeze({ ...entry.user, groups: Object.freeze([...change.groups]) });
      if (change.disabled !== undefined) entry.disabled = change.disabled;
      return entry.user;
    },
  };
}

/** The client's own credentials (HTTP Basic) authorise a change of the directory. */
export function authorisedBy(
  client: { clientId: string; clientSecret: string },
  authorization: string | undefined,
): boolean {
  const expected = Buffer.from(`Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`);
  const given = Buffer.from(authorization ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
