import { getLocale, getTranslations } from "next-intl/server";
import type { AuditLogEntry } from "@/lib/server/data/audit-log";
import { describeAuditEvent } from "@/lib/worklog/audit";
import { dateTime } from "@/lib/worklog/dates";

/** A week's recorded changes, newest first: when, who, and what they did, in words. */
export async function HistoryEntries({ entries, timeZone }: { entries: AuditLogEntry[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("week.audit"), getLocale()]);
  return (
    <ol className="divide-y divide-slate-100">
      {entries.map((entry) => {
        const { verb, detail } = describeAuditEvent(entry.action, entry.data, entry.subject);
        return (
          <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
            <time dateTime={entry.at} className="w-40 shrink-0 text-sm tabular-nums text-slate-600">
              {dateTime(entry.at, timeZone, locale)}
            </time>
            <p className="min-w-0 flex-1 break-words">
              <span className="font-medium">{entry.actorName ?? t("deletedUser")}</span> {verb}
              {detail ? <span className="text-slate-700"> {detail}</span> : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
