"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/server/action";
import { addPersonToCohort, createCohort, moveIntern, saveModule } from "@/lib/server/data/admin";
import { addPersonSchema, createCohortSchema, moduleSchema, moveInternSchema } from "@/lib/schemas/admin";

/** Forms send their fields as strings; each schema coerces and checks them. */
type FormInput = Record<string, string>;

function refresh() {
  revalidatePath("/admin");
  revalidatePath("/cohorts", "layout");
}

export async function createCohortAction(input: FormInput) {
  const result = await runAction(createCohortSchema, input, (viewer, data) => createCohort(viewer, data));
  if (result.ok) refresh();
  return result;
}

export async function addPersonAction(input: FormInput) {
  const result = await runAction(addPersonSchema, input, (viewer, data) => addPersonToCohort(viewer, data));
  if (result.ok) refresh();
  return result;
}

export async function moveInternAction(input: FormInput) {
  const result = await runAction(moveInternSchema, input, (viewer, data) => moveIntern(viewer, data));
  if (result.ok) {
    refresh();
    revalidatePath("/weeks", "layout");
  }
  return result;
}

export async function saveModuleAction(input: FormInput) {
  const result = await runAction(moduleSchema, input, (viewer, data) => saveModule(viewer, data));
  if (result.ok) {
    refresh();
    revalidatePath("/modules");
  }
  return result;
}
