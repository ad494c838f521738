// What an intern may send to import worklog pages, and what export links accept. Shared by the
// import form (early hints before uploading) and app/import/upload (the real check); the data
// layer checks every file's content again. Limits are in README.md.
import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { LIMITS } from "./limits";
import type { TextThing } from "./things";

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
  error: say("validation.choose.importMode"),
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
      .array(z.file({ error: say("validation.upload.notFiles") }))
      .min(1, say("validation.upload.none"))
      .max(IMPORT_LIMITS.files, say("validation.upload.tooMany", { max: IMPORT_LIMITS.files })),
  })
  .superRefine(({ files }, context) => {
    for (const file of files) {
      if (file.size > IMPORT_LIMITS.uploadBytes) {
        context.addIssue({
          code: "custom",
          path: ["files"],
          message: say("validation.upload.fileTooLarge", {
            name: file.name,
            limit: sizeInWords(IMPORT_LIMITS.uploadBytes),
          }),
        });
      }
    }
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > IMPORT_LIMITS.uploadBytes) {
      context.addIssue({
        code: "custom",
        path: ["files"],
        message: say("validation.upload.tooLarge", { limit: sizeInWords(IMPORT_LIMITS.uploadBytes) }),
      });
    }
  });

export type ImportUpload = z.infer<typeof importUploadSchema>;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const importedText = (
  max: number,
  thing: Extract<TextThing, "objective" | "achievement" | "task" | "text" | "reference" | "day">,
) => {
  const what = say(`validation.what.${thing}`);
  return z
    .string()
    .refine((text) => text.trim() !== "", say("validation.imported.empty", { what }))
    .refine((text) => text.length <= max, say("validation.imported.tooLong", { what, max }))
    .refine((text) => !CONTROL.test(text), say("validation.imported.control", { what }));
};

/**
 * A parsed page, held to the same limits as the week editors (so an imported week stays
 * editable). The data layer adds where each problem is ("Wed, task 3: ...").
 */
export const importedWeekSchema = z.object({
  number: z
    .number()
    .int()
    .min(1, say("validation.imported.weekFrom1"))
    .max(52, say("validation.imported.weekOver", { max: 52 })),
  objectives: z
    .array(importedText(LIMITS.itemText, "objective"))
    .max(LIMITS.itemsPerList, say("validation.imported.tooManyObjectives", { max: LIMITS.itemsPerList })),
  achievements: z
    .array(importedText(LIMITS.itemText, "achievement"))
    .max(LIMITS.itemsPerList, say("validation.imported.tooManyAchievements", { max: LIMITS.itemsPerList })),
  days: z
    .array(
      z.object({
        label: z.string().max(LIMITS.dayLabel, say("validation.imported.dayTooLong", { max: LIMITS.dayLabel })),
        references: z
          .array(
            z.string().max(LIMITS.reference, say("validation.imported.referenceTooLong", { max: LIMITS.reference })),
          )
          .max(LIMITS.referencesPerDay, say("validation.imported.tooManyReferences", { max: LIMITS.referencesPerDay })),
        tasks: z
          .array(
            z.object({
              text: importedText(LIMITS.taskText, "task"),
              subItems: z
                .array(
                  z.string().max(LIMITS.taskText, say("validation.imported.subItemTooLong", { max: LIMITS.taskText })),
                )
                .max(
                  LIMITS.subItemsPerTask,
                  say("validation.imported.tooManySubItems", { max: LIMITS.subItemsPerTask }),
                ),
            }),
          )
          .max(LIMITS.tasksPerDay, say("validation.imported.tooManyTasks", { max: LIMITS.tasksPerDay })),
      }),
    )
    .max(LIMITS.daysPerWeek, say("validation.imported.tooManyDays", { max: LIMITS.daysPerWeek })),
});

/** `?lang=` of export links: English unless Vietnamese is asked for. */
export const exportLangSchema = z.enum(["en", "vi"]).catch("en");

/** `?intern=` of the whole-worklog zip: a mentor or admin names the intern; an intern leaves it out. */
export const worklogZipQuerySchema = z.object({ intern: z.uuid().optional() });
