"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { saveWeekItemsAction } from "@/lib/server/actions/weeks";
import { LIMITS } from "@/lib/schemas/limits";
import { Button, FieldError, inputClass, move } from "@/components/ui/form";
import { SaveProblem, useVersionedSave } from "@/components/ui/versioned-save";
import { Label } from "@/components/ui/label";

interface Item {
  key: string;
  id?: string;
  text: string;
}

type Kind = "OBJECTIVE" | "ACHIEVEMENT";

/** A list's own words (its messages in "weekForms" are under the list's name). */
function useListWords(kind: Kind) {
  return useTranslations(kind === "OBJECTIVE" ? "weekForms.objectives" : "weekForms.achievements");
}

/**
 * Objectives or achievements: shows the list (rendered on the server, passed as children) and,
 * for the intern, an editor to add, edit, reorder and remove items, saved in one go.
 */
export function ItemListEditor({
  weekId,
  kind,
  items,
  version,
  canEdit,
  children,
}: {
  weekId: string;
  kind: Kind;
  items: { id: string; text: string }[];
  /** The list's edit version, which its save is based on. */
  version: number;
  canEdit: boolean;
  children: React.ReactNode;
}) {
  const t = useListWords(kind);
  const [editing, setEditing] = useState(false);
  if (editing) {
    const close = () => setEditing(false);
    return <ItemListForm weekId={weekId} kind={kind} items={items} version={version} onClose={close} />;
  }
  return (
    <div>
      {children}
      {canEdit ? (
        <Button className="mt-3" onClick={() => setEditing(true)}>
          {t("edit")}
        </Button>
      ) : null}
    </div>
  );
}

/** The list as a draft, starting from the saved items; `onClose` on Cancel and once it saved. */
function ItemListForm({
  weekId,
  kind,
  items,
  version,
  onClose,
}: {
  weekId: string;
  kind: Kind;
  items: { id: string; text: string }[];
  version: number;
  onClose: () => void;
}) {
  const t = useListWords(kind);
  const tForm = useTranslations("weekForms");
  const [draft, setDraft] = useState<Item[]>(() =>
    items.map((item) => ({ key: item.id, id: item.id, text: item.text })),
  );
  const save = useVersionedSave(saveWeekItemsAction, version, onClose);
  const { pending, fieldError } = save;
  const payload = () => ({ weekId, kind, items: draft.map(({ id, text }) => ({ id, text })) });
  const baseId = useId();
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.send(payload());
      }}
    >
      <SaveProblem save={save} onReload={onClose} onKeepMine={() => save.keepMine(payload())} />
      {draft.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {draft.map((item, index) => (
          <ItemRow
            key={item.key}
            item={item}
            index={index}
            isLast={index === draft.length - 1}
            kind={kind}
            inputId={`${baseId}-${item.key}`}
            error={fieldError(`items.${index}.text`)}
            onText={(text) => setDraft((list) => list.map((d) => (d.key === item.key ? { ...d, text } : d)))}
            onMove={(delta) => setDraft((list) => move(list, index, delta))}
            onRemove={() => setDraft((list) => list.filter((d) => d.key !== item.key))}
          />
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => setDraft((list) => [...list, { key: crypto.randomUUID(), text: "" }])}
          disabled={draft.length >= LIMITS.itemsPerList}
        >
          {t("add")}
        </Button>
        <span className="flex-1" />
        <Button onClick={onClose} disabled={pending}>
          {tForm("cancel")}
        </Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? tForm("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}

/** A draft item: its text, moved up or down, or removed. */
function ItemRow({
  item,
  index,
  isLast,
  kind,
  inputId,
  error,
  onText,
  onMove,
  onRemove,
}: {
  item: Item;
  index: number;
  isLast: boolean;
  kind: Kind;
  inputId: string;
  error: string | undefined;
  onText: (text: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useListWords(kind);
  const n = index + 1;
  return (
    <li className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <div className="flex-1">
        <Label htmlFor={inputId} hidden>
          {t("item", { n })}
        </Label>
        <textarea
          id={inputId}
          rows={2}
          maxLength={LIMITS.itemText}
          className={inputClass}
          value={item.text}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => onText(e.target.value)}
        />
        <FieldError id={`${inputId}-error`} message={error} />
      </div>
      <div className="flex gap-1">
        <Button variant="ghost" aria-label={t("moveUp", { n })} disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </Button>
        <Button variant="ghost" aria-label={t("moveDown", { n })} disabled={isLast} onClick={() => onMove(1)}>
          ↓
        </Button>
        <Button variant="ghost" aria-label={t("remove", { n })} onClick={onRemove}>
          ✕
        </Button>
      </div>
    </li>
  );
}
