"use client";

// The reviewer's saved replies page: their own (in order, each editable, movable and deletable),
// a field to add one (an admin may publish it to every mentor), then the admins' published ones,
// read-only. What happened is said in a status line; a moved reply keeps the keyboard's focus.
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { createSavedReplyAction } from "@/lib/server/actions/saved-replies";
import { Button } from "@/components/ui/form";
import { Section } from "@/components/ui/section";
import { useAction } from "@/components/ui/use-action";
import { SavedReplyFields } from "./saved-reply-fields";
import { SavedReplyItem } from "./saved-reply-item";
import type { PickableReply } from "./saved-reply-picker";

export function SavedRepliesManager({
  own,
  published,
  canPublish,
}: {
  own: PickableReply[];
  published: PickableReply[];
  canPublish: boolean;
}) {
  const t = useTranslations("review.replies");
  const [message, setMessage] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  // Once the list shows the change, the control that made it has the focus again (or its neighbour,
  // when it is disabled now: "Move up" of the first reply).
  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus) as HTMLButtonElement | null;
    const other = focus.endsWith("-up") ? focus.replace(/-up$/, "-down") : focus.replace(/-down$/, "-up");
    const next = target?.disabled ? (document.getElementById(other) as HTMLButtonElement | null) : target;
    next?.focus();
  }, [own, focus]);
  const done = (text: string, focusId?: string) => {
    setMessage(text);
    setFocus(focusId ?? null);
  };
  return (
    <div className="space-y-6">
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden">
        {message}
      </p>
      <Section headingId="own-replies-title" heading={t("own")}>
        {own.length === 0 ? (
          <p className="text-slate-600">{t("noneOwn")}</p>
        ) : (
          <ol className="space-y-2">
            {own.map((reply, index) => (
              <SavedReplyItem
                key={reply.id}
                reply={reply}
                position={index + 1}
                count={own.length}
                canPublish={canPublish}
                onDone={done}
              />
            ))}
          </ol>
        )}
        <AddReply canPublish={canPublish} onDone={done} />
      </Section>
      {published.length > 0 ? (
        <Section headingId="published-replies-title" heading={t("published")}>
          <p className="text-sm text-slate-600">{t("readOnly")}</p>
          <ul className="space-y-2">
            {published.map((reply) => (
              <li
                key={reply.id}
                className="whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-slate-50 p-3"
              >
                {reply.body}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

function AddReply({ canPublish, onDone }: { canPublish: boolean; onDone: (message: string) => void }) {
  const t = useTranslations("review.replies");
  const id = useId();
  const [body, setBody] = useState("");
  const [shared, setShared] = useState(false);
  const create = useAction(createSavedReplyAction);
  return (
    <form
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        create.run(
          { body, shared },
          {
            onSuccess: () => {
              setBody("");
              setShared(false);
              onDone(t("added"));
            },
          },
        );
      }}
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {t("add")}
      </h3>
      <SavedReplyFields
        id={id}
        label={t("body")}
        body={body}
        onBody={setBody}
        shared={shared}
        onShared={setShared}
        canPublish={canPublish}
        bodyError={create.fieldError("body")}
        formError={create.formError}
      />
      <Button type="submit" variant="primary" disabled={create.pending} scriptOnly>
        {t("save")}
      </Button>
    </form>
  );
}
