"use server";
// Interns assigned to one of their cohort's mentors (admins, on /admin), a mentor taken off a
// cohort, and a mentor's digest scope (/settings).
import { revalidatePath } from "next/cache";
import { assignInternsSchema, digestScopeSchema, removeMentorSchema } from "@/lib/schemas/assignment";
import { serverAction } from "../action";
import { assignInterns, removeMentorFromCohort } from "../data/assignment";
import { saveDigestScope } from "../data/notifications/preferences";

function refreshAssignments() {
  revalidatePath("/admin");
  revalidatePath("/cohorts", "layout");
  revalidatePath("/reviews");
  revalidatePath("/program", "layout");
}

export const assignInternsAction = serverAction(assignInternsSchema, assignInterns, refreshAssignments);
export const removeMentorAction = serverAction(removeMentorSchema, removeMentorFromCohort, refreshAssignments);
export const saveDigestScopeAction = serverAction(digestScopeSchema, saveDigestScope, () =>
  revalidatePath("/settings"),
);
