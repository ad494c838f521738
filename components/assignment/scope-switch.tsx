import Link from "next/link";
import { getTranslations } from "next-intl/server";

export interface ScopeState {
  /** True when only the viewer's own interns are shown. */
  ownOnly: boolean;
  /** The viewer's own interns (in the cohort, or across their cohorts for the queue), and the cohort's. */
  own: number;
  whole?: number;
}

/**
 * "My interns" or "whole cohort": two links (the one shown marked as current) and a line that says
 * what is shown. A mentor with no intern assigned is told they see everyone; admins see no switch.
 */
export async function ScopeSwitch({
  state,
  where,
  hrefMine,
  hrefAll,
}: {
  state: ScopeState;
  where: "cohort" | "queue";
  hrefMine: string;
  hrefAll: string;
}) {
  const t = await getTranslations("assignment.scope");
  const values = { own: state.own, whole: state.whole ?? 0 };
  if (state.own === 0) {
    return <p className="text-sm text-slate-600">{t(where === "cohort" ? "cohortNone" : "queueNone")}</p>;
  }
  const line = state.ownOnly
    ? t(where === "cohort" ? "cohortMine" : "queueMine", values)
    : t(where === "cohort" ? "cohortAll" : "queueAll", values);
  const link = (href: string, current: boolean, label: string) => (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex min-h-10 items-center px-3 py-1.5 text-sm font-medium ${
        current ? "bg-brand-700 text-white" : "bg-white text-brand-800 hover:bg-slate-100"
      }`}
    >
      {label}
    </Link>
  );
  return (
    <div className="flex flex-wrap items-center gap-3">
      <nav aria-label={t("label")} className="inline-flex overflow-hidden rounded-lg border border-slate-300">
        {link(hrefMine, state.ownOnly, t("mine"))}
        {link(hrefAll, !state.ownOnly, where === "cohort" ? t("wholeCohort") : t("wholeCohorts"))}
      </nav>
      <p role="status" className="text-sm text-slate-600">
        {line}
      </p>
    </div>
  );
}
