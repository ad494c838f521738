import "server-only";
// A person's e-mail choices per kind (in-app is always on). No row: the kind's default.
import type { DigestScopeInput } from "@/lib/schemas/assignment";
import type { NotificationPreferencesInput } from "@/lib/schemas/notifications";
import {
  emailOnByDefault,
  KIND_AUDIENCE,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from "@/lib/worklog/notifications/kinds";
import { db } from "../../db";
import { assertRole } from "../access";
import type { Viewer } from "../viewer";

export interface PreferenceView {
  kind: NotificationKind;
  email: boolean;
}

/** The kinds this person can receive, with their e-mail choice. */
export async function getNotificationPreferences(viewer: Viewer): Promise<PreferenceView[]> {
  assertRole(viewer);
  const role = viewer.role;
  const saved = await db.notificationPreference.findMany({
    where: { userId: viewer.id },
    select: { kind: true, email: true },
  });
  const chosen = new Map(saved.map((p) => [p.kind, p.email]));
  return NOTIFICATION_KINDS.filter((kind) => KIND_AUDIENCE[kind].includes(role)).map((kind) => ({
    kind,
    email: chosen.get(kind) ?? emailOnByDefault(kind),
  }));
}

async function setEmail(userId: string, choices: [NotificationKind, boolean][]): Promise<void> {
  await db.$transaction(
    choices.map(([kind, email]) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId, kind } },
        create: { userId, kind, email },
        update: { email },
      }),
    ),
  );
}

export async function saveNotificationPreferences(
  viewer: Viewer,
  input: NotificationPreferencesInput,
): Promise<PreferenceView[]> {
  assertRole(viewer);
  const choices = Object.entries(input.email).filter(
    (entry): entry is [NotificationKind, boolean] => entry[1] !== undefined,
  );
  await setEmail(viewer.id, choices);
  return getNotificationPreferences(viewer);
}

/**
 * The signed unsubscribe link's work (lib/server/unsubscribe-token.ts verified it): this person's
 * e-mail of this kind off. Answers who, for the page to say so; null when the person is gone.
 */
export async function unsubscribe(target: {
  userId: string;
  kind: NotificationKind;
}): Promise<{ email: string } | null> {
  const user = await db.user.findUnique({ where: { id: target.userId }, select: { email: true } });
  if (!user) return null;
  await setEmail(target.userId, [[target.kind, false]]);
  return user;
}

/** Who a valid link names (for the confirmation page, before anything changes). */
export async function unsubscribeTarget(userId: string): Promise<{ email: string } | null> {
  return db.user.findUnique({ where: { id: userId }, select: { email: true } });
}

/** A mentor's digest covers their own interns (where they have any in a cohort) or, wholeCohort, their whole cohorts. */
export async function getDigestScope(viewer: Viewer): Promise<DigestScopeInput> {
  assertRole(viewer, "MENTOR");
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { digestWholeCohort: true } });
  return { wholeCohort: user.digestWholeCohort };
}

export async function saveDigestScope(viewer: Viewer, input: DigestScopeInput): Promise<DigestScopeInput> {
  assertRole(viewer, "MENTOR");
  await db.user.update({ where: { id: viewer.id }, data: { digestWholeCohort: input.wholeCohort } });
  return { wholeCohort: input.wholeCohort };
}
