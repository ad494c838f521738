import "server-only";
// The import and export verbs now live one per file in lib/server/data/worklog-io/ and the pure
// parts in lib/worklog/import/; this re-export goes once its importers point there.
export { exportWeek, type WeekExport } from "./worklog-io/export-week";
export { exportWorklog, exportWorklogZip, type WorklogExport } from "./worklog-io/export-worklog";
export { importContext } from "./worklog-io/import-context";
export { importWorklog } from "./worklog-io/import-worklog";
export { previewImport } from "./worklog-io/preview-import";
export type { ImportFileReport, ImportPreview, ImportResult, ImportWeekPreview } from "@/lib/worklog/import/types";
export type { UploadedFile } from "@/lib/worklog/import/uploads";
