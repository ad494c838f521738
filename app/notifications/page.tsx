import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { MailFailures } from "@/components/notifications/mail-failures";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { listMailFailures, listNotifications } from "@/lib/server/data/notifications/inbox";
import { requireRole } from "@/lib/server/data/session";
import { databaseEnv } from "@/lib/server/env";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.page"))("title") };
}

export default async function NotificationsPage() {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const [t, locale, notifications, failures] = await Promise.all([
    getTranslations("notifications.page"),
    getLocale(),
    listNotifications(viewer),
    viewer.role === "ADMIN" ? listMailFailures(viewer) : Promise.resolve(null),
  ]);
  const timeZone = databaseEnv().WORKLOG_TIME_ZONE;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        link={{ href: "/settings", label: t("preferences") }}
        aside={notifications.some((n) => !n.read) ? <MarkAllRead label={t("markAllRead")} done={t("marked")} /> : null}
      />
      <NotificationList notifications={notifications} timeZone={timeZone} locale={locale} />
      {failures ? <MailFailures failures={failures} timeZone={timeZone} locale={locale} /> : null}
    </div>
  );
}
