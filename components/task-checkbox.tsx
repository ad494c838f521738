"use client";

import { useTranslations } from "next-intl";
import { useId, useOptimistic } from "react";
import { recordTick, useTaskDone } from "@/components/live-progress";
import { useAction } from "@/components/ui/use-action";
import { tickTaskAction } from "@/lib/server/actions/tasks";

/**
 * A task's checkbox. Ticking shows at once (optimistic); the server sets the state given and
 * answers with the week's and day's new counts, which every progress bar of the page shows
 * (components/live-progress.tsx). If the save fails the box goes back and the intern is told why.
 */
export function TaskCheckbox({
  taskId,
  done,
  disabled,
  children,
}: {
  taskId: string;
  done: boolean;
  disabled?: boolean;
  children: React.ReactNode;
}) {
  const t = useTranslations("weekForms");
  const id = useId();
  const saved = useTaskDone(taskId, done);
  const [optimisticDone, setOptimisticDone] = useOptimistic(saved);
  const { run, pending, formError: error, reset } = useAction(tickTaskAction);
  return (
    <div className="group">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-5 shrink-0 cursor-pointer accent-emerald-600 disabled:cursor-not-allowed"
          checked={optimisticDone}
          disabled={disabled}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            const next = event.target.checked;
            reset();
            run(
              { taskId, done: next },
              { optimistic: () => setOptimisticDone(next), onSuccess: (tick) => tick && recordTick(tick) },
            );
          }}
        />
        <label
          htmlFor={id}
          className={`min-w-0 flex-1 cursor-pointer break-words ${optimisticDone ? "text-slate-500 line-through decoration-slate-400" : ""}`}
        >
          {children}
        </label>
        {pending ? (
          <span className="text-xs text-slate-500" aria-live="polite">
            {t("saving")}
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 pl-8 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
