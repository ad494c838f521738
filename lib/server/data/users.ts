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

/**
 * Creates or updates the user at each sign-in, keyed by the provider's subject. A user an admin
 * added by email (no subject yet) is claimed by their first sign-in with that (verified) email. The role
 * follows the provider's groups, so a changed group takes effect at the next sign-in.
 */
export async function recordSignIn(input: {
  subject: string;
  email: string;
  name: string;
  groups: readonly string[];
  /** Only a verified email may claim an account an admin added by email. */
  emailVerified: boolean;
}): Promise<{ id: string; name: string; email: string; role: Role | null }> {
  const email = input.email.trim().toLowerCase();
  const role = roleFromGroups(input.groups);
  const data = { email, name: input.name.trim() || email, role, authSubject: input.subject, lastSignInAt: new Date() };
  const select = { id: true, name: true, email: true, role: true } as const;
  return db.$transaction(async (tx) => {
    const existing =
      (await tx.user.findUnique({ where: { authSubject: input.subject }, select: { id: true } })) ??
      (input.emailVerified
        ? await tx.user.findFirst({ where: { email, authSubject: null }, select: { id: true } })
        : null);
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data, select })
      : await tx.user.create({ data, select });
    await audit(tx, { actorId: user.id, action: "user.signed-in", entity: "user", entityId: user.id, data: { role } });
    return user;
  });
}
