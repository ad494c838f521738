"use client";

// One of the reviewer's own saved replies: its text, or a field to change it, and the buttons to
// edit, move up or down, and delete it. Each button names the reply by its place in the list.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import {
  deleteSavedReplyAction,
  moveSavedReplyAction,
  updateSavedReplyAction,
} from "@/lib/server/actions/saved-replies";
import { Button, FormMessage } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { SavedReplyFields } from "./saved-reply-fields";
import type { PickableReply } from "./saved-reply-picker";

export function SavedReplyItem({
  reply,
  position,
  count,
  canPublish,
  onDone,
}: {
  reply: PickableReply;
  /** Its place in the list, from 1. */
  position: number;
  count: number;
  canPublish: boolean;
  /** Says what happened; `focus` is the id of the control to focus once the list shows it. */
  onDone: (message: string, focus?: string) => void;
}) {
  const t = useTranslations("review.replies");
  const [editing, setEditing] = useState(false);
  const remove = useAction(deleteSavedReplyAction);
  const move = useAction(moveSavedReplyAction);
  // Which reply a button is about, for assistive technology ("Move up (reply 2)").
  const which = <span className="sr-only"> {t("which", { position })}</span>;
  const pending = remove.pending || move.pending;
  const moveTo = (direction: "up" | "down") =>
    move.run(
      { id: reply.id, direction },
      {
        onSuccess: () =>
          onDone(t("moved", { position: position + (direction === "up" ? -1 : 1) }), `${reply.id}-${direction}`),
      },
    );

  if (editing) {
    return (
      <SavedReplyEditor
        reply={reply}
        position={position}
        canPublish={canPublish}
        onClose={(saved) => {
          setEditing(false);
          if (saved) onDone(t("changed"), `${reply.id}-edit`);
        }}
      />
    );
  }
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <p className="whitespace-pre-wrap break-words">
        {reply.shared ? (
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("sharedBadge")}</span>
        ) : null}
        {reply.body}
      </p>
      <FormMessage message={remove.formError ?? move.formError} />
      <div className="flex flex-wrap gap-2">
        <Button id={`${reply.id}-edit`} onClick={() => setEditing(true)}>
          {t("edit")}
          {which}
        </Button>
        <Button id={`${reply.id}-up`} disabled={pending || position === 1} onClick={() => moveTo("up")}>
          <span aria-hidden>↑</span> {t("moveUp")}
          {which}
        </Button>
        <Button id={`${reply.id}-down`} disabled={pending || position === count} onClick={() => moveTo("down")}>
          <span aria-hidden>↓</span> {t("moveDown")}
          {which}
        </Button>
        <Button
          variant="danger"
          disabled={pending}
          onClick={() => remove.run({ id: reply.id }, { onSuccess: () => onDone(t("deleted")) })}
        >
          {t("delete")}
          {which}
        </Button>
      </div>
    </li>
  );
}

/** The reply's text in a field, and whether it is published (admins), until saved or cancelled. */
function SavedReplyEditor({
  reply,
  position,
  canPublish,
  onClose,
}: {
  reply: PickableReply;
  position: number;
  canPublish: boolean;
  onClose: (saved: boolean) => void;
}) {
  const t = useTranslations("review.replies");
  const id = useId();
  const [body, setBody] = useState(reply.body);
  const [shared, setShared] = useState(reply.shared);
  const update = useAction(updateSavedReplyAction);
  return (
    <li className="space-y-2 rounded-lg border border-brand-300 bg-white p-3">
      <SavedReplyFields
        id={id}
        label={t("editLabel", { position })}
        body={body}
        onBody={setBody}
        shared={shared}
        onShared={setShared}
        canPublish={canPublish}
        bodyError={update.fieldError("body")}
        formError={update.formError}
        autoFocus
      />
      <div className="flex gap-2">
        <Button
          variant="primary"
          disabled={update.pending}
          onClick={() => update.run({ id: reply.id, body, shared }, { onSuccess: () => onClose(true) })}
        >
          {t("saveChanges")}
        </Button>
        <Button variant="ghost" onClick={() => onClose(false)}>
          {t("cancel")}
        </Button>
      </div>
    </li>
  );
}
