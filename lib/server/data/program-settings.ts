import "server-only";
// The program's settings: one row (program_settings, id 1), today the at-risk thresholds
// (lib/worklog/risk.ts). Anyone who sees a cohort reads them through its grid (one query); admins
// read them here for the form and change them, with the change in the audit trail.
import type { RiskSettingsInput } from "@/lib/schemas/risk";
import { DEFAULT_RISK_SETTINGS, type RiskSettings } from "@/lib/worklog/risk";
import { db, type Tx } from "../db";
import { assertRole } from "./access";
import { audit } from "./audit";
import type { Viewer } from "./viewer";

const SELECT = { riskBehindWeeks: true, riskFallingWeeks: true, riskIdleDays: true } as const;

type Row = { riskBehindWeeks: number; riskFallingWeeks: number; riskIdleDays: number };

const settingsOf = (row: Row | null): RiskSettings =>
  row
    ? { behindWeeks: row.riskBehindWeeks, fallingWeeks: row.riskFallingWeeks, idleDays: row.riskIdleDays }
    : DEFAULT_RISK_SETTINGS;

/** The thresholds, for jobs that run for no one (the digest) inside their transaction. */
export async function readRiskSettings(tx: Pick<Tx, "programSettings">): Promise<RiskSettings> {
  return settingsOf(await tx.programSettings.findUnique({ where: { id: 1 }, select: SELECT }));
}

/** The thresholds as the admin's form shows them. */
export async function getRiskSettings(viewer: Viewer): Promise<RiskSettings> {
  assertRole(viewer, "ADMIN");
  return readRiskSettings(db);
}

/** An admin changes the thresholds; the trail keeps what they were and what they became. */
export async function saveRiskSettings(viewer: Viewer, input: RiskSettingsInput): Promise<RiskSettings> {
  assertRole(viewer, "ADMIN");
  const after = {
    riskBehindWeeks: input.behindWeeks,
    riskFallingWeeks: input.fallingWeeks,
    riskIdleDays: input.idleDays,
  };
  return db.$transaction(async (tx) => {
    // Locked, so that two admins saving at once each record the values they replaced.
    const [before] = await tx.$queryRaw<{ behind: number; falling: number; idle: number }[]>`
      SELECT risk_behind_weeks AS behind, risk_falling_weeks AS falling, risk_idle_days AS idle
      FROM program_settings WHERE id = 1 FOR UPDATE`;
    const row = await tx.programSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...after },
      update: after,
      select: SELECT,
    });
    const saved = settingsOf(row);
    await audit(tx, {
      actorId: viewer.id,
      action: "settings.risk-updated",
      entityId: "1",
      data: {
        before: before ? { behindWeeks: before.behind, fallingWeeks: before.falling, idleDays: before.idle } : null,
        after: { ...saved },
      },
    });
    return saved;
  });
}
