import "server-only";
// The interns at risk in many cohorts at once, for jobs that run for no one (the mentors' digest):
// the cohorts' interns and weeks loaded in one statement, as the grid loads one cohort
// (lib/server/data/grid.ts), and judged by the same rule through buildGrid (lib/worklog/risk.ts),
// so the digest and the cohort page cannot disagree. Deactivated interns are left out.
import type { IsoDate } from "@/lib/worklog/dates";
import { buildGrid, compareInterns } from "@/lib/worklog/grid";
import type { RiskReason } from "@/lib/worklog/risk";
import type { Tx } from "../db";
import { gridInputColumns, gridInputOf, type GridInputRow } from "./grid-input";

export interface InternAtRisk {
  intern: string;
  reasons: RiskReason[];
  /** The mentor the intern is assigned to (the digest keeps a mentor's own). */
  mentor_id: string | null;
}

/** Each cohort's interns at risk on `today`, by name, with their reasons: one statement for all the cohorts. */
export async function internsAtRisk(
  tx: Tx,
  cohortIds: readonly string[],
  today: IsoDate,
  timeZone: string,
): Promise<Map<string, InternAtRisk[]>> {
  if (cohortIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<GridInputRow[]>`
    SELECT ${gridInputColumns({ activeInternsOnly: true })}
    FROM cohorts c
    WHERE c.id = ANY(${cohortIds as string[]}::uuid[])`;
  return new Map(
    rows.map((row) => [
      row.id,
      buildGrid(gridInputOf(row, today, timeZone))
        .rows.filter((r) => r.risk.length > 0)
        .sort((a, b) => compareInterns(a.intern, b.intern))
        .map((r) => ({ intern: r.intern.name, reasons: r.risk, mentor_id: r.intern.mentor?.id ?? null })),
    ]),
  );
}
