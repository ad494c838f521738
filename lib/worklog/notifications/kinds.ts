// The kinds of notification, who gets each, whether its e-mail is on by default, and where each
// links (docs/decisions/017). Pure: the data layer writes them, the pages and mails put them in words.

export const NOTIFICATION_KINDS = [
  "WEEK_SUBMITTED",
  "WEEK_APPROVED",
  "CHANGES_REQUESTED",
  "COMMENT_ADDED",
  "COMMENT_REPLIED",
  "WEEK_EXTENDED",
  "WELCOME",
  "WEEK_NOT_SUBMITTED",
  "TASKS_OVERDUE",
  "REVIEW_WAITING",
  "REVIEW_ESCALATED",
  "DIGEST",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Who a kind is for, so that /settings shows each person only the kinds they can receive. */
export const KIND_AUDIENCE: Record<NotificationKind, readonly ("INTERN" | "MENTOR" | "ADMIN")[]> = {
  WEEK_SUBMITTED: ["MENTOR", "ADMIN"],
  WEEK_APPROVED: ["INTERN"],
  CHANGES_REQUESTED: ["INTERN"],
  // A reviewer's reply in a thread reaches the intern as COMMENT_ADDED; the intern's reply, the
  // reviewer who opened the thread as COMMENT_REPLIED (lib/server/data/threads.ts).
  COMMENT_ADDED: ["INTERN"],
  COMMENT_REPLIED: ["MENTOR", "ADMIN"],
  WEEK_EXTENDED: ["INTERN"],
  WELCOME: ["INTERN"],
  WEEK_NOT_SUBMITTED: ["INTERN"],
  TASKS_OVERDUE: ["INTERN"],
  REVIEW_WAITING: ["MENTOR", "ADMIN"],
  REVIEW_ESCALATED: ["ADMIN"],
  DIGEST: ["MENTOR", "ADMIN"],
};

/** E-mail is on for every kind until the person turns it off, except the (frequent) overdue-task mail. */
export function emailOnByDefault(kind: NotificationKind): boolean {
  return kind !== "TASKS_OVERDUE";
}

/** The kinds whose e-mail is off until turned on, for SQL (kept next to emailOnByDefault). */
export const EMAIL_OFF_BY_DEFAULT: readonly NotificationKind[] = NOTIFICATION_KINDS.filter((k) => !emailOnByDefault(k));

/**
 * Where a notification leads inside the app: the week (at the comment: a reply's own anchor for
 * COMMENT_REPLIED and for a reviewer's reply; the week itself for WEEK_EXTENDED), the dashboard, the queue.
 */
export function notificationTarget(n: {
  kind: NotificationKind;
  weekId: string | null;
  commentId: string | null;
}): string {
  switch (n.kind) {
    case "WELCOME":
    case "TASKS_OVERDUE":
      return "/";
    case "DIGEST":
      return "/reviews";
    default:
      if (!n.weekId) return n.kind === "WEEK_NOT_SUBMITTED" ? "/" : "/reviews";
      return n.commentId ? `/weeks/${n.weekId}#comment-${n.commentId}` : `/weeks/${n.weekId}`;
  }
}

/** The link a notification is opened by, in the app and in its mail: it marks it read, then goes to the target. */
export function notificationLink(id: string): string {
  return `/notifications/${id}`;
}

/** How long notifications are kept. */
export const RETENTION_DAYS = 90;

/** The digest's lists are cut at this many lines each (the rest is counted). */
export const DIGEST_LIST_LIMIT = 15;

/** A reminder or digest whose moment passed longer ago than this is not sent late (a worker away for days). */
export const DUE_GRACE_HOURS = 24;

/** Reminder moments, in the program's time zone (lib/server/data/notifications/reminders.ts). */
export const REMINDER_RULES = {
  /** The morning after a week's last day, and again two days later, if it is not submitted. */
  notSubmitted: { at: "09:00", daysAfterEnd: [1, 3] },
  /** A task is reminded once, the morning it has been overdue for more than two days. */
  tasksOverdue: { at: "09:00", daysOverdue: 3 },
  /** A week waiting for review: its cohort's mentors after 3 days, the admins after 5. */
  reviewWaitingDays: 3,
  reviewEscalatedDays: 5,
  /** Monday 08:00, each mentor's digest of their cohorts. */
  digest: { at: "08:00" },
} as const;
