// The at-risk thresholds an admin sets (/admin): whole numbers within the bounds the table's CHECK
// holds them to (lib/worklog/risk.ts RISK_BOUNDS). Form fields arrive as strings; each is coerced.
import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { RISK_BOUNDS, type RiskSettings } from "@/lib/worklog/risk";

const threshold = (bounds: { min: number; max: number }) =>
  z.coerce
    .number({ error: say("risk.settings.whole", bounds) })
    .int(say("risk.settings.whole", bounds))
    .min(bounds.min, say("risk.settings.range", bounds))
    .max(bounds.max, say("risk.settings.range", bounds));

export const riskSettingsSchema = z.object({
  behindWeeks: threshold(RISK_BOUNDS.behindWeeks),
  fallingWeeks: threshold(RISK_BOUNDS.fallingWeeks),
  idleDays: threshold(RISK_BOUNDS.idleDays),
}) satisfies z.ZodType<RiskSettings>;

export type RiskSettingsInput = z.infer<typeof riskSettingsSchema>;
