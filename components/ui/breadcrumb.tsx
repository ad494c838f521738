import Link from "next/link";

export interface Crumb {
  href: string;
  label: string;
}

/** "Cohorts / Demo cohort": links to the pages above this one, then this page's name. */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
      {trail.map((crumb) => (
        <span key={crumb.href}>
          <Link href={crumb.href} className="hover:underline">
            {crumb.label}
          </Link>{" "}
          /{" "}
        </span>
      ))}
      {current}
    </nav>
  );
}

/**
 * The trail above a week: the intern's dashboard for the intern, the cohort's grid for a mentor,
 * then (for pages under the week) the week itself.
 */
export function weekTrail(week: {
  own: boolean;
  cohort: { id: string; name: string };
  internName: string;
  number: number;
  /** Given for pages under the week (history, export): the week becomes a link. */
  weekHref?: string;
}): { trail: Crumb[]; weekLabel: string } {
  const weekLabel = week.own ? `Week ${week.number}` : `${week.internName} · Week ${week.number}`;
  const home = week.own
    ? { href: "/", label: "Dashboard" }
    : { href: `/cohorts/${week.cohort.id}`, label: week.cohort.name };
  return { trail: week.weekHref ? [home, { href: week.weekHref, label: weekLabel }] : [home], weekLabel };
}
