// What importing worklog pages answers: a report per file and a preview per week (nothing saved),
// then, once confirmed, the weeks saved. Shared by the data layer, the import form and the CLI.
import type { ImportMode } from "@/lib/schemas/import";
import type { IsoDate } from "../dates";
import type { WorklogLang, WorklogWeek } from "../week";

export interface ImportFileReport {
  name: string;
  status: "week" | "error" | "ignored";
  message?: string;
  weekNumber?: number;
}

export const IMPORT_ACTIONS = ["create", "replace", "skip"] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export interface ImportWeekPreview {
  number: number;
  fileName: string;
  lang: WorklogLang;
  title: string;
  action: ImportAction;
  /** Why a week is skipped or replaced: "You already have week 3 (approved)". */
  reason?: string;
  /** The week's dates in the intern's cohort. */
  startDate: IsoDate;
  endDate: IsoDate;
  /** How the page wrote its dates, e.g. "DD/MM/YYYY", if it had a task table. */
  dateFormat: string | null;
  objectives: string[];
  achievements: string[];
  days: {
    label: string;
    startDate: string | null;
    endDate: string | null;
    dateText: string | null;
    tasks: { text: string; moduleCodes: string[] }[];
  }[];
  taskCount: number;
  /** Catalogue modules its tasks will link to. */
  modules: { code: string; title: string }[];
  warnings: string[];
}

export interface ImportPreview {
  mode: ImportMode;
  /** Nothing stops the import (no file has an error). */
  ok: boolean;
  files: ImportFileReport[];
  weeks: ImportWeekPreview[];
  counts: { create: number; replace: number; skip: number; errors: number };
}

export interface SavedWeek {
  number: number;
  weekId: string;
  action: Exclude<ImportAction, "skip">;
}

export type ImportResult =
  { saved: true; preview: ImportPreview; weeks: SavedWeek[] } | { saved: false; preview: ImportPreview };

/** A page that can become a week: read, safe, within the editors' limits. */
export interface ParsedPage {
  /** Its line in the files report. */
  index: number;
  name: string;
  lang: WorklogLang;
  week: WorklogWeek;
  warnings: string[];
}

/** What the files hold, checked without the database. */
export interface AnalysedUploads {
  files: ImportFileReport[];
  pages: ParsedPage[];
}
