"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { SaveProblem, useVersionedSave } from "@/components/ui/versioned-save";
import { saveDayAction } from "@/lib/server/actions/weeks";
import { LIMITS } from "@/lib/schemas/limits";
import { DayTaskFields } from "./day-task-fields";
import { Button, FieldError, inputClass } from "@/components/ui/form";
import type { ModuleOption } from "./module-picker";
import { useDayDraft, type EditableDay } from "./use-day-draft";
import { Label } from "@/components/ui/label";

/**
 * The form that edits a day (or adds one, with no `day`): its label, dates, ordered tasks with
 * their modules, and references, saved in one go. `onClose` is called on Cancel and once it saved.
 */
export function DayForm({
  weekId,
  day,
  modules,
  weekStart,
  weekEnd,
  onClose,
}: {
  weekId: string;
  day?: EditableDay;
  modules: ModuleOption[];
  weekStart: string;
  weekEnd: string;
  onClose: () => void;
}) {
  const t = useTranslations("weekForms");
  const { fields, tasks, taskActions, input } = useDayDraft(day);
  const save = useVersionedSave(saveDayAction, day?.version ?? 0, onClose);
  const draft = () => ({ weekId, dayId: day?.id, ...input() });
  const baseId = useId();
  const err = save.fieldError;
  const field = (name: string) => `${baseId}-${name}`;
  return (
    <form
      className="space-y-4"
      aria-label={day ? t("day.formEdit", { day: day.label }) : t("day.formNew")}
      onSubmit={(event) => {
        event.preventDefault();
        save.send(draft());
      }}
    >
      <SaveProblem save={save} onReload={onClose} onKeepMine={() => save.keepMine(draft())} />
      <DayFields fields={fields} idOf={field} errorOf={err} weekStart={weekStart} weekEnd={weekEnd} />
      <DayTaskFields
        tasks={tasks}
        actions={taskActions}
        modules={modules}
        idOf={(task) => field(`task-${task.key}`)}
        errorOf={err}
      />
      <div>
        <label htmlFor={field("refs")} className="text-sm font-medium">
          {t("day.references")} <span className="font-normal text-slate-500">{t("day.referencesHint")}</span>
        </label>
        <textarea
          id={field("refs")}
          rows={2}
          className={inputClass}
          value={fields.references}
          placeholder={t("day.referencesPlaceholder")}
          aria-invalid={Boolean(err("references"))}
          onChange={(e) => fields.setReferences(e.target.value)}
        />
        <FieldError id={field("refs-error")} message={err("references") ?? err("references.0")} />
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onClose} disabled={save.pending}>
          {t("cancel")}
        </Button>
        <Button type="submit" variant="primary" disabled={save.pending}>
          {save.pending ? t("saving") : day ? t("day.save") : t("day.create")}
        </Button>
      </div>
    </form>
  );
}

/** The day's label and its dates (within the week). */
function DayFields({
  fields,
  idOf,
  errorOf,
  weekStart,
  weekEnd,
}: {
  fields: ReturnType<typeof useDayDraft>["fields"];
  idOf: (name: string) => string;
  errorOf: (path: string) => string | undefined;
  weekStart: string;
  weekEnd: string;
}) {
  const t = useTranslations("weekForms.day");
  // Both dates are kept within the week.
  const dates = [
    { name: "start", label: t("startDate"), path: "startDate", value: fields.startDate, onChange: fields.setStartDate },
    { name: "end", label: t("endDate"), path: "endDate", value: fields.endDate, onChange: fields.setEndDate },
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <DayField
        id={idOf("label")}
        label={t("label")}
        value={fields.label}
        maxLength={LIMITS.dayLabel}
        placeholder={t("labelPlaceholder")}
        error={errorOf("label")}
        onChange={fields.setLabel}
      />
      {dates.map((date) => (
        <DayField
          key={date.name}
          id={idOf(date.name)}
          label={date.label}
          type="date"
          value={date.value}
          min={weekStart}
          max={weekEnd}
          error={errorOf(date.path)}
          onChange={date.onChange}
        />
      ))}
    </div>
  );
}

/** One of the day's own fields (label, start, end date) with its label and error. */
function DayField({
  id,
  label,
  type,
  value,
  error,
  onChange,
  ...limits
}: {
  id: string;
  label: string;
  type?: "date";
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
} & Pick<React.ComponentProps<"input">, "maxLength" | "placeholder" | "min" | "max">) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type={type}
        className={inputClass}
        value={value}
        {...limits}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
