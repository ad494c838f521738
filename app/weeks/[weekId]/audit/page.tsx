import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { type AuditLogEntry, listWeekAudit } from "@/lib/server/data/audit-log";
import { NotFoundError } from "@/lib/server/data/errors";
import { requireRole } from "@/lib/server/data/session";
import { Breadcrumb, weekTrail } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Week history" };

const pageParam = z
  .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100_000).catch(1))
  .default(1);

/** What happened, in words: "ticked “Study Module 05-01…”". */
function describe(entry: AuditLogEntry): { verb: string; detail?: string } {
  const subject = entry.subject ? `“${entry.subject}”` : undefined;
  const label = typeof entry.data.label === "string" ? `“${entry.data.label}”` : undefined;
  switch (entry.action) {
    case "week.created":
      return {
        verb: "created the week",
        detail: typeof entry.data.template === "string" ? `from the ${entry.data.template} template` : undefined,
      };
    case "week.submitted":
      return { verb: "submitted the week for review" };
    case "week.approved":
      return { verb: "approved the week" };
    case "week.changes-requested":
      return { verb: "asked for changes" };
    case "week.moved":
      return {
        verb: "moved the week to another cohort",
        detail: typeof entry.data.toName === "string" ? `to ${entry.data.toName}` : undefined,
      };
    case "comment.added":
      return { verb: "commented", detail: subject };
    case "task.ticked":
      return { verb: "ticked a task", detail: subject ?? "(a task removed since)" };
    case "task.unticked":
      return { verb: "unticked a task", detail: subject ?? "(a task removed since)" };
    case "objectives.saved":
      return {
        verb: "saved the objectives",
        detail: typeof entry.data.count === "number" ? `${entry.data.count} in all` : undefined,
      };
    case "achievements.saved":
      return {
        verb: "saved the achievements",
        detail: typeof entry.data.count === "number" ? `${entry.data.count} in all` : undefined,
      };
    case "day.added":
      return { verb: "added a day", detail: label ?? subject };
    case "day.saved":
      return { verb: "changed a day", detail: label ?? subject };
    case "day.removed":
      return { verb: "removed a day" };
    case "day.moved":
      return { verb: `moved a day ${entry.data.direction === "up" ? "up" : "down"}`, detail: subject };
    default:
      return { verb: entry.action };
  }
}

export default async function WeekAuditPage({ params, searchParams }: PageProps<"/weeks/[weekId]/audit">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const page = pageParam.parse((await searchParams).page);
  const log = await listWeekAudit(viewer, weekId, { page }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const own = viewer.id === log.week.intern.id;
  const first = (log.page - 1) * log.pageSize + 1;
  const last = first + log.entries.length - 1;
  const dateTime = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: log.timeZone,
  });
  const pageLink = (n: number) => (n === 1 ? `/weeks/${log.week.id}/audit` : `/weeks/${log.week.id}/audit?page=${n}`);
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
      <Card aria-labelledby="history-title">
        <h2 id="history-title" className="sr-only">
          Changes
        </h2>
        {log.total === 0 ? (
          <p className="text-slate-600">Nothing recorded for this week yet.</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">
              {log.total > log.pageSize
                ? `${first}–${last} of ${log.total} changes`
                : `${log.total} change${log.total === 1 ? "" : "s"}`}
            </p>
            <ol className="divide-y divide-slate-100">
              {log.entries.map((entry) => {
                const { verb, detail } = describe(entry);
                return (
                  <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                    <time dateTime={entry.at} className="w-40 shrink-0 text-sm tabular-nums text-slate-600">
                      {dateTime.format(new Date(entry.at))}
                    </time>
                    <p className="min-w-0 flex-1 break-words">
                      <span className="font-medium">{entry.actorName ?? "A deleted user"}</span> {verb}
                      {detail ? <span className="text-slate-700"> {detail}</span> : null}
                    </p>
                  </li>
                );
              })}
            </ol>
          </>
        )}
        {log.pageCount > 1 ? (
          <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-2 text-sm">
            {log.page > 1 ? (
              <Link
                href={pageLink(log.page - 1)}
                className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
              >
                ← Newer
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-600">
              Page {log.page} of {log.pageCount}
            </span>
            {log.page < log.pageCount ? (
              <Link
                href={pageLink(log.page + 1)}
                className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
              >
                Older →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
