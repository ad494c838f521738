import "server-only";
// The in-app side: the bell's unread count, /notifications, opening one (marks it read), and the
// admins' list of mail that did not go out. Each person reads and marks only their own.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationData, NotificationFacts } from "@/lib/worklog/notifications/facts";
import { notificationLink, notificationTarget, type NotificationKind } from "@/lib/worklog/notifications/kinds";
import { db } from "../../db";
import { assertRole, isUuid } from "../access";
import { NotFoundError } from "../errors";
import type { Viewer } from "../viewer";

export interface NotificationView extends NotificationFacts {
  id: string;
  createdAt: string;
  read: boolean;
  /** The notification's own link: opens the item (the week at the comment) and marks it read. */
  href: string;
}

/** What the list and the mail read with a notification: the names its words need. */
export const notificationFactsSelect = {
  id: true,
  kind: true,
  weekId: true,
  commentId: true,
  data: true,
  createdAt: true,
  readAt: true,
  actor: { select: { name: true } },
  week: { select: { number: true, intern: { select: { name: true } }, cohort: { select: { name: true } } } },
} satisfies Prisma.NotificationSelect;

type StoredFacts = Prisma.NotificationGetPayload<{ select: typeof notificationFactsSelect }>;

export function factsOf(n: StoredFacts): NotificationFacts {
  const data = (n.data ?? {}) as NotificationData;
  return {
    kind: n.kind as NotificationKind,
    weekNumber: n.week?.number ?? null,
    internName: n.week?.intern.name ?? null,
    actorName: n.actor?.name ?? null,
    cohortName: n.week?.cohort.name ?? data.cohortName ?? null,
    data,
  };
}

/** The bell's number: unread notifications (capped, as a badge shows "99+"). */
export async function unreadNotificationCount(viewer: Viewer): Promise<number> {
  assertRole(viewer);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1 FROM notifications WHERE user_id = ${viewer.id}::uuid AND read_at IS NULL LIMIT 100) AS unread`;
  return row?.count ?? 0;
}

/** The newest notifications first (the last 90 days are kept; the page shows the latest 100). */
export async function listNotifications(viewer: Viewer, options: { limit?: number } = {}): Promise<NotificationView[]> {
  assertRole(viewer);
  const rows = await db.notification.findMany({
    where: { userId: viewer.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 100, 100),
    select: notificationFactsSelect,
  });
  return rows.map((n) => ({
    ...factsOf(n),
    id: n.id,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
    href: notificationLink(n.id),
  }));
}

export async function markAllNotificationsRead(viewer: Viewer, now = new Date()): Promise<{ marked: number }> {
  assertRole(viewer);
  const { count } = await db.notification.updateMany({
    where: { userId: viewer.id, readAt: null },
    data: { readAt: now },
  });
  return { marked: count };
}

/** Opens one of the viewer's own notifications: marked read, and where it leads. Anyone else's: not found. */
export async function openNotification(viewer: Viewer, id: string, now = new Date()): Promise<string> {
  assertRole(viewer);
  const found = isUuid(id)
    ? await db.notification.findFirst({
        where: { id, userId: viewer.id },
        select: { kind: true, weekId: true, commentId: true, readAt: true },
      })
    : null;
  if (!found) throw new NotFoundError();
  if (!found.readAt) await db.notification.update({ where: { id }, data: { readAt: now } });
  return notificationTarget({ kind: found.kind as NotificationKind, weekId: found.weekId, commentId: found.commentId });
}

export interface MailFailureView {
  id: string;
  to: string;
  kind: NotificationKind;
  error: string;
  createdAt: string;
}

/** Admins: mail the server refused or that ran out of retries, newest first. */
export async function listMailFailures(viewer: Viewer): Promise<MailFailureView[]> {
  assertRole(viewer, "ADMIN");
  const rows = await db.notification.findMany({
    where: { mailStatus: "FAILED" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, mailError: true, createdAt: true, user: { select: { email: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    to: r.user.email,
    kind: r.kind as NotificationKind,
    error: r.mailError ?? "",
    createdAt: r.createdAt.toISOString(),
  }));
}
