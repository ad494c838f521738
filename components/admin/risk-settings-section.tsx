import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import type { RiskSettings } from "@/lib/worklog/risk";
import { RiskSettingsForm } from "./risk-settings-form";

/** The admin page's section for the at-risk thresholds (lib/worklog/risk.ts). */
export async function RiskSettingsSection({ settings }: { settings: RiskSettings }) {
  const t = await getTranslations("risk.settings");
  return (
    <Section headingId="risk-settings-title" heading={t("heading")}>
      <Card>
        <p className="mb-3 text-sm text-slate-700">{t("intro")}</p>
        <RiskSettingsForm settings={settings} />
      </Card>
    </Section>
  );
}
