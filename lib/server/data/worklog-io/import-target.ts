import { say } from "@/lib/i18n/said";
import "server-only";
// What an import is planned against (lib/worklog/import/plan.ts): the intern's cohort, their weeks
// with the pages' numbers, and the catalogue modules the pages name. Read by preview and import alike.
import { isoDateFromDb } from "@/lib/worklog/dates";
import { importWants, type ImportTarget } from "@/lib/worklog/import/plan";
import type { AnalysedUploads } from "@/lib/worklog/import/types";
import type { Tx } from "../../db";
import { ConflictError } from "../errors";
import type { Viewer } from "../viewer";

export async function readImportTarget(
  client: Pick<Tx, "enrollment" | "week" | "module">,
  viewer: Viewer,
  analysed: AnalysedUploads,
): Promise<ImportTarget & { cohortId: string }> {
  const enrollment = await client.enrollment.findUnique({
    where: { userId: viewer.id },
    select: { cohort: { select: { id: true, startDate: true, weekCount: true } } },
  });
  if (!enrollment) {
    throw new ConflictError(say("errors.noCohort"));
  }
  const { numbers, codes } = importWants(analysed);
  const [existing, modules] = await Promise.all([
    client.week.findMany({
      where: { internId: viewer.id, number: { in: numbers } },
      select: { id: true, number: true, status: true },
    }),
    codes.length ? client.module.findMany({ where: { code: { in: codes } }, select: { code: true, title: true } }) : [],
  ]);
  const { cohort } = enrollment;
  return {
    cohortId: cohort.id,
    cohort: { startDate: isoDateFromDb(cohort.startDate), weekCount: cohort.weekCount },
    existing,
    catalogue: new Map(modules.map((module) => [module.code, module.title])),
  };
}
