// What is sent about a conversation on a week: a reply in a comment's thread, and a thread resolved
// or reopened. The reply's text has the same checks and limit as any review comment.
import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { reviewCommentSchema } from "./week";

const id = z.uuid({ error: say("validation.gone") });

export const replySchema = z.object({ commentId: id, body: reviewCommentSchema.shape.body });

export const resolveThreadSchema = z.object({ commentId: id, resolved: z.boolean() });
