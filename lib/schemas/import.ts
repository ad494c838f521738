// What an intern may send to import worklog pages, and what export links accept. Shared by the
// import form (early hints before uploading) and app/import/upload (the real check); the data
// layer checks every file's content again. Limits are in README.md.
import { z } from "zod";
import { LIMITS } from "./limits";

/**
 * From real worklogs: the largest FCJ week page seen is 12 KB, a whole worklog (twelve weeks in
 * two languages and the section pages) about 300 KB. The parser's cost grows with a page's size,
 * so the limits leave room for real pages and none for abuse (docs/SECURITY.md).
 */
export const IMPORT_LIMITS = {
  /** One page (the parser refuses larger text too: MAX_WORKLOG_BYTES). */
  pageBytes: 100_000,
  /** One upload: all files together, and all the pages a zip unpacks to. */
  uploadBytes: 1_000_000,
  /** Files in one upload, and pages in one import (zips unpacked). */
  files: 60,
  /** Entries of a zip, folders included: a real content tree has a few dozen. */
  zipEntries: 200,
} as const;

/**
 * The most an import request's body may hold: a full upload plus room for the multipart framing
 * (boundaries, each file's headers and name). Larger requests get 413: by their Content-Length
 * before the import route reads them, else as soon as the bytes read pass it.
 */
export const IMPORT_REQUEST_BYTES = IMPORT_LIMITS.uploadBytes + 100_000;

export const importModeSchema = z.enum(["skip", "replace"], {
  error: "Choose whether to skip or replace weeks you already have.",
});
export type ImportMode = z.infer<typeof importModeSchema>;

/** "100 KB", "1 MB": a limit in words. */
export function sizeInWords(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${Math.round(bytes / 1_000)} KB`;
}

export const importUploadSchema = z
  .object({
    mode: importModeSchema.default("skip"),
    files: z
      .array(z.file({ error: "Upload files, not text." }))
      .min(1, "Choose at least one .md page or a .zip of your content/1-Worklog folder.")
      .max(
        IMPORT_LIMITS.files,
        `At most ${IMPORT_LIMITS.files} files at once; zip your content/1-Worklog folder instead.`,
      ),
  })
  .superRefine(({ files }, context) => {
    for (const file of files) {
      if (file.size > IMPORT_LIMITS.uploadBytes) {
        context.addIssue({
          code: "custom",
          path: ["files"],
          message: `${file.name} is larger than ${sizeInWords(IMPORT_LIMITS.uploadBytes)}.`,
        });
      }
    }
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > IMPORT_LIMITS.uploadBytes) {
      context.addIssue({
        code: "custom",
        path: ["files"],
        message: `These files add up to more than ${sizeInWords(IMPORT_LIMITS.uploadBytes)}; a whole worklog is far smaller. Import them in smaller groups.`,
      });
    }
  });

export type ImportUpload = z.infer<typeof importUploadSchema>;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const importedText = (max: number, what: string) =>
  z
    .string()
    .refine((text) => text.trim() !== "", `${what} is empty.`)
    .refine((text) => text.length <= max, `${what} is longer than ${max} characters.`)
    .refine((text) => !CONTROL.test(text), `${what} contains control characters.`);

/**
 * A parsed page, held to the same limits as the week editors (so an imported week stays
 * editable). The data layer adds where each problem is ("Wed, task 3: ...").
 */
export const importedWeekSchema = z.object({
  number: z
    .number()
    .int()
    .min(1, "The page's week number must be 1 or more.")
    .max(52, "The page's week number is over 52."),
  objectives: z
    .array(importedText(LIMITS.itemText, "The objective"))
    .max(LIMITS.itemsPerList, `The page has more than ${LIMITS.itemsPerList} objectives.`),
  achievements: z
    .array(importedText(LIMITS.itemText, "The achievement"))
    .max(LIMITS.itemsPerList, `The page has more than ${LIMITS.itemsPerList} achievements.`),
  days: z
    .array(
      z.object({
        label: z.string().max(LIMITS.dayLabel, `The day is longer than ${LIMITS.dayLabel} characters.`),
        references: z
          .array(z.string().max(LIMITS.reference, `The reference is longer than ${LIMITS.reference} characters.`))
          .max(LIMITS.referencesPerDay, `The day has more than ${LIMITS.referencesPerDay} references.`),
        tasks: z
          .array(
            z.object({
              text: importedText(LIMITS.taskText, "The task"),
              subItems: z
                .array(z.string().max(LIMITS.taskText, `The sub-item is longer than ${LIMITS.taskText} characters.`))
                .max(LIMITS.subItemsPerTask, `The task has more than ${LIMITS.subItemsPerTask} sub-items.`),
            }),
          )
          .max(LIMITS.tasksPerDay, `The day has more than ${LIMITS.tasksPerDay} tasks.`),
      }),
    )
    .max(LIMITS.daysPerWeek, `The table has more than ${LIMITS.daysPerWeek} days.`),
});

/** `?lang=` of export links: English unless Vietnamese is asked for. */
export const exportLangSchema = z.enum(["en", "vi"]).catch("en");

/** `?intern=` of the whole-worklog zip: a mentor or admin names the intern; an intern leaves it out. */
export const worklogZipQuerySchema = z.object({ intern: z.uuid().optional() });
