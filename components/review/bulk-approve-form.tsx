"use client";

// Bulk approve around a list of submitted weeks (the review queue, the cohort grid): the list's
// own checkboxes (name="weekIds", one per submitted week, rendered by the list) are this form's
// fields; a sticky bar says how many are selected, selects all of them (the current filter's), takes
// one optional comment and approves. The answer says what was approved and, by name, what was not.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { approveWeeksAction } from "@/lib/server/actions/bulk-approve";
import type { BulkApproveResult } from "@/lib/server/data/bulk-approve";
import { LIMITS } from "@/lib/schemas/limits";
import { Button, FieldError, FormMessage, inputClass } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/ui/use-action";
import { SavedReplyPicker, type PickableReply } from "./saved-reply-picker";
import { BulkApproveSummary } from "./bulk-approve-summary";

const BOXES = 'input[type="checkbox"][name="weekIds"]';

const boxesIn = (form: HTMLFormElement | null) => [...(form?.querySelectorAll<HTMLInputElement>(BOXES) ?? [])];

type Counts = { selected: number; total: number };

/** The form's checkboxes counted, keeping the state as it is when nothing changed. */
const countIn = (form: HTMLFormElement | null) => (now: Counts) => {
  const all = boxesIn(form);
  const next = { selected: all.filter((b) => b.checked).length, total: all.length };
  return now.selected === next.selected && now.total === next.total ? now : next;
};

export function BulkApproveForm({ replies, children }: { replies: PickableReply[]; children: React.ReactNode }) {
  const t = useTranslations("review.bulk");
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [counts, setCounts] = useState<Counts>({ selected: 0, total: 0 });
  const [comment, setComment] = useState("");
  const [summary, setSummary] = useState<BulkApproveResult | null>(null);
  const approve = useAction(approveWeeksAction);

  const boxes = () => boxesIn(form.current);
  const recount = () => setCounts(countIn(form.current));
  // The list is rendered again after every approval (and filter): count what is there then.
  useEffect(() => {
    const count = () => setCounts(countIn(form.current));
    const frame = requestAnimationFrame(count);
    const observer = new MutationObserver(count);
    if (form.current) observer.observe(form.current, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);
  const setAll = (checked: boolean) => {
    for (const box of boxes()) box.checked = checked;
    recount();
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const weekIds = boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    approve.run(
      { weekIds, comment },
      {
        onSuccess: (result) => {
          setAll(false);
          setComment("");
          setSummary(result ?? null);
        },
      },
    );
  };

  return (
    <form ref={form} onSubmit={submit} onChange={recount} aria-labelledby={`${id}-title`} className="space-y-3">
      <h3 id={`${id}-title`} className="sr-only">
        {t("heading")}
      </h3>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {children}
      <div className="sticky bottom-0 z-10 space-y-2 rounded-t-xl border border-slate-300 bg-white p-3 shadow-lg">
        <div className="flex flex-wrap items-center gap-2">
          <p className="mr-auto text-sm font-medium" aria-live="polite">
            {t("selected", { count: counts.selected })}
          </p>
          <Button onClick={() => setAll(true)} disabled={counts.total === 0 || counts.selected === counts.total}>
            {t("selectAll", { count: counts.total })}
          </Button>
          <Button variant="ghost" onClick={() => setAll(false)} disabled={counts.selected === 0}>
            {t("clear")}
          </Button>
        </div>
        <div>
          <Label htmlFor={`${id}-comment`}>{t("comment")}</Label>
          <textarea
            id={`${id}-comment`}
            ref={field}
            rows={2}
            maxLength={LIMITS.comment}
            className={inputClass}
            value={comment}
            aria-invalid={Boolean(approve.fieldError("comment"))}
            aria-describedby={approve.fieldError("comment") ? `${id}-comment-error` : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
          <FieldError id={`${id}-comment-error`} message={approve.fieldError("comment")} />
          <SavedReplyPicker replies={replies} field={field} value={comment} onChange={setComment} manageLink />
        </div>
        <FormMessage message={approve.formError} />
        <div className="flex flex-wrap items-center justify-end gap-2">
          <Button type="submit" variant="primary" disabled={approve.pending || counts.selected === 0}>
            {approve.pending ? t("approving") : t("approve", { count: counts.selected })}
          </Button>
        </div>
        <BulkApproveSummary result={approve.pending ? null : summary} />
      </div>
    </form>
  );
}
