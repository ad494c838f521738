"use client";

import { useId, useState } from "react";
import { moveDayAction, removeDayAction, saveDayAction } from "@/app/weeks/[weekId]/actions";
import { LIMITS } from "@/lib/schemas/limits";
import { Button, FieldError, FormMessage, inputClass, move } from "./form-bits";
import { ModulePicker, type ModuleOption } from "./module-picker";
import { useAction } from "./use-action";

export interface EditableDay {
  id: string;
  label: string;
  startDate: string | null;
  endDate: string | null;
  references: string[];
  tasks: { id: string; text: string; moduleCodes: string[] }[];
}

interface TaskDraft {
  key: string;
  id?: string;
  text: string;
  moduleCodes: string[];
}

/**
 * A day of the week for the intern: the view (children) with Edit, Move and Remove, or the
 * editor for its label, dates, references and ordered tasks with their modules. With no `day`
 * it adds a new day.
 */
export function DayEditor({
  weekId,
  day,
  modules,
  weekStart,
  weekEnd,
  canEdit,
  isFirst,
  isLast,
  children,
}: {
  weekId: string;
  day?: EditableDay;
  modules: ModuleOption[];
  weekStart: string;
  weekEnd: string;
  canEdit: boolean;
  isFirst?: boolean;
  isLast?: boolean;
  children?: React.ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const save = useAction(saveDayAction);
  const remove = useAction(removeDayAction);
  const reorder = useAction(moveDayAction);
  const baseId = useId();
  const [label, setLabel] = useState("");
  const [startDate, setStartDate] = useState("");
  const [endDate, setEndDate] = useState("");
  const [references, setReferences] = useState("");
  const [tasks, setTasks] = useState<TaskDraft[]>([]);

  const open = () => {
    setLabel(day?.label ?? "");
    setStartDate(day?.startDate ?? "");
    setEndDate(day?.endDate ?? "");
    setReferences((day?.references ?? []).join("\n"));
    setTasks(
      day
        ? day.tasks.map((t) => ({ key: t.id, id: t.id, text: t.text, moduleCodes: t.moduleCodes }))
        : [{ key: crypto.randomUUID(), text: "", moduleCodes: [] }],
    );
    save.reset();
    setEditing(true);
  };

  if (!editing) {
    if (!canEdit) return <>{children}</>;
    if (!day) {
      return (
        <Button onClick={open} className="w-full border-dashed sm:w-auto">
          + Add a day
        </Button>
      );
    }
    const busy = remove.pending || reorder.pending;
    return (
      <div>
        {children}
        <FormMessage message={remove.formError ?? reorder.formError} />
        <div className="mt-3 flex flex-wrap gap-1 border-t border-slate-100 pt-3">
          <Button onClick={open}>Edit day</Button>
          <Button
            variant="ghost"
            disabled={busy || isFirst}
            aria-label={`Move ${day.label} up`}
            onClick={() => reorder.run({ weekId, dayId: day.id, direction: "up" })}
          >
            ↑ Up
          </Button>
          <Button
            variant="ghost"
            disabled={busy || isLast}
            aria-label={`Move ${day.label} down`}
            onClick={() => reorder.run({ weekId, dayId: day.id, direction: "down" })}
          >
            ↓ Down
          </Button>
          <span className="flex-1" />
          <Button
            variant="danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm(`Remove ${day.label} and its ${day.tasks.length} task(s)?`))
                remove.run({ weekId, dayId: day.id });
            }}
          >
            Remove day
          </Button>
        </div>
      </div>
    );
  }

  const err = save.fieldError;
  const field = (name: string) => `${baseId}-${name}`;
  return (
    <form
      className="space-y-4"
      aria-label={day ? `Edit ${day.label}` : "New day"}
      onSubmit={(event) => {
        event.preventDefault();
        save.run(
          {
            weekId,
            dayId: day?.id,
            label,
            startDate: startDate || undefined,
            endDate: endDate || undefined,
            references: references
              .split("\n")
              .map((r) => r.trim())
              .filter(Boolean),
            tasks: tasks.map(({ id, text, moduleCodes }) => ({ id, text, moduleCodes })),
          },
          () => setEditing(false),
        );
      }}
    >
      <FormMessage message={save.formError} />
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={field("label")} className="text-sm font-medium">
            Day
          </label>
          <input
            id={field("label")}
            className={inputClass}
            value={label}
            maxLength={LIMITS.dayLabel}
            placeholder="Mon"
            aria-invalid={Boolean(err("label"))}
            aria-describedby={err("label") ? field("label-error") : undefined}
            onChange={(e) => setLabel(e.target.value)}
          />
          <FieldError id={field("label-error")} message={err("label")} />
        </div>
        <div>
          <label htmlFor={field("start")} className="text-sm font-medium">
            Start date
          </label>
          <input
            id={field("start")}
            type="date"
            className={inputClass}
            value={startDate}
            min={weekStart}
            max={weekEnd}
            aria-invalid={Boolean(err("startDate"))}
            aria-describedby={err("startDate") ? field("start-error") : undefined}
            onChange={(e) => setStartDate(e.target.value)}
          />
          <FieldError id={field("start-error")} message={err("startDate")} />
        </div>
        <div>
          <label htmlFor={field("end")} className="text-sm font-medium">
            End date
          </label>
          <input
            id={field("end")}
            type="date"
            className={inputClass}
            value={endDate}
            min={weekStart}
            max={weekEnd}
            aria-invalid={Boolean(err("endDate"))}
            aria-describedby={err("endDate") ? field("end-error") : undefined}
            onChange={(e) => setEndDate(e.target.value)}
          />
          <FieldError id={field("end-error")} message={err("endDate")} />
        </div>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Tasks</legend>
        {tasks.length === 0 ? <p className="text-sm text-slate-500">No tasks. Add one below.</p> : null}
        <ol className="space-y-3">
          {tasks.map((task, index) => {
            const textError = err(`tasks.${index}.text`);
            const moduleError = err(`tasks.${index}.moduleCodes`);
            const inputId = field(`task-${task.key}`);
            return (
              <li key={task.key} className="rounded-lg border border-slate-200 p-3">
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                  <div className="flex-1">
                    <label htmlFor={inputId} className="sr-only">
                      Task {index + 1}
                    </label>
                    <input
                      id={inputId}
                      className={inputClass}
                      value={task.text}
                      maxLength={LIMITS.taskText}
                      placeholder="Study Module 05-03: Amazon Cognito"
                      aria-invalid={Boolean(textError)}
                      aria-describedby={textError ? `${inputId}-error` : undefined}
                      onChange={(e) =>
                        setTasks(tasks.map((t) => (t.key === task.key ? { ...t, text: e.target.value } : t)))
                      }
                    />
                    <FieldError id={`${inputId}-error`} message={textError} />
                  </div>
                  <div className="flex gap-1">
                    <Button
                      variant="ghost"
                      aria-label={`Move task ${index + 1} up`}
                      disabled={index === 0}
                      onClick={() => setTasks(move(tasks, index, -1))}
                    >
                      ↑
                    </Button>
                    <Button
                      variant="ghost"
                      aria-label={`Move task ${index + 1} down`}
                      disabled={index === tasks.length - 1}
                      onClick={() => setTasks(move(tasks, index, 1))}
                    >
                      ↓
                    </Button>
                    <Button
                      variant="ghost"
                      aria-label={`Remove task ${index + 1}`}
                      onClick={() => setTasks(tasks.filter((t) => t.key !== task.key))}
                    >
                      ✕
                    </Button>
                  </div>
                </div>
                <div className="mt-2">
                  <ModulePicker
                    options={modules}
                    value={task.moduleCodes}
                    label={`Task ${index + 1}`}
                    invalid={Boolean(moduleError)}
                    describedBy={moduleError ? `${inputId}-modules-error` : undefined}
                    onChange={(codes) =>
                      setTasks(tasks.map((t) => (t.key === task.key ? { ...t, moduleCodes: codes } : t)))
                    }
                  />
                  <FieldError id={`${inputId}-modules-error`} message={moduleError} />
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          onClick={() => setTasks([...tasks, { key: crypto.randomUUID(), text: "", moduleCodes: [] }])}
          disabled={tasks.length >= LIMITS.tasksPerDay}
        >
          + Add task
        </Button>
      </fieldset>
      <div>
        <label htmlFor={field("refs")} className="text-sm font-medium">
          References <span className="font-normal text-slate-500">(one per line)</span>
        </label>
        <textarea
          id={field("refs")}
          rows={2}
          className={inputClass}
          value={references}
          placeholder="https://cloudjourney.awsstudygroup.com/"
          aria-invalid={Boolean(err("references"))}
          onChange={(e) => setReferences(e.target.value)}
        />
        <FieldError id={field("refs-error")} message={err("references") ?? err("references.0")} />
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={() => setEditing(false)} disabled={save.pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={save.pending}>
          {save.pending ? "Saving…" : day ? "Save day" : "Add day"}
        </Button>
      </div>
    </form>
  );
}
