import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import type { Translate } from "@/lib/i18n/said";
import { gridFilterQuery, DEFAULT_GRID_FILTER } from "@/lib/schemas/cohort";
import { compareInterns, type CohortGrid } from "@/lib/worklog/grid";
import { riskWords } from "@/lib/worklog/risk-words";

/**
 * The cohort's interns at risk (lib/worklog/risk.ts), each with why in words and a link to their
 * weeks (the grid narrowed to them); the rule's thresholds are said above the list.
 */
export async function AtRiskList({ grid, basePath }: { grid: CohortGrid; basePath: string }) {
  const [t, root] = await Promise.all([getTranslations("risk.list"), getTranslations()]);
  const words = root as unknown as Translate;
  const atRisk = grid.rows.filter((row) => row.risk.length > 0).sort((a, b) => compareInterns(a.intern, b.intern));
  const onlyThem = gridFilterQuery({ ...DEFAULT_GRID_FILTER, risk: true });
  return (
    <Section headingId="at-risk-title" heading={t("heading")}>
      <Card>
        <p className="text-sm text-slate-600">{t("intro", { ...grid.riskSettings })}</p>
        {atRisk.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        ) : (
          <>
            <p className="mt-2">
              {t("count", { count: atRisk.length, total: grid.rows.length })}{" "}
              <Link href={`${basePath}?${onlyThem}#grid-title`} className="font-medium text-brand-800 underline">
                {t("filterLink")}
              </Link>
            </p>
            <ul className="mt-2 divide-y divide-slate-100">
              {atRisk.map((row) => (
                <li key={row.intern.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                  <Link
                    href={`${basePath}?${gridFilterQuery({ ...DEFAULT_GRID_FILTER, q: row.intern.email })}#grid-title`}
                    className="font-medium text-brand-800 underline underline-offset-2"
                  >
                    {row.intern.name}
                    <span className="sr-only">, {t("weeksLink")}</span>
                  </Link>
                  <span className="text-sm text-slate-700">{riskWords(words, row.risk)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </Section>
  );
}
