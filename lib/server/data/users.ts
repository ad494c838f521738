import "server-only";
import type { Role } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { audit } from "./audit";

/** Cognito groups, strongest first: a user in several gets the strongest role. */
const GROUP_ROLES: [string, Role][] = [
  ["admins", "ADMIN"],
  ["mentors", "MENTOR"],
  ["interns", "INTERN"],
];

export function roleFromGroups(groups: readonly string[]): Role | null {
  return GROUP_ROLES.find(([group]) => groups.includes(group))?.[1] ?? null;
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role | null;
}

/** Why a sign-in is refused: the provider has not verified the e-mail, or an admin deactivated the person. */
export type SignInRefusal = "unverified-email" | "deactivated";

/**
 * Creates or updates the user at each sign-in, keyed by the provider's subject, and says who signed
 * in (or why they may not). A user an admin added by e-mail (no subject yet) is claimed by their first
 * sign-in with that e-mail, verified. An e-mail the provider has not verified neither claims an
 * account nor changes a stored address; someone new with one is refused until they verify it. The
 * role follows the provider's groups, so a changed group takes effect at the next sign-in (and at the
 * next check of the session with the provider: lib/server/data/sessions.ts).
 */
export async function recordSignIn(input: {
  subject: string;
  email: string;
  name: string;
  groups: readonly string[];
  emailVerified: boolean;
}): Promise<{ user: SignedInUser } | { refused: SignInRefusal }> {
  const email = input.email.trim().toLowerCase();
  const role = roleFromGroups(input.groups);
  const select = { id: true, name: true, email: true, role: true } as const;
  return db.$transaction(async (tx) => {
    const known = await tx.user.findUnique({
      where: { authSubject: input.subject },
      select: { id: true, deactivatedAt: true },
    });
    const claimable =
      known || !input.emailVerified
        ? null
        : await tx.user.findFirst({ where: { email, authSubject: null }, select: { id: true, deactivatedAt: true } });
    const existing = known ?? claimable;
    if (existing?.deactivatedAt) return { refused: "deactivated" as const };
    if (!existing && !input.emailVerified) return { refused: "unverified-email" as const };
    const data = {
      name: input.name.trim() || email,
      role,
      authSubject: input.subject,
      lastSignInAt: new Date(),
      ...(input.emailVerified ? { email } : {}),
    };
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data, select })
      : await tx.user.create({ data: { ...data, email }, select });
    await audit(tx, { actorId: user.id, action: "user.signed-in", entityId: user.id, data: { role } });
    return { user };
  });
}
