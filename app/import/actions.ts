"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { runAction } from "@/lib/server/action";
import { importUploadSchema } from "@/lib/schemas/import";
import { requireRole } from "@/lib/server/data/session";
import { importWorklog, previewImport, type UploadedFile } from "@/lib/server/data/worklog-io";
import { clientAddress, hitRateLimit, LIMITS } from "@/lib/server/rate-limit";

/** Imports parse whole files: at most LIMITS.import a minute per intern and per address. */
async function overLimit(userId: string) {
  const decision = await hitRateLimit(LIMITS.import, [`user:${userId}`, `ip:${clientAddress(await headers())}`]);
  return decision.allowed
    ? null
    : { ok: false as const, formError: `Too many imports in a minute. Wait ${decision.retryAfter} seconds, then try again.` };
}

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
  const refused = await overLimit(viewer.id);
  if (refused) return refused;
  return runAction(importUploadSchema, uploadInput(formData), async ({ files, mode }) => previewImport(viewer, await uploadsOf(files), { mode }));
}

/** Reads the same files again (never a preview sent back by the browser) and saves them in one transaction. */
export async function importWorklogAction(formData: FormData) {
  const viewer = await requireRole("INTERN");
  const refused = await overLimit(viewer.id);
  if (refused) return refused;
  const result = await runAction(importUploadSchema, uploadInput(formData), async ({ files, mode }) =>
    importWorklog(viewer, await uploadsOf(files), { mode }),
  );
  if (result.ok && result.data?.saved) {
    revalidatePath("/");
    for (const week of result.data.weeks) revalidatePath(`/weeks/${week.weekId}`);
  }
  return result;
}
