"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { addCommentAction, decideWeekAction } from "@/lib/server/actions/reviews";
import { LIMITS } from "@/lib/schemas/limits";
import { Button, FieldError, FormMessage, inputClass } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { Label } from "@/components/ui/label";
import { SavedReplyPicker, type PickableReply } from "@/components/review/saved-reply-picker";

/** For the intern's mentor: comment on the week (or a day), approve it, or return it with changes requested. */
export function ReviewPanel({
  weekId,
  submitted,
  days,
  replies = [],
}: {
  weekId: string;
  submitted: boolean;
  days: { id: string; label: string }[];
  /** The reviewer's saved replies, offered by "Insert saved reply". */
  replies?: PickableReply[];
}) {
  const t = useTranslations("weekForms.review");
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const review = useReview(weekId);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-xl border border-sky-200 bg-sky-50/50 p-4">
      <h2 id={`${id}-title`} className="font-semibold">
        {t("title")}
      </h2>
      {review.message ? (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {review.message}
        </p>
      ) : null}
      <FormMessage message={review.formError} />
      <div>
        <Label htmlFor={`${id}-body`}>{t("comment")}</Label>
        <textarea
          id={`${id}-body`}
          ref={field}
          rows={3}
          maxLength={LIMITS.comment}
          className={inputClass}
          value={review.body}
          aria-invalid={Boolean(review.bodyError)}
          onChange={(e) => review.setBody(e.target.value)}
          placeholder={t("commentPlaceholder")}
        />
        <FieldError id={`${id}-body-error`} message={review.bodyError} />
        <SavedReplyPicker replies={replies} field={field} value={review.body} onChange={review.setBody} manageLink />
      </div>
      <div>
        <Label htmlFor={`${id}-day`}>{t("about")}</Label>
        <select
          id={`${id}-day`}
          className={inputClass}
          value={review.dayId}
          onChange={(e) => review.setDayId(e.target.value)}
        >
          <option value="">{t("wholeWeek")}</option>
          {days.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button disabled={review.pending} onClick={review.addComment}>
          {t("addComment")}
        </Button>
        {submitted ? (
          <>
            <span className="flex-1" />
            <Button variant="danger" disabled={review.pending} onClick={review.requestChanges}>
              {t("requestChanges")}
            </Button>
            <Button variant="primary" disabled={review.pending} onClick={review.approve}>
              {t("approve")}
            </Button>
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("notSubmitted")}</p>
        )}
      </div>
    </section>
  );
}

/**
 * The review's draft (a comment, the day it is about) and its three outcomes: a comment added, the
 * week returned with changes requested, or approved. Each clears the comment and says what happened.
 */
function useReview(weekId: string) {
  const t = useTranslations("weekForms.review");
  const [body, setBody] = useState("");
  const [dayId, setDayId] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const decide = useAction(decideWeekAction);
  const comment = useAction(addCommentAction);
  const done = (text: string) => () => {
    setBody("");
    setMessage(text);
  };
  return {
    body,
    setBody,
    dayId,
    setDayId,
    message,
    pending: decide.pending || comment.pending,
    formError: decide.formError ?? comment.formError,
    bodyError: comment.fieldError("body"),
    addComment: () => comment.run({ weekId, body, dayId: dayId || undefined }, { onSuccess: done(t("commentAdded")) }),
    requestChanges: () =>
      decide.run({ weekId, decision: "CHANGES_REQUESTED", comment: body }, { onSuccess: done(t("returned")) }),
    approve: () =>
      decide.run({ weekId, decision: "APPROVED", comment: body || undefined }, { onSuccess: done(t("approved")) }),
  };
}
