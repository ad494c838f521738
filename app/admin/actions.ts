"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { addPersonToCohort, createCohort, moveIntern, saveModule } from "@/lib/server/data/admin";
import { requireRole } from "@/lib/server/data/session";
import { addPersonSchema, createCohortSchema, moduleSchema, moveInternSchema } from "@/lib/schemas/admin";

/** Forms send their fields as strings; each schema coerces and checks them. */
type FormInput = Record<string, string>;

const admin = () => requireRole("ADMIN");

function refresh() {
  revalidatePath("/admin");
  revalidatePath("/cohorts", "layout");
}

export async function createCohortAction(input: FormInput) {
  const result = await runAction(createCohortSchema, input, async (data) => createCohort(await admin(), data));
  if (result.ok) refresh();
  return result;
}

export async function addPersonAction(input: FormInput) {
  const result = await runAction(addPersonSchema, input, async (data) => addPersonToCohort(await admin(), data));
  if (result.ok) refresh();
  return result;
}

export async function moveInternAction(input: FormInput) {
  const result = await runAction(moveInternSchema, input, async (data) => moveIntern(await admin(), data));
  if (result.ok) {
    refresh();
    revalidatePath("/weeks", "layout");
  }
  return result;
}

export async function saveModuleAction(input: FormInput) {
  const result = await runAction(moduleSchema, input, async (data) => saveModule(await admin(), data));
  if (result.ok) {
    refresh();
    revalidatePath("/modules");
  }
  return result;
}
