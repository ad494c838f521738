import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveProgressBar } from "@/components/live-progress";
import { Breadcrumb, weekTrail } from "@/components/ui/breadcrumb";
import { StatusBadge } from "@/components/ui/status-badge";
import { dateRange } from "@/lib/worklog/dates";
import type { WeekView } from "@/lib/server/data/weeks";
import { ExtendedUntil } from "./extended-until";
import { SubmitWeekButton } from "./submit-week";

const linkButton =
  "inline-flex min-h-9 items-center rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/** The top of a week's page: where it is, its title, status and progress, what can be done with it. */
export async function WeekHeader({ week, own }: { week: WeekView; own: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("week"), getLocale()]);
  const crumbs = weekTrail({ own, cohort: week.cohort, internName: week.intern.name, number: week.number });
  return (
    <header className="space-y-3">
      <Breadcrumb trail={crumbs.trail} current={crumbs.weekLabel} />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading", { number: week.number })}</h1>
        <StatusBadge status={week.status} />
        <span className="text-sm text-slate-600">{dateRange(week.startDate, week.endDate, locale)}</span>
        <ExtendedUntil until={week.extendedUntil} />
      </div>
      {!own ? <p className="text-slate-700">{week.intern.name}</p> : null}
      <div className="max-w-md">
        <LiveProgressBar
          scope={{ week: week.id }}
          progress={week.progress}
          label={t("progress", { number: week.number })}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        {week.canEdit ? <SubmitWeekButton weekId={week.id} counts={week.progress} /> : null}
        <Link href={`/weeks/${week.id}/export`} className={linkButton}>
          {t("exportMarkdown")}
        </Link>
        <Link href={`/weeks/${week.id}/audit`} className={linkButton}>
          {t("history")}
        </Link>
      </div>
      {own ? <WeekStatusNote status={week.status} /> : null}
    </header>
  );
}

/** For the intern, what the week's review status means for them. */
async function WeekStatusNote({ status }: { status: WeekView["status"] }) {
  const t = await getTranslations("week.status");
  if (status === "APPROVED") {
    return (
      <p
        role="status"
        className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
      >
        {t("approved")}
      </p>
    );
  }
  if (status === "SUBMITTED") {
    return (
      <p role="status" className="rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
        {t("submitted")}
      </p>
    );
  }
  if (status === "CHANGES_REQUESTED") {
    return (
      <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t("changesRequested")}
      </p>
    );
  }
  return null;
}
