// An at-risk reason in words, for the cohort page and the digest's mail: "behind in weeks 4–5",
// "done share fell 80% → 60% → 40% over weeks 3–5", "no tick for 7 days" (messages risk.reason). Pure.
import type { Translate } from "@/lib/i18n/said";
import type { RiskReason } from "./risk";

export function riskReasonWords(t: Translate, reason: RiskReason): string {
  switch (reason.code) {
    case "behind":
      return t("risk.reason.behind", {
        count: reason.weeks.length,
        from: reason.weeks[0] ?? 0,
        to: reason.weeks[reason.weeks.length - 1] ?? 0,
      });
    case "falling":
      return t("risk.reason.falling", {
        percents: reason.percents.map((p) => `${p}%`).join(" → "),
        from: reason.weeks[0] ?? 0,
        to: reason.weeks[reason.weeks.length - 1] ?? 0,
      });
    case "idle":
      return t("risk.reason.idle", { days: reason.days });
  }
}

/** Every reason of one intern, as one phrase ("behind in weeks 4–5; no tick for 7 days"). */
export function riskWords(t: Translate, reasons: readonly RiskReason[]): string {
  return reasons.map((reason) => riskReasonWords(t, reason)).join("; ");
}
