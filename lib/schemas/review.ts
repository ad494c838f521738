// The shapes of a reviewer's bulk approval and of their saved replies: the same checks as one
// review comment (lib/schemas/week.ts), bounded in how many weeks one request may name.
import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { LIMITS } from "./limits";
import { reviewCommentSchema, reviewDecisionSchema } from "./week";

const id = z.uuid({ error: say("validation.gone") });

export const bulkApproveSchema = z.object({
  weekIds: z
    .array(id)
    .min(1, say("review.errors.noneSelected"))
    .max(LIMITS.bulkApproveWeeks, say("review.errors.tooManyWeeks", { max: LIMITS.bulkApproveWeeks }))
    // A week named twice is decided once.
    .transform((ids) => [...new Set(ids.map((i) => i.toLowerCase()))]),
  comment: reviewDecisionSchema.shape.comment,
});

export type BulkApproveInput = z.infer<typeof bulkApproveSchema>;

/** A saved reply's text: what a review comment may say. */
const body = reviewCommentSchema.shape.body;

export const savedReplyCreateSchema = z.object({
  body,
  /** An admin's reply offered to every mentor; refused for anyone else. */
  shared: z.boolean().default(false),
});

export const savedReplyUpdateSchema = z.object({ id, body, shared: z.boolean().default(false) });

export const savedReplyRefSchema = z.object({ id });

export const savedReplyMoveSchema = z.object({ id, direction: z.enum(["up", "down"]) });
