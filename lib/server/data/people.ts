import { say } from "@/lib/i18n/said";
import "server-only";
// An admin finds people and turns their access off or on. A deactivated person's sessions end at
// once (their next request is signed out) and their sign-in is refused with a message, until an
// admin reactivates them; their worklog stays as it is.
import type { PersonActiveInput } from "@/lib/schemas/admin";
import type { Role } from "@/lib/worklog/status";
import { db } from "../db";
import { databaseEnv } from "../env";
import { assertRole, isUuid } from "./access";
import { audit } from "./audit";
import { ConflictError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

/** How many people a search lists at most: the admin narrows it by typing more. */
export const PEOPLE_SHOWN = 20;

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: Role | null;
  cohort: string | null;
  /** When they last signed in (ISO), null if never. */
  lastSignInAt: string | null;
  deactivated: boolean;
}

const personSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  lastSignInAt: true,
  deactivatedAt: true,
  enrollment: { select: { cohort: { select: { name: true } } } },
} as const;

function toRow(user: {
  id: string;
  name: string;
  email: string;
  role: Role | null;
  lastSignInAt: Date | null;
  deactivatedAt: Date | null;
  enrollment: { cohort: { name: string } } | null;
}): PersonRow {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    cohort: user.enrollment?.cohort.name ?? null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    deactivated: user.deactivatedAt !== null,
  };
}

/** People whose name or e-mail contains `query` (none for an empty query), and everyone deactivated. */
export async function findPeople(
  viewer: Viewer,
  query: string,
): Promise<{ matches: PersonRow[]; more: boolean; deactivated: PersonRow[]; timeZone: string }> {
  assertRole(viewer, "ADMIN");
  const [found, deactivated] = await Promise.all([
    query
      ? db.user.findMany({
          where: {
            OR: [
              { name: { contains: query, mode: "insensitive" } },
              { email: { contains: query, mode: "insensitive" } },
            ],
          },
          orderBy: [{ name: "asc" }, { email: "asc" }],
          take: PEOPLE_SHOWN + 1,
          select: personSelect,
        })
      : [],
    db.user.findMany({ where: { deactivatedAt: { not: null } }, orderBy: { name: "asc" }, select: personSelect }),
  ]);
  return {
    matches: found.slice(0, PEOPLE_SHOWN).map(toRow),
    more: found.length > PEOPLE_SHOWN,
    deactivated: deactivated.map(toRow),
    timeZone: databaseEnv().WORKLOG_TIME_ZONE,
  };
}

/** Deactivates (ending every session of theirs) or reactivates a person. */
export async function setPersonActive(viewer: Viewer, input: PersonActiveInput): Promise<{ name: string }> {
  assertRole(viewer, "ADMIN");
  if (input.userId === viewer.id && !input.active) {
    throw new ConflictError(say("errors.selfDeactivation"));
  }
  return db.$transaction(async (tx) => {
    const person = isUuid(input.userId)
      ? await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, deactivatedAt: true } })
      : null;
    if (!person) throw new NotFoundError("person");
    if ((person.deactivatedAt === null) === input.active) return { name: person.name };
    await tx.user.update({ where: { id: person.id }, data: { deactivatedAt: input.active ? null : new Date() } });
    if (!input.active) await tx.session.deleteMany({ where: { userId: person.id } });
    await audit(tx, {
      actorId: viewer.id,
      action: input.active ? "person.reactivated" : "person.deactivated",
      entityId: person.id,
      data: { name: person.name },
    });
    return { name: person.name };
  });
}
