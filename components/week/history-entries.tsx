import { getLocale, getTranslations } from "next-intl/server";
import type { AuditLogEntry } from "@/lib/server/data/audit-log";
import { describeAuditEvent, type AuditDetail } from "@/lib/worklog/audit";
import { dateTime } from "@/lib/worklog/dates";

type AuditWords = Awaited<ReturnType<typeof getTranslations<"audit">>>;

function detailInWords(t: AuditWords, detail: AuditDetail): string {
  if (detail.key === undefined) return detail.text;
  if (detail.key === "taskGone") return t("detail.taskGone");
  return t(`detail.${detail.key}`, detail.values);
}

/** A week's recorded changes, newest first: when, who, and what they did, in words. */
export async function HistoryEntries({ entries, timeZone }: { entries: AuditLogEntry[]; timeZone: string }) {
  const [t, audit, locale] = await Promise.all([getTranslations("week.audit"), getTranslations("audit"), getLocale()]);
  return (
    <ol className="divide-y divide-slate-100">
      {entries.map((entry) => {
        const { action, verbValues, detail } = describeAuditEvent(entry.action, entry.data, entry.subject);
        const verb = action ? audit(`verb.${action}`, verbValues) : audit("unknown", verbValues);
        return (
          <li key={entry.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
            <time dateTime={entry.at} className="w-40 shrink-0 text-sm tabular-nums text-slate-600">
              {dateTime(entry.at, timeZone, locale)}
            </time>
            <p className="min-w-0 flex-1 break-words">
              <span className="font-medium">{entry.actorName ?? t("deletedUser")}</span> {verb}
              {detail ? <span className="text-slate-700"> {detailInWords(audit, detail)}</span> : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
