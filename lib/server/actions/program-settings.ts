"use server";
// An admin's change to the program's settings: the at-risk thresholds. The cohort pages judge
// interns by them, so those are refreshed too.
import { revalidatePath } from "next/cache";
import { riskSettingsSchema } from "@/lib/schemas/risk";
import { serverAction } from "../action";
import { saveRiskSettings } from "../data/program-settings";

export const saveRiskSettingsAction = serverAction(riskSettingsSchema, saveRiskSettings, () => {
  revalidatePath("/admin");
  revalidatePath("/cohorts", "layout");
  revalidatePath("/program");
});
