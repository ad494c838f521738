"use server";
// An admin's changes to the program: cohorts, people in them, moves, the module catalogue, who may
// sign in. Forms send
// their fields as strings; each schema coerces and checks them.
import { revalidatePath } from "next/cache";
import {
  addPersonSchema,
  createCohortSchema,
  moduleSchema,
  moveInternSchema,
  personActiveSchema,
} from "@/lib/schemas/admin";
import { serverAction } from "../action";
import { addPersonToCohort, createCohort, moveIntern, saveModule } from "../data/admin";
import { setPersonActive } from "../data/people";

function refreshProgram() {
  revalidatePath("/admin");
  revalidatePath("/cohorts", "layout");
}

export const createCohortAction = serverAction(createCohortSchema, createCohort, refreshProgram);
export const addPersonAction = serverAction(addPersonSchema, addPersonToCohort, refreshProgram);

export const moveInternAction = serverAction(moveInternSchema, moveIntern, () => {
  refreshProgram();
  revalidatePath("/weeks", "layout");
});

export const saveModuleAction = serverAction(moduleSchema, saveModule, () => {
  refreshProgram();
  revalidatePath("/modules");
});

export const setPersonActiveAction = serverAction(personActiveSchema, setPersonActive, refreshProgram);
