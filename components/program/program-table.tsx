import { createHash } from "node:crypto";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { KeptTable } from "@/components/ui/kept-table";
import type { ProgramCohort } from "@/lib/server/data/program";
import type { IsoDate } from "@/lib/worklog/dates";
import { programTableHtml } from "./program-table-html";
import "@/components/ui/figures-table.css";
import "./program.css";

/**
 * Every cohort in one table (components/program/program-table-html.ts), in a frame that scrolls
 * sideways on a small screen; kept as HTML under a digest of the rows it shows, the day, the time zone
 * and the language, so that it is rendered again only when one of them changes (docs/decisions/024).
 */
export async function ProgramTable({
  cohorts,
  today,
  timeZone,
}: {
  cohorts: ProgramCohort[];
  today: IsoDate;
  timeZone: string;
}) {
  const locale = await getLocale();
  if (cohorts.length === 0) {
    const t = await getTranslations("program");
    return (
      <Card>
        <p className="text-slate-700">
          {t.rich("empty", {
            link: (chunks) => (
              <Link href="/admin" className="font-medium text-brand-800 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Card>
    );
  }
  const shown = createHash("sha256").update(JSON.stringify(cohorts)).digest("base64url");
  const key = `program-table ${shown} ${today} ${timeZone} ${locale}`;
  // The program's table on this day and in this language: the one asked for last is the newest.
  const lineage = { name: `program-table ${today} ${timeZone} ${locale}` };
  return (
    <KeptTable
      cacheKey={key}
      lineage={lineage}
      captionId="program-caption"
      render={() => programTableHtml({ cohorts, today, timeZone, locale })}
    />
  );
}
