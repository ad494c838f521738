import type { Metadata } from "next";
import { z } from "zod";
import { Breadcrumb, weekTrail } from "@/components/ui/breadcrumb";
import { Card } from "@/components/ui/card";
import { HistoryEntries } from "@/components/week/history-entries";
import { HistoryPager } from "@/components/week/history-pager";
import { listWeekAudit } from "@/lib/server/data/audit-log";
import { orNotFound } from "@/lib/server/answers";
import { requireRole } from "@/lib/server/data/session";

export const metadata: Metadata = { title: "Week history" };

const pageParam = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100_000).catch(1))
  .default(1);

export default async function WeekAuditPage({ params, searchParams }: PageProps<"/weeks/[weekId]/audit">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const page = pageParam.parse((await searchParams).page);
  const log = await orNotFound(listWeekAudit(viewer, weekId, { page }));
  const own = viewer.id === log.week.intern.id;
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
        current="History"
      />
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">History of week {log.week.number}</h1>
        <p className="text-slate-600">
          {own ? "Your week" : log.week.intern.name}: who changed, ticked, submitted and reviewed what, newest first.
        </p>
      </header>
      <Card heading="Changes" headingId="history-title" headingClassName="sr-only">
        {log.total === 0 ? (
          <p className="text-slate-600">Nothing recorded for this week yet.</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">
              {log.total > log.pageSize
                ? `${first}–${last} of ${log.total} changes`
                : `${log.total} change${log.total === 1 ? "" : "s"}`}
            </p>
            <HistoryEntries entries={log.entries} timeZone={log.timeZone} />
          </>
        )}
        <HistoryPager weekId={log.week.id} page={log.page} pageCount={log.pageCount} />
      </Card>
    </div>
  );
}
