"use server";
// Notifications: mark all read (/notifications), the e-mail choices (/settings).
import { revalidatePath } from "next/cache";
import { markAllReadSchema, notificationPreferencesSchema } from "@/lib/schemas/notifications";
import { serverAction } from "../action";
import { markAllNotificationsRead } from "../data/notifications/inbox";
import { saveNotificationPreferences } from "../data/notifications/preferences";

export const markAllReadAction = serverAction(
  markAllReadSchema,
  (viewer) => markAllNotificationsRead(viewer),
  () => {
    // The header's bell is in the layout.
    revalidatePath("/", "layout");
  },
);

export const saveNotificationPreferencesAction = serverAction(
  notificationPreferencesSchema,
  saveNotificationPreferences,
  () => revalidatePath("/settings"),
);
