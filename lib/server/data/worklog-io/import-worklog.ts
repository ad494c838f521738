import { say } from "@/lib/i18n/said";
import "server-only";
// Imports uploaded pages as the intern's weeks, all in one transaction: if any file has an error,
// nothing is written and the preview says why. The files are read again (the preview the browser
// saw is never trusted). "Replace" rewrites an editable week in place (docs/decisions/006).
import type { ImportMode } from "@/lib/schemas/import";
import { analyseUploads } from "@/lib/worklog/import/analyse";
import { planImport, type PlannedWeek } from "@/lib/worklog/import/plan";
import type { ImportResult, SavedWeek } from "@/lib/worklog/import/types";
import type { UploadedFile } from "@/lib/worklog/import/uploads";
import { db, type Tx } from "../../db";
import { lockEditableWeek, lockIntern } from "../access";
import { audit } from "../audit";
import { ConflictError } from "../errors";
import type { Viewer } from "../viewer";
import { insertWeekContent } from "../week-content";
import { readImportTarget } from "./import-target";
import { assertMayImport } from "./preview-import";
import { analyseInWorker } from "../../import-pool";
import { replaceWeekContent } from "./replace-week";

export async function importWorklog(
  viewer: Viewer,
  uploads: UploadedFile[],
  options: { mode: ImportMode; source?: "web" | "cli"; onWeekSaved?: (week: Omit<SavedWeek, "weekId">) => void },
): Promise<ImportResult> {
  assertMayImport(viewer);
  // Parsing is pure and can take a moment: done before the transaction opens.
  const analysed = await analyseUploads(uploads, analyseInWorker);
  try {
    return await db.$transaction(
      async (tx) => {
        // One import at a time per intern: two tabs importing the same weeks would otherwise race.
        await lockIntern(tx, viewer.id);
        const target = await readImportTarget(tx, viewer, analysed);
        const { preview, plan } = planImport(analysed, target, options.mode);
        if (!preview.ok) return { saved: false, preview };
        const saved: SavedWeek[] = [];
        for (const item of plan) {
          if (item.action === "skip") continue;
          const weekId = await saveWeek(tx, viewer, target.cohortId, item, options.source ?? "web");
          saved.push({ number: item.page.week.number, weekId, action: item.action });
          options.onWeekSaved?.({ number: item.page.week.number, action: item.action });
        }
        return { saved: true, preview, weeks: saved };
      },
      // Sixty weeks of rows is more than the 5 s default allows on a busy machine.
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "P2002") {
      throw new ConflictError(say("errors.import.createdMeanwhile"));
    }
    throw error;
  }
}

async function saveWeek(tx: Tx, viewer: Viewer, cohortId: string, item: PlannedWeek, source: "web" | "cli") {
  const { week } = item.page;
  const dates = { startDate: item.startDate, endDate: item.endDate };
  let weekId: string;
  if (item.action === "create") {
    weekId = (await insertWeekContent(tx, { internId: viewer.id, cohortId, week, ...dates })).id;
  } else {
    // Locks the week and re-checks that it is still editable (a submit may have landed).
    weekId = (await lockEditableWeek(tx, viewer, item.existingId!)).id;
    await replaceWeekContent(tx, weekId, { week, ...dates });
  }
  await audit(tx, {
    actorId: viewer.id,
    weekId,
    action: item.action === "create" ? "week.imported" : "week.replaced-by-import",
    entityId: weekId,
    data: {
      file: item.page.name.slice(0, 200),
      lang: item.page.lang,
      days: week.days.length,
      tasks: week.days.reduce((n, day) => n + day.tasks.length, 0),
      source,
    },
  });
  return weekId;
}
