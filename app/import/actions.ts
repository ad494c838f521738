"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { importUploadSchema } from "@/lib/schemas/import";
import { requireRole } from "@/lib/server/data/session";
import { importWorklog, previewImport, type UploadedFile } from "@/lib/server/data/worklog-io";

/** The form's fields as the shared schema expects them; an empty file input sends one nameless empty file. */
function uploadInput(formData: FormData) {
  return {
    mode: formData.get("mode") ?? undefined,
    files: formData.getAll("files").filter((file) => typeof file === "string" || file.name !== "" || file.size > 0),
  };
}

async function uploadsOf(files: File[]): Promise<UploadedFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** Reads the files and answers what importing them would do; writes nothing. */
export async function previewImportAction(formData: FormData) {
  const viewer = await requireRole("INTERN");
  return runAction(importUploadSchema, uploadInput(formData), async ({ files, mode }) => previewImport(viewer, await uploadsOf(files), { mode }));
}

/** Reads the same files again (never a preview sent back by the browser) and saves them in one transaction. */
export async function importWorklogAction(formData: FormData) {
  const viewer = await requireRole("INTERN");
  const result = await runAction(importUploadSchema, uploadInput(formData), async ({ files, mode }) =>
    importWorklog(viewer, await uploadsOf(files), { mode }),
  );
  if (result.ok && result.data?.saved) {
    revalidatePath("/");
    for (const week of result.data.weeks) revalidatePath(`/weeks/${week.weekId}`);
  }
  return result;
}
