import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Breadcrumb, weekTrail } from "@/components/ui/breadcrumb";
import { Card } from "@/components/ui/card";
import { HistoryEntries } from "@/components/week/history-entries";
import { HistoryPager } from "@/components/week/history-pager";
import { listWeekAudit } from "@/lib/server/data/audit-log";
import { orNotFound } from "@/lib/server/answers";
import { requireRole } from "@/lib/server/data/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("week.audit"))("title") };
}

const pageParam = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100_000).catch(1))
  .default(1);

export default async function WeekAuditPage({ params, searchParams }: PageProps<"/weeks/[weekId]/audit">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const page = pageParam.parse((await searchParams).page);
  const log = await orNotFound(listWeekAudit(viewer, weekId, { page }));
  const own = viewer.id === log.week.intern.id;
  const t = await getTranslations("week.audit");
  const first = (log.page - 1) * log.pageSize + 1;
  const last = first + log.entries.length - 1;
  return (
    <div className="space-y-6">
      <Breadcrumb
        trail={
          weekTrail({
            own,
            cohort: log.week.cohort,
            internName: log.week.intern.name,
            number: log.week.number,
            weekHref: `/weeks/${log.week.id}`,
          }).trail
        }
        current={t("crumb")}
      />
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t("heading", { number: log.week.number })}</h1>
        <p className="text-slate-600">{own ? t("introOwn") : t("introOther", { intern: log.week.intern.name })}</p>
      </header>
      <Card heading={t("changes")} headingId="history-title" headingClassName="sr-only">
        {log.total === 0 ? (
          <p className="text-slate-600">{t("empty")}</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">
              {log.total > log.pageSize
                ? t("range", { first, last, total: log.total })
                : t("count", { count: log.total })}
            </p>
            <HistoryEntries entries={log.entries} timeZone={log.timeZone} />
          </>
        )}
        <HistoryPager weekId={log.week.id} page={log.page} pageCount={log.pageCount} />
      </Card>
    </div>
  );
}
