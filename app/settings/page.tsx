import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/locale-switch";
import { Card } from "@/components/ui/card";
import { requireViewer } from "@/lib/server/data/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("settings");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-slate-600">{t("intro", { email: viewer.email })}</p>
      </header>
      <Card heading={t("language.title")} headingId="language-title">
        <p className="mb-3 mt-1 text-sm text-slate-600">{t("language.hint")}</p>
        <LocaleSwitch id="settings-locale" showLabel />
      </Card>
    </div>
  );
}
