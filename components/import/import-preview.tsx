import { useLocale, useTranslations } from "next-intl";
import { InlineMarkdown } from "@/components/inline-markdown";
import { dateRange } from "@/lib/worklog/dates";
import type { ImportPreview, ImportWeekPreview } from "@/lib/worklog/import/types";
import { ModuleChips } from "@/components/ui/module-chips";

const ACTION_CLASS = {
  create: "border-emerald-300 bg-emerald-50 text-emerald-800",
  replace: "border-amber-300 bg-amber-50 text-amber-900",
  skip: "border-slate-300 bg-slate-100 text-slate-700",
} as const;

/** What an import would do: files that cannot be used (and why), then each week, day by day. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("import.preview");
  const problems = preview.files.filter((file) => file.status !== "week");
  const errors = problems.filter((file) => file.status === "error");
  const { create, replace, skip } = preview.counts;
  const weeks =
    preview.weeks.length === 0
      ? t("noWeek")
      : [
          create && t("new", { count: create }),
          replace && t("toReplace", { count: replace }),
          skip && t("skipped", { count: skip }),
        ]
          .filter(Boolean)
          .join(", ");
  return (
    <section aria-labelledby="import-preview-title" className="space-y-4">
      <div>
        <h2 id="import-preview-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">
          {errors.length > 0 ? t("summaryWithErrors", { weeks, errors: errors.length }) : t("summary", { weeks })}
        </p>
      </div>

      {problems.length > 0 ? (
        <div
          role={errors.length > 0 ? "alert" : undefined}
          className={`rounded-xl border p-4 ${errors.length > 0 ? "border-red-200 bg-red-50" : "border-slate-200 bg-white"}`}
        >
          <h3 className={`font-semibold ${errors.length > 0 ? "text-red-900" : ""}`}>
            {errors.length > 0 ? t("cannotImport") : t("leftOutTitle")}
          </h3>
          <ul className="mt-2 space-y-2 text-sm">
            {problems.map((file, i) => (
              <li key={i} className="break-words">
                <span className={`mr-1 font-medium ${file.status === "error" ? "text-red-800" : "text-slate-600"}`}>
                  {file.status === "error" ? t("error") : t("leftOut")}
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
  const t = useTranslations("import.preview");
  const locale = useLocale();
  const titleId = `import-week-${week.number}`;
  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={titleId} className="font-semibold">
          {t("week", { number: week.number })} <span className="ml-1 font-normal text-slate-600">{week.title}</span>
        </h3>
        <span
          className={`inline-flex rounded-full border px-2 py-0.5 text-xs font-medium ${ACTION_CLASS[week.action]}`}
        >
          {t(`action.${week.action}`)}
        </span>
      </div>
      <p className="mt-1 break-words text-sm text-slate-600">
        {t.rich("details", {
          fileName: week.fileName,
          lang: t(`lang.${week.lang}`),
          days: week.days.length,
          tasks: week.taskCount,
          dates: week.dateFormat ? t("datesWrittenAs", { format: week.dateFormat }) : t("datesNotInTable"),
          number: week.number,
          range: dateRange(week.startDate, week.endDate, locale),
          file: (chunks) => <span className="font-mono">{chunks}</span>,
        })}
      </p>
      {week.reason ? <p className="mt-2 text-sm text-slate-700">{week.reason}</p> : null}
      {week.warnings.length > 0 ? (
        <ul
          aria-label={t("warnings", { number: week.number })}
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
          <span className="text-slate-600">{t("modules")} </span>
          <ModuleChips modules={week.modules} withTitles />
        </div>
      ) : null}
      <details open={open} className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">
          {week.objectives.length + week.achievements.length > 0 ? t("daysTasksAndItems") : t("daysAndTasks")}
        </summary>
        <DaysTable week={week} />
        {week.objectives.length > 0 ? <ItemList title={t("objectives")} items={week.objectives} /> : null}
        {week.achievements.length > 0 ? <ItemList title={t("achievements")} items={week.achievements} /> : null}
      </details>
    </section>
  );
}

/** The week's days, each with its date and tasks (and their module codes). */
function DaysTable({ week }: { week: ImportWeekPreview }) {
  const t = useTranslations("import.preview");
  const locale = useLocale();
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{t("daysOf", { number: week.number })}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="border-b border-slate-200 py-1.5 pr-3 font-semibold">
              {t("day")}
            </th>
            <th scope="col" className="border-b border-slate-200 py-1.5 pr-3 font-semibold">
              {t("date")}
            </th>
            <th scope="col" className="border-b border-slate-200 py-1.5 font-semibold">
              {t("tasks")}
            </th>
          </tr>
        </thead>
        <tbody>
          {week.days.map((day, i) => (
            <tr key={i} className="align-top">
              <td className="border-b border-slate-100 py-1.5 pr-3">{day.label}</td>
              <td className="whitespace-nowrap border-b border-slate-100 py-1.5 pr-3 text-slate-600">
                {day.startDate ? dateRange(day.startDate, day.endDate ?? day.startDate, locale) : (day.dateText ?? "—")}
              </td>
              <td className="border-b border-slate-100 py-1.5">
                {day.tasks.length === 0 ? (
                  <span className="text-slate-500">{t("noTasks")}</span>
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
