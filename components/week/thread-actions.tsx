"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { replyAction, resolveThreadAction } from "@/lib/server/actions/threads";
import { LIMITS } from "@/lib/schemas/limits";
import { Button, FieldError, FormMessage, inputClass } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/ui/use-action";

interface Props {
  commentId: string;
  resolved: boolean;
  canReply: boolean;
  canResolve: boolean;
  /** The intern's reply to a resolved thread reopens it: the form says so. */
  replyReopens: boolean;
}

/** A thread's controls: a reply (the week's intern, its reviewers) and Resolve / Reopen (its reviewers). */
export function ThreadActions(props: Props) {
  const t = useTranslations("threads.form");
  const id = useId();
  const thread = useThread(props);
  const note = props.replyReopens ? `${id}-note` : "";
  const error = thread.bodyError ? `${id}-error` : "";
  return (
    <div className="mt-3 space-y-2">
      {thread.message ? (
        <p role="status" className="text-sm text-emerald-800">
          {thread.message}
        </p>
      ) : null}
      <FormMessage message={thread.formError} />
      {props.canReply && thread.writing ? (
        <div className="space-y-2">
          <Label htmlFor={`${id}-reply`}>{t("label")}</Label>
          {note ? (
            <p id={note} className="text-sm text-amber-800">
              {t("reopensNote")}
            </p>
          ) : null}
          <textarea
            id={`${id}-reply`}
            ref={(el) => el?.focus()}
            rows={3}
            maxLength={LIMITS.comment}
            className={inputClass}
            value={thread.body}
            placeholder={t("placeholder")}
            aria-invalid={Boolean(thread.bodyError)}
            aria-describedby={[note, error].filter(Boolean).join(" ") || undefined}
            onChange={(e) => thread.setBody(e.target.value)}
          />
          <FieldError id={error} message={thread.bodyError} />
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" disabled={thread.pending} onClick={thread.send}>
              {t("send")}
            </Button>
            <Button variant="ghost" disabled={thread.pending} onClick={() => thread.setWriting(false)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          {props.canReply ? (
            <Button disabled={thread.pending} onClick={() => thread.setWriting(true)}>
              {t("reply")}
            </Button>
          ) : null}
          {props.canResolve ? (
            <Button variant="ghost" disabled={thread.pending} onClick={thread.toggle}>
              {props.resolved ? t("reopen") : t("resolve")}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}

/** The reply's draft and the thread's two moves, each saying what happened once the server said yes. */
function useThread({ commentId, resolved }: Props) {
  const t = useTranslations("threads.form");
  const [writing, setWriting] = useState(false);
  const [body, setBody] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const reply = useAction(replyAction);
  const resolve = useAction(resolveThreadAction);
  return {
    writing,
    setWriting,
    body,
    setBody,
    message,
    pending: reply.pending || resolve.pending,
    formError: reply.formError ?? resolve.formError,
    bodyError: reply.fieldError("body"),
    send: () =>
      reply.run(
        { commentId, body },
        {
          onSuccess: (data) => {
            setBody("");
            setWriting(false);
            setMessage(data?.reopened ? t("reopened") : t("sent"));
          },
        },
      ),
    toggle: () =>
      resolve.run(
        { commentId, resolved: !resolved },
        { onSuccess: () => setMessage(resolved ? t("reopenedByReviewer") : t("resolved")) },
      ),
  };
}
