"use client";

import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/schemas/limits";
import { Button, FieldError, inputClass } from "@/components/ui/form";
import { ModulePicker, type ModuleOption } from "./module-picker";
import type { TaskDraft, useDayDraft } from "./use-day-draft";
import { Label } from "@/components/ui/label";

type TaskActions = ReturnType<typeof useDayDraft>["taskActions"];

/** The day editor's tasks, in order: each one's text and modules, moved, removed, or a new one added. */
export function DayTaskFields({
  tasks,
  actions,
  modules,
  idOf,
  errorOf,
}: {
  tasks: TaskDraft[];
  actions: TaskActions;
  modules: ModuleOption[];
  /** The id of the task's text field. */
  idOf: (task: TaskDraft) => string;
  /** The save action's error for a field path ("tasks.0.text"). */
  errorOf: (path: string) => string | undefined;
}) {
  const t = useTranslations("weekForms.tasks");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      {tasks.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {tasks.map((task, index) => (
          <TaskRow
            key={task.key}
            task={task}
            index={index}
            isLast={index === tasks.length - 1}
            inputId={idOf(task)}
            textError={errorOf(`tasks.${index}.text`)}
            moduleError={errorOf(`tasks.${index}.moduleCodes`)}
            modules={modules}
            actions={actions}
          />
        ))}
      </ol>
      <Button onClick={actions.add} disabled={tasks.length >= LIMITS.tasksPerDay}>
        {t("add")}
      </Button>
    </fieldset>
  );
}

/** A draft task: its text and linked modules, moved up or down, or removed. */
function TaskRow({
  task,
  index,
  isLast,
  inputId,
  textError,
  moduleError,
  modules,
  actions,
}: {
  task: TaskDraft;
  index: number;
  isLast: boolean;
  inputId: string;
  textError: string | undefined;
  moduleError: string | undefined;
  modules: ModuleOption[];
  actions: TaskActions;
}) {
  const t = useTranslations("weekForms.tasks");
  const n = index + 1;
  return (
    <li className="rounded-lg border border-slate-200 p-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="flex-1">
          <Label htmlFor={inputId} hidden>
            {t("task", { n })}
          </Label>
          <input
            id={inputId}
            className={inputClass}
            value={task.text}
            maxLength={LIMITS.taskText}
            placeholder={t("placeholder")}
            aria-invalid={Boolean(textError)}
            aria-describedby={textError ? `${inputId}-error` : undefined}
            onChange={(e) => actions.setText(task.key, e.target.value)}
          />
          <FieldError id={`${inputId}-error`} message={textError} />
        </div>
        <div className="flex gap-1">
          <Button
            variant="ghost"
            aria-label={t("moveUp", { n })}
            disabled={index === 0}
            onClick={() => actions.move(index, -1)}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            aria-label={t("moveDown", { n })}
            disabled={isLast}
            onClick={() => actions.move(index, 1)}
          >
            ↓
          </Button>
          <Button variant="ghost" aria-label={t("remove", { n })} onClick={() => actions.remove(task.key)}>
            ✕
          </Button>
        </div>
      </div>
      <div className="mt-2">
        <ModulePicker
          options={modules}
          value={task.moduleCodes}
          label={t("task", { n })}
          invalid={Boolean(moduleError)}
          describedBy={moduleError ? `${inputId}-modules-error` : undefined}
          onChange={(codes) => actions.setModules(task.key, codes)}
        />
        <FieldError id={`${inputId}-modules-error`} message={moduleError} />
      </div>
    </li>
  );
}
