import { getLocale, getTranslations } from "next-intl/server";
import { InlineMarkdown } from "@/components/inline-markdown";
import { LiveProgressBar } from "@/components/live-progress";
import { TaskCheckbox } from "@/components/task-checkbox";
import { Card } from "@/components/ui/card";
import { dateRange } from "@/lib/worklog/dates";
import type { DayView, TaskView, WeekView } from "@/lib/server/data/weeks";
import { DayEditor } from "./day-editor";
import type { ModuleOption } from "./module-picker";
import type { EditableDay } from "./use-day-draft";
import { ModuleChips } from "@/components/ui/module-chips";

/** What the day editor starts from: the day's fields and its tasks' text and module codes. */
function editableDay(day: DayView): EditableDay {
  return {
    id: day.id,
    label: day.label,
    startDate: day.startDate,
    endDate: day.endDate,
    references: day.references,
    tasks: day.tasks.map((t) => ({ id: t.id, text: t.text, moduleCodes: t.modules.map((m) => m.code) })),
    version: day.version,
  };
}

/**
 * A day of the week as a card: its heading and progress, its tasks (ticked in place) with their
 * modules and sub-items, its references; for the intern, the controls to edit, move or remove it.
 */
export async function DaySection({
  week,
  day,
  modules,
  isFirst,
  isLast,
}: {
  week: Pick<WeekView, "id" | "startDate" | "endDate" | "canEdit" | "versions">;
  day: DayView;
  modules: ModuleOption[];
  isFirst: boolean;
  isLast: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("week.days"), getLocale()]);
  return (
    <Card aria-label={`${day.label}${day.startDate ? `, ${day.startDate}` : ""}`}>
      <DayEditor
        weekId={week.id}
        day={editableDay(day)}
        modules={modules}
        weekStart={week.startDate}
        weekEnd={week.endDate}
        canEdit={week.canEdit}
        daysVersion={week.versions.days}
        isFirst={isFirst}
        isLast={isLast}
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-semibold">
            {day.label}
            {day.startDate ? (
              <span className="ml-2 text-sm font-normal text-slate-500">
                {dateRange(day.startDate, day.endDate ?? day.startDate, locale)}
              </span>
            ) : null}
          </h3>
          <div className="w-32">
            <LiveProgressBar
              scope={{ day: day.id }}
              progress={day.progress}
              label={t("progress", { day: day.label })}
              size="sm"
            />
          </div>
        </div>
        {day.tasks.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("noTasks")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {day.tasks.map((task) => (
              <li key={task.id}>
                <DayTask task={task} canTick={week.canEdit} />
              </li>
            ))}
          </ul>
        )}
        {day.references.length > 0 ? <DayReferences references={day.references} /> : null}
      </DayEditor>
    </Card>
  );
}

/** A task: its checkbox and text with the modules it covers, then its sub-items. */
function DayTask({ task, canTick }: { task: TaskView; canTick: boolean }) {
  return (
    <>
      <TaskCheckbox taskId={task.id} done={task.done} disabled={!canTick}>
        <InlineMarkdown text={task.text} />
        {task.modules.length > 0 ? <ModuleChips modules={task.modules} className="ml-2" /> : null}
      </TaskCheckbox>
      {task.subItems.length > 0 ? (
        <ul className="ml-8 mt-1 list-[circle] pl-4 text-sm text-slate-600">
          {task.subItems.map((s, i) => (
            <li key={i}>
              <InlineMarkdown text={s} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** The day's references, web addresses as links (opened in a new tab). */
async function DayReferences({ references }: { references: string[] }) {
  const t = await getTranslations("week.days");
  return (
    <p className="mt-3 break-all text-xs text-slate-500">
      {t("references")}{" "}
      {references.map((ref, i) => (
        <span key={i}>
          {i > 0 ? ", " : ""}
          {/^https?:\/\//.test(ref) ? (
            <a href={ref} className="underline" target="_blank" rel="noopener noreferrer">
              {ref}
            </a>
          ) : (
            ref
          )}
        </span>
      ))}
    </p>
  );
}
