import { InlineMarkdown } from "@/components/inline-markdown";
import { dateRange } from "@/lib/worklog/dates";
import type { ImportPreview, ImportWeekPreview } from "@/lib/worklog/import/types";

const ACTION = {
  create: { label: "New week", className: "border-emerald-300 bg-emerald-50 text-emerald-800" },
  replace: { label: "Replaces your week", className: "border-amber-300 bg-amber-50 text-amber-900" },
  skip: { label: "Skipped", className: "border-slate-300 bg-slate-100 text-slate-700" },
} as const;

const LANG = { en: "English", vi: "Vietnamese" } as const;

/** What an import would do: files that cannot be used (and why), then each week, day by day. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const problems = preview.files.filter((file) => file.status !== "week");
  const errors = problems.filter((file) => file.status === "error");
  const { create, replace, skip } = preview.counts;
  return (
    <section aria-labelledby="import-preview-title" className="space-y-4">
      <div>
        <h2 id="import-preview-title" className="text-lg font-semibold">
          Preview
        </h2>
        <p className="text-sm text-slate-600">
          {preview.weeks.length === 0
            ? "No week can be imported from these files"
            : [create && `${create} new`, replace && `${replace} to replace`, skip && `${skip} skipped`]
                .filter(Boolean)
                .join(", ")}
          {errors.length > 0
            ? ` · ${errors.length} ${errors.length === 1 ? "file has an error" : "files have errors"}`
            : ""}
          . Nothing is saved yet.
        </p>
      </div>

      {problems.length > 0 ? (
        <div
          role={errors.length > 0 ? "alert" : undefined}
          className={`rounded-xl border p-4 ${errors.length > 0 ? "border-red-200 bg-red-50" : "border-slate-200 bg-white"}`}
        >
          <h3 className={`font-semibold ${errors.length > 0 ? "text-red-900" : ""}`}>
            {errors.length > 0 ? "Files that cannot be imported" : "Files left out"}
          </h3>
          <ul className="mt-2 space-y-2 text-sm">
            {problems.map((file, i) => (
              <li key={i} className="break-words">
                <span className={`mr-1 font-medium ${file.status === "error" ? "text-red-800" : "text-slate-600"}`}>
                  {file.status === "error" ? "Error" : "Left out"}
                </span>
                <span className="font-mono">{file.name}</span>
                {file.message ? (
                  <span className={file.status === "error" ? "text-red-900" : "text-slate-700"}>: {file.message}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <ol className="space-y-3">
        {preview.weeks.map((week) => (
          <li key={week.number}>
            <WeekPreview week={week} open={preview.weeks.length <= 2} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function WeekPreview({ week, open }: { week: ImportWeekPreview; open: boolean }) {
  const titleId = `import-week-${week.number}`;
  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={titleId} className="font-semibold">
          Week {week.number} <span className="ml-1 font-normal text-slate-600">{week.title}</span>
        </h3>
        <span
          className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-medium ${ACTION[week.action].className}`}
        >
          {ACTION[week.action].label}
        </span>
      </div>
      <p className="mt-1 break-words text-sm text-slate-600">
        <span className="font-mono">{week.fileName}</span> · {LANG[week.lang]} · {week.days.length}{" "}
        {week.days.length === 1 ? "day" : "days"}, {week.taskCount} {week.taskCount === 1 ? "task" : "tasks"} · dates{" "}
        {week.dateFormat ? `written as ${week.dateFormat}` : "not in a table"} · your week {week.number}:{" "}
        {dateRange(week.startDate, week.endDate)}
      </p>
      {week.reason ? <p className="mt-2 text-sm text-slate-700">{week.reason}</p> : null}
      {week.warnings.length > 0 ? (
        <ul
          aria-label={`Warnings for week ${week.number}`}
          className="mt-3 space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {week.warnings.map((warning, i) => (
            <li key={i}>
              <span aria-hidden>⚠ </span>
              {warning}
            </li>
          ))}
        </ul>
      ) : null}
      {week.modules.length > 0 ? (
        <div className="mt-3 text-sm">
          <span className="text-slate-600">Linked modules: </span>
          <span className="inline-flex flex-wrap gap-1 align-middle">
            {week.modules.map((m) => (
              <span
                key={m.code}
                title={m.title}
                className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700"
              >
                {m.code} {m.title}
              </span>
            ))}
          </span>
        </div>
      ) : null}
      <details open={open} className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">
          Days and tasks{week.objectives.length + week.achievements.length > 0 ? ", objectives and achievements" : ""}
        </summary>
        <DaysTable week={week} />
        {week.objectives.length > 0 ? <ItemList title="Objectives" items={week.objectives} /> : null}
        {week.achievements.length > 0 ? <ItemList title="Achievements" items={week.achievements} /> : null}
      </details>
    </section>
  );
}

/** The week's days, each with its date and tasks (and their module codes). */
function DaysTable({ week }: { week: ImportWeekPreview }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Days of week {week.number}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="border-b border-slate-200 py-1.5 pr-3 font-semibold">
              Day
            </th>
            <th scope="col" className="border-b border-slate-200 py-1.5 pr-3 font-semibold">
              Date
            </th>
            <th scope="col" className="border-b border-slate-200 py-1.5 font-semibold">
              Tasks
            </th>
          </tr>
        </thead>
        <tbody>
          {week.days.map((day, i) => (
            <tr key={i} className="align-top">
              <td className="border-b border-slate-100 py-1.5 pr-3">{day.label}</td>
              <td className="whitespace-nowrap border-b border-slate-100 py-1.5 pr-3 text-slate-600">
                {day.startDate ? dateRange(day.startDate, day.endDate ?? day.startDate) : (day.dateText ?? "—")}
              </td>
              <td className="border-b border-slate-100 py-1.5">
                {day.tasks.length === 0 ? (
                  <span className="text-slate-500">No tasks</span>
                ) : (
                  <ul className="space-y-1">
                    {day.tasks.map((task, j) => (
                      <li key={j}>
                        <InlineMarkdown text={task.text} />
                        {task.moduleCodes.map((code) => (
                          <span
                            key={code}
                            className="ml-1 rounded-full bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700"
                          >
                            {code}
                          </span>
                        ))}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ItemList({ title, items }: { title: string; items: string[] }) {
  return (
    <div className="mt-3 text-sm">
      <h4 className="font-medium">{title}</h4>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {items.map((item, i) => (
          <li key={i}>
            <InlineMarkdown text={item} />
          </li>
        ))}
      </ul>
    </div>
  );
}
