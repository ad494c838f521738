"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { moveDayAction, removeDayAction } from "@/lib/server/actions/weeks";
import { DayForm } from "./day-form";
import { Button, FormMessage } from "@/components/ui/form";
import { StaleEditNotice } from "@/components/ui/stale-edit-notice";
import type { ModuleOption } from "./module-picker";
import { useAction } from "@/components/ui/use-action";
import type { EditableDay } from "./use-day-draft";

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
  daysVersion = 0,
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
  /** The week's days version, which moving a day is based on. */
  daysVersion?: number;
  isFirst?: boolean;
  isLast?: boolean;
  children?: React.ReactNode;
}) {
  const t = useTranslations("weekForms.day");
  const [editing, setEditing] = useState(false);
  const remove = useAction(removeDayAction);
  const reorder = useAction(moveDayAction);

  if (editing) {
    return (
      <DayForm
        weekId={weekId}
        day={day}
        modules={modules}
        weekStart={weekStart}
        weekEnd={weekEnd}
        onClose={() => setEditing(false)}
      />
    );
  }
  if (!canEdit) return <>{children}</>;
  if (!day) {
    return (
      <Button onClick={() => setEditing(true)} className="w-full border-dashed sm:w-auto">
        {t("add")}
      </Button>
    );
  }
  return (
    <div>
      {children}
      {remove.stale || reorder.stale ? (
        <StaleEditNotice stale={(remove.stale ?? reorder.stale)!} />
      ) : (
        <FormMessage message={remove.formError ?? reorder.formError} />
      )}
      <DayControls
        label={day.label}
        taskCount={day.tasks.length}
        busy={remove.pending || reorder.pending}
        isFirst={isFirst}
        isLast={isLast}
        onEdit={() => setEditing(true)}
        onMove={(direction) => reorder.run({ weekId, dayId: day.id, direction, baseVersion: daysVersion })}
        onRemove={() => remove.run({ weekId, dayId: day.id, baseVersion: day.version })}
      />
    </div>
  );
}

/** Under a day: edit it, move it up or down the week, or remove it (once confirmed). */
function DayControls({
  label,
  taskCount,
  busy,
  isFirst,
  isLast,
  onEdit,
  onMove,
  onRemove,
}: {
  label: string;
  taskCount: number;
  busy: boolean;
  isFirst?: boolean;
  isLast?: boolean;
  onEdit: () => void;
  onMove: (direction: "up" | "down") => void;
  onRemove: () => void;
}) {
  const t = useTranslations("weekForms.day");
  return (
    <div className="mt-3 flex flex-wrap gap-1 border-t border-slate-100 pt-3">
      <Button onClick={onEdit}>{t("edit")}</Button>
      <Button
        variant="ghost"
        disabled={busy || isFirst}
        aria-label={t("moveUp", { day: label })}
        onClick={() => onMove("up")}
      >
        {t("up")}
      </Button>
      <Button
        variant="ghost"
        disabled={busy || isLast}
        aria-label={t("moveDown", { day: label })}
        onClick={() => onMove("down")}
      >
        {t("down")}
      </Button>
      <span className="flex-1" />
      <Button
        variant="danger"
        disabled={busy}
        onClick={() => {
          if (window.confirm(t("confirmRemove", { day: label, count: taskCount }))) onRemove();
        }}
      >
        {t("remove")}
      </Button>
    </div>
  );
}
