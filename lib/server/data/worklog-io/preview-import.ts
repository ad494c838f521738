import "server-only";
// What importing these files would do (lib/worklog/import/plan.ts). Reads only; nothing is written.
import type { ImportMode } from "@/lib/schemas/import";
import { analyseUploads } from "@/lib/worklog/import/analyse";
import { planImport } from "@/lib/worklog/import/plan";
import type { ImportPreview } from "@/lib/worklog/import/types";
import type { UploadedFile } from "@/lib/worklog/import/uploads";
import { db } from "../../db";
import { analyseInWorker } from "../../import-pool";
import { assertRole } from "../access";
import type { Viewer } from "../viewer";
import { readImportTarget } from "./import-target";

/** Only interns import worklog pages: the weeks become their own (the import route asks before reading files). */
export function assertMayImport(viewer: Viewer): void {
  assertRole(viewer, "INTERN");
}

export async function previewImport(
  viewer: Viewer,
  uploads: UploadedFile[],
  options: { mode: ImportMode },
): Promise<ImportPreview> {
  assertMayImport(viewer);
  const analysed = await analyseUploads(uploads, analyseInWorker);
  return planImport(analysed, await readImportTarget(db, viewer, analysed), options.mode).preview;
}
