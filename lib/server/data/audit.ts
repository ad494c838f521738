import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditEntityOf, type AuditAction } from "@/lib/worklog/audit";
import type { Tx } from "../db";

export interface AuditEntry {
  actorId: string;
  weekId?: string | null;
  /** One of lib/worklog/audit.ts's actions, each of which the history page can say in words. */
  action: AuditAction;
  entityId?: string | null;
  /** The change's details: ids, states, short labels; never secrets or tokens. */
  data?: Prisma.InputJsonValue;
}

/** The trail's row: the entity is the action's (lib/worklog/audit.ts), the details at least `{}`. */
const row = (entry: AuditEntry) => ({ ...entry, entity: auditEntityOf(entry.action), data: entry.data ?? {} });

/**
 * The statement that appends one entry: run by audit, or as a data-modifying WITH of the event's
 * notifications (notifications/write.ts), so that an event that notifies costs no extra round trip.
 */
export function auditInsertSql(entry: AuditEntry): Prisma.Sql {
  const { actorId, weekId, action, entity, entityId, data } = row(entry);
  return Prisma.sql`INSERT INTO audit_events (actor_id, week_id, action, entity, entity_id, data, created_at)
    VALUES (${actorId}::uuid, ${weekId ?? null}::uuid, ${action}, ${entity}, ${entityId ?? null}, ${JSON.stringify(data)}::jsonb, ${new Date()})`;
}

/** Appends to the audit trail inside the caller's transaction, so the trail and the change agree. */
export async function audit(tx: Pick<Tx, "$executeRaw">, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw(auditInsertSql(entry));
}

/** Several entries in one statement (a change that touches many weeks at once). */
export async function auditMany(tx: Pick<Tx, "auditEvent">, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({ data: entries.map(row) });
}
