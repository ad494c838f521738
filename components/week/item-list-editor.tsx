"use client";

import { useId, useState } from "react";
import { saveWeekItemsAction } from "@/app/weeks/[weekId]/actions";
import { LIMITS } from "@/lib/schemas/limits";
import { Button, FieldError, FormMessage, inputClass, move } from "./form-bits";
import { useAction } from "./use-action";

interface Item {
  key: string;
  id?: string;
  text: string;
}

/**
 * Objectives or achievements: shows the list (rendered on the server, passed as children) and,
 * for the intern, an editor to add, edit, reorder and remove items, saved in one go.
 */
export function ItemListEditor({
  weekId,
  kind,
  items,
  canEdit,
  noun,
  children,
}: {
  weekId: string;
  kind: "OBJECTIVE" | "ACHIEVEMENT";
  items: { id: string; text: string }[];
  canEdit: boolean;
  noun: string;
  children: React.ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Item[]>([]);
  const { run, pending, fieldError, formError, reset } = useAction(saveWeekItemsAction);
  const baseId = useId();
  const startEditing = () => {
    setDraft(items.map((item) => ({ key: item.id, id: item.id, text: item.text })));
    reset();
    setEditing(true);
  };
  if (!editing) {
    return (
      <div>
        {children}
        {canEdit ? (
          <Button className="mt-3" onClick={startEditing}>
            Edit {noun}s
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        run({ weekId, kind, items: draft.map(({ id, text }) => ({ id, text })) }, () => setEditing(false));
      }}
    >
      <FormMessage message={formError} />
      {draft.length === 0 ? <p className="text-sm text-slate-500">No {noun}s. Add one below.</p> : null}
      <ol className="space-y-3">
        {draft.map((item, index) => {
          const inputId = `${baseId}-${item.key}`;
          const error = fieldError(`items.${index}.text`);
          return (
            <li key={item.key} className="flex flex-col gap-2 sm:flex-row sm:items-start">
              <div className="flex-1">
                <label htmlFor={inputId} className="sr-only">
                  {noun} {index + 1}
                </label>
                <textarea
                  id={inputId}
                  rows={2}
                  maxLength={LIMITS.itemText}
                  className={inputClass}
                  value={item.text}
                  aria-invalid={Boolean(error)}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  onChange={(e) =>
                    setDraft(draft.map((d) => (d.key === item.key ? { ...d, text: e.target.value } : d)))
                  }
                />
                <FieldError id={`${inputId}-error`} message={error} />
              </div>
              <div className="flex gap-1">
                <Button
                  variant="ghost"
                  aria-label={`Move ${noun} ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => setDraft(move(draft, index, -1))}
                >
                  ↑
                </Button>
                <Button
                  variant="ghost"
                  aria-label={`Move ${noun} ${index + 1} down`}
                  disabled={index === draft.length - 1}
                  onClick={() => setDraft(move(draft, index, 1))}
                >
                  ↓
                </Button>
                <Button
                  variant="ghost"
                  aria-label={`Remove ${noun} ${index + 1}`}
                  onClick={() => setDraft(draft.filter((d) => d.key !== item.key))}
                >
                  ✕
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => setDraft([...draft, { key: crypto.randomUUID(), text: "" }])}
          disabled={draft.length >= LIMITS.itemsPerList}
        >
          + Add {noun}
        </Button>
        <span className="flex-1" />
        <Button onClick={() => setEditing(false)} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : `Save ${noun}s`}
        </Button>
      </div>
    </form>
  );
}
