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
function rowSql(entry: AuditEntry, at: Date): Prisma.Sql {
  const data = JSON.stringify(entry.data ?? {});
  return Prisma.sql`(${entry.actorId}::uuid, ${entry.weekId ?? null}::uuid, ${entry.action}, ${auditEntityOf(entry.action)}, ${entry.entityId ?? null}, ${data}::jsonb, ${at})`;
}

/**
 * The one statement that appends entries (at least one): run by audit and auditMany, or as a
 * data-modifying WITH of the event's notifications (notifications/write.ts), so that an event that
 * notifies costs no extra round trip.
 */
export function auditInsertSql(entries: readonly AuditEntry[]): Prisma.Sql {
  const at = new Date();
  return Prisma.sql`INSERT INTO audit_events (actor_id, week_id, action, entity, entity_id, data, created_at)
    VALUES ${Prisma.join(entries.map((entry) => rowSql(entry, at)))}`;
}

/** Appends to the audit trail inside the caller's transaction, so the trail and the change agree. */
export async function audit(tx: Pick<Tx, "$executeRaw">, entry: AuditEntry): Promise<void> {
  await auditMany(tx, [entry]);
}

/** Several entries in one statement (a change that touches many weeks at once). */
export async function auditMany(tx: Pick<Tx, "$executeRaw">, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.$executeRaw(auditInsertSql(entries));
}
