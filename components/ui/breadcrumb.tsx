import Link from "next/link";
import { useTranslations } from "next-intl";
import { inWords, say, type Translate } from "@/lib/i18n/said";

export interface Crumb {
  href: string;
  /** Plain text (a cohort's name), or a message said by `say` (put in words here). */
  label: string;
}

/** "Cohorts / Demo cohort": links to the pages above this one, then this page's name. */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: string }) {
  const t = useTranslations() as unknown as Translate;
  return (
    <nav aria-label={t("ui.breadcrumb.label")} className="text-sm text-slate-500">
      {trail.map((crumb) => (
        <span key={crumb.href}>
          <Link href={crumb.href} className="hover:underline">
            {inWords(t, crumb.label)}
          </Link>{" "}
          /{" "}
        </span>
      ))}
      {inWords(t, current)}
    </nav>
  );
}

/**
 * The trail above a week: the intern's dashboard for the intern, the cohort's grid for a mentor,
 * then (for pages under the week) the week itself. Its labels are said messages: the Breadcrumb
 * puts them in the reader's words.
 */
export function weekTrail(week: {
  own: boolean;
  cohort: { id: string; name: string };
  internName: string;
  number: number;
  /** Given for pages under the week (history, export): the week becomes a link. */
  weekHref?: string;
}): { trail: Crumb[]; weekLabel: string } {
  const weekLabel = week.own
    ? say("ui.breadcrumb.week", { number: week.number })
    : say("ui.breadcrumb.internWeek", { intern: week.internName, number: week.number });
  const home = week.own
    ? { href: "/", label: say("ui.breadcrumb.dashboard") }
    : { href: `/cohorts/${week.cohort.id}`, label: week.cohort.name };
  return { trail: week.weekHref ? [home, { href: week.weekHref, label: weekLabel }] : [home], weekLabel };
}
