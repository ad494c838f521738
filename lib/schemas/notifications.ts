import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/worklog/notifications/kinds";

/** /settings: which kinds also come by e-mail (kinds left out keep what they were). */
export const notificationPreferencesSchema = z.object({
  email: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.boolean()),
});

export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;

/** "Mark all read" takes nothing. */
export const markAllReadSchema = z.object({}).optional();
