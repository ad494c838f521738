import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/worklog/notifications/kinds";

/** /settings: which kinds also come by e-mail (kinds left out keep what they were). */
export const notificationPreferencesSchema = z.preprocess(
  fromForm,
  z.object({ email: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.boolean()) }),
);

/**
 * The form without JavaScript posts `kinds` (the kinds it showed) and `email.<KIND>=on` for each
 * box ticked: a box not ticked is a kind turned off.
 */
function fromForm(input: unknown): unknown {
  if (!input || typeof input !== "object" || !("kinds" in input)) return input;
  const fields = input as Record<string, unknown>;
  const kinds = String(fields.kinds).split(",").slice(0, NOTIFICATION_KINDS.length);
  return { email: Object.fromEntries(kinds.map((kind) => [kind, fields[`email.${kind}`] === "on"])) };
}

export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

/** "Mark all read" takes nothing. */
export const markAllReadSchema = z.object({}).optional();
