import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { NotificationView } from "@/lib/server/data/notifications/inbox";
import { requestTranslator } from "@/lib/server/locale";
import { dateTime } from "@/lib/worklog/dates";
import { notificationReason, notificationTitle } from "@/lib/worklog/notifications/facts";

/**
 * /notifications: newest first, the unread ones marked. Each opens through its own link (a plain
 * link, never prefetched: opening marks it read).
 */
export async function NotificationList({
  notifications,
  timeZone,
  locale,
}: {
  notifications: NotificationView[];
  timeZone: string;
  locale: string;
}) {
  const [t, words] = await Promise.all([getTranslations("notifications.page"), requestTranslator()]);
  if (notifications.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" data-testid="notifications">
      {notifications.map((n) => (
        <li key={n.id} data-unread={n.read ? undefined : "true"} className={n.read ? "" : "bg-brand-50"}>
          <a href={n.href} className="block px-4 py-3 hover:bg-slate-50">
            <span className="flex items-start gap-2">
              {n.read ? null : (
                <span className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-600">
                  <span className="sr-only">{t("unread")}</span>
                </span>
              )}
              <span className={n.read ? "text-slate-800" : "font-semibold text-slate-900"}>
                {notificationTitle(words, n)}
              </span>
            </span>
            <span className="mt-0.5 block text-xs text-slate-600">
              {dateTime(n.createdAt, timeZone, locale as Locale)} · {notificationReason(words, n)}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
