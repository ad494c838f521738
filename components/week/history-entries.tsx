import type { AuditLogEntry } from "@/lib/server/data/audit-log";

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

/** A week's recorded changes, newest first: when, who, and what they did, in words. */
export function HistoryEntries({ entries, timeZone }: { entries: AuditLogEntry[]; timeZone: string }) {
  const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <ol className="divide-y divide-slate-100">
      {entries.map((entry) => {
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
  );
}
