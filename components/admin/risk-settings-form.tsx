"use client";

import { useTranslations } from "next-intl";
import { saveRiskSettingsAction } from "@/lib/server/actions/program-settings";
import { RISK_BOUNDS, type RiskSettings } from "@/lib/worklog/risk";
import { AdminForm, Field } from "./admin-form";

const FIELDS = ["behindWeeks", "fallingWeeks", "idleDays"] as const satisfies readonly (keyof RiskSettings)[];

/** The at-risk thresholds, each a whole number within the bounds the database holds it to. */
export function RiskSettingsForm({ settings }: { settings: RiskSettings }) {
  const t = useTranslations("risk.settings");
  return (
    <AdminForm
      action={saveRiskSettingsAction}
      submitLabel={t("save")}
      pendingLabel={t("pending")}
      successMessage={() => t("saved")}
      resetOnSuccess={false}
    >
      {(field) => (
        <div className="grid gap-3 sm:grid-cols-3">
          {FIELDS.map((name) => (
            <Field key={name} field={field} name={name} label={t(name)} hint={t("hint", RISK_BOUNDS[name])}>
              <input
                {...field.control(name)}
                type="number"
                inputMode="numeric"
                required
                min={RISK_BOUNDS[name].min}
                max={RISK_BOUNDS[name].max}
                defaultValue={settings[name]}
              />
            </Field>
          ))}
        </div>
      )}
    </AdminForm>
  );
}
