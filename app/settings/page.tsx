import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/locale-switch";
import { DigestScopeForm } from "@/components/assignment/digest-scope-form";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { Card } from "@/components/ui/card";
import { getDigestScope, getNotificationPreferences } from "@/lib/server/data/notifications/preferences";
import { requireViewer } from "@/lib/server/data/session";
import { requestTranslator } from "@/lib/server/locale";
import { kindLabel } from "@/lib/worklog/notifications/facts";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const viewer = await requireViewer();
  const [t, p, words] = await Promise.all([
    getTranslations("settings"),
    getTranslations("notifications.preferences"),
    requestTranslator({ viewer }),
  ]);
  const preferences = viewer.role ? await getNotificationPreferences(viewer) : [];
  const digestScope = viewer.role === "MENTOR" ? await getDigestScope(viewer) : null;
  const d = await getTranslations("assignment.digest");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro", { email: viewer.email })} />
      <Card heading={t("language.title")} headingId="language-title">
        <p className="mb-3 mt-1 text-sm text-slate-600">{t("language.hint")}</p>
        <LocaleSwitch id="settings-locale" showLabel />
      </Card>
      {preferences.length > 0 ? (
        <Card heading={p("title")} headingId="notifications-title">
          <p className="mb-3 mt-1 text-sm text-slate-600">{p("hint")}</p>
          <PreferencesForm
            rows={preferences.map((row) => ({ ...row, label: kindLabel(words, row.kind) }))}
            words={{ email: p("email"), save: p("save"), saved: p("saved") }}
          />
          {digestScope ? (
            <DigestScopeForm
              wholeCohort={digestScope.wholeCohort}
              words={{ label: d("label"), hint: d("hint"), save: d("save"), saved: d("saved") }}
            />
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
