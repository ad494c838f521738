import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/** Appends to the audit trail inside the caller's transaction, so the trail and the change agree. */
export async function audit(tx: Pick<Tx, "auditEvent">, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: row(entry) });
}

/** Several entries in one statement (a change that touches many weeks at once). */
export async function auditMany(tx: Pick<Tx, "auditEvent">, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({ data: entries.map(row) });
}
