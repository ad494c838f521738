import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import type { MailFailureView } from "@/lib/server/data/notifications/inbox";
import { requestTranslator } from "@/lib/server/locale";
import { dateTime } from "@/lib/worklog/dates";
import { kindLabel } from "@/lib/worklog/notifications/facts";

/** Admins: the mail the server refused (a bounced address) or that ran out of retries. */
export async function MailFailures({
  failures,
  timeZone,
  locale,
}: {
  failures: MailFailureView[];
  timeZone: string;
  locale: string;
}) {
  const [t, words] = await Promise.all([getTranslations("notifications.failures"), requestTranslator()]);
  return (
    <Card heading={t("title")} headingId="mail-failures-title">
      <p className="mb-3 mt-1 text-sm text-slate-600">{t("intro")}</p>
      {failures.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="text-slate-600">
              <th className="py-1 pr-3 font-medium">{t("to")}</th>
              <th className="py-1 pr-3 font-medium">{t("kind")}</th>
              <th className="py-1 pr-3 font-medium">{t("error")}</th>
              <th className="py-1 font-medium">{t("when")}</th>
            </tr>
          </thead>
          <tbody>
            {failures.map((f) => (
              <tr key={f.id} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-3">{f.to}</td>
                <td className="py-1 pr-3">{kindLabel(words, f.kind)}</td>
                <td className="break-all py-1 pr-3 font-mono text-xs">{f.error}</td>
                <td className="py-1">{dateTime(f.createdAt, timeZone, locale as Locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
