import "server-only";
import { db } from "../db";
import { databaseEnv } from "../env";
import { assertRole, findVisibleWeek } from "./access";
import type { Viewer } from "./viewer";
import { weekOwnerSelect, type WeekOwner } from "./week-owner";

export interface AuditLogEntry {
  id: string;
  at: string;
  /** Null when the person was deleted since. */
  actorName: string | null;
  action: string;
  entity: string;
  /** What the change was about, looked up now: a task's or day's text, a comment's first words. Null if gone. */
  subject: string | null;
  /** The event's small details (labels, counts, directions): scalars only. */
  data: Record<string, string | number | boolean | null>;
}

export interface WeekAuditLog {
  week: { id: string; number: number } & WeekOwner;
  entries: AuditLogEntry[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  /** The program's time zone, in which to show the times. */
  timeZone: string;
}

export const AUDIT_PAGE_SIZE = 50;

const SUBJECT_LENGTH = 120;

function clip(text: string): string {
  return text.length > SUBJECT_LENGTH ? `${text.slice(0, SUBJECT_LENGTH - 1)}…` : text;
}

function scalars(data: unknown): AuditLogEntry["data"] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return {};
  return Object.fromEntries(
    Object.entries(data).filter(
      (entry): entry is [string, string | number | boolean | null] =>
        entry[1] === null || ["string", "number", "boolean"].includes(typeof entry[1]),
    ),
  );
}

/**
 * Who did what to this week and when, newest first, a page at a time. Same access as the week
 * itself (NotFoundError otherwise). A fixed number of queries per page.
 */
export async function listWeekAudit(
  viewer: Viewer,
  weekId: string,
  options: { page?: number; pageSize?: number } = {},
): Promise<WeekAuditLog> {
  assertRole(viewer);
  const week = await findVisibleWeek(viewer, weekId, {
    id: true,
    number: true,
    ...weekOwnerSelect,
  });
  const pageSize = Math.min(Math.max(options.pageSize ?? AUDIT_PAGE_SIZE, 1), 200);
  const total = await db.auditEvent.count({ where: { weekId: week.id } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pageCount);
  const events = await db.auditEvent.findMany({
    where: { weekId: week.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      action: true,
      entity: true,
      entityId: true,
      data: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  // What the events were about, in one query per kind, limited to this week's rows.
  const idsOf = (entity: string) => [
    ...new Set(events.filter((e) => e.entity === entity && e.entityId).map((e) => e.entityId!)),
  ];
  const [tasks, days, comments] = await Promise.all([
    idsOf("task").length
      ? db.task.findMany({
          where: { id: { in: idsOf("task") }, day: { weekId: week.id } },
          select: { id: true, text: true },
        })
      : [],
    idsOf("day").length
      ? db.day.findMany({ where: { id: { in: idsOf("day") }, weekId: week.id }, select: { id: true, label: true } })
      : [],
    idsOf("review_comment").length
      ? db.reviewComment.findMany({
          where: { id: { in: idsOf("review_comment") }, weekId: week.id },
          select: { id: true, body: true },
        })
      : [],
  ]);
  const subjects = new Map<string, string>([
    ...tasks.map((t) => [`task:${t.id}`, t.text] as const),
    ...days.map((d) => [`day:${d.id}`, d.label] as const),
    ...comments.map((c) => [`review_comment:${c.id}`, c.body] as const),
  ]);
  return {
    week: { id: week.id, number: week.number, intern: week.intern, cohort: week.cohort },
    page,
    pageSize,
    total,
    pageCount,
    timeZone: databaseEnv().WORKLOG_TIME_ZONE,
    entries: events.map((e) => {
      const subject = e.entityId ? subjects.get(`${e.entity}:${e.entityId}`) : undefined;
      return {
        id: e.id.toString(),
        at: e.createdAt.toISOString(),
        actorName: e.actor?.name ?? null,
        action: e.action,
        entity: e.entity,
        subject: subject ? clip(subject) : null,
        data: scalars(e.data),
      };
    }),
  };
}
