"use server";
// A mentor's review of a week: approve, return with changes requested, comment.
import { revalidatePath } from "next/cache";
import { reviewCommentSchema, reviewDecisionSchema } from "@/lib/schemas/week";
import { serverAction } from "../action";
import { addReviewComment, decideWeek } from "../data/reviews";

function refreshWeek({ weekId }: { weekId: string }) {
  revalidatePath(`/weeks/${weekId}`);
  revalidatePath("/");
}

export const decideWeekAction = serverAction(reviewDecisionSchema, decideWeek, (input) => {
  refreshWeek(input);
  revalidatePath("/cohorts", "layout");
  revalidatePath("/reviews");
});

export const addCommentAction = serverAction(reviewCommentSchema, addReviewComment, refreshWeek);
