"use server";
// A reviewer approves several submitted weeks at once (from the review queue or the cohort grid).
import { revalidatePath } from "next/cache";
import { bulkApproveSchema } from "@/lib/schemas/review";
import { serverAction } from "../action";
import { approveWeeks } from "../data/bulk-approve";

export const approveWeeksAction = serverAction(bulkApproveSchema, approveWeeks, () => {
  revalidatePath("/reviews");
  revalidatePath("/cohorts", "layout");
  revalidatePath("/weeks", "layout");
  revalidatePath("/");
});
