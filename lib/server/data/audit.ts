import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "../db";

export interface AuditEntry {
  actorId: string;
  weekId?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  /** The change's details: ids, states, short labels; never secrets or tokens. */
  data?: Prisma.InputJsonValue;
}

/** Appends to the audit trail inside the caller's transaction, so the trail and the change agree. */
export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, data: entry.data ?? {} } });
}
