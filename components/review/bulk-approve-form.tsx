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

/** The form's checkboxes: how many are ticked, of how many, and ticking all or none. */
function useSelection(form: React.RefObject<HTMLFormElement | null>) {
  const [counts, setCounts] = useState<Counts>({ selected: 0, total: 0 });
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
  }, [form]);
  return {
    counts,
    recount,
    selectedIds: () =>
      boxesIn(form.current)
        .filter((b) => b.checked)
        .map((b) => b.value),
    setAll: (checked: boolean) => {
      for (const box of boxesIn(form.current)) box.checked = checked;
      recount();
    },
  };
}

export function BulkApproveForm({ replies, children }: { replies: PickableReply[]; children: React.ReactNode }) {
  const t = useTranslations("review.bulk");
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const selection = useSelection(form);
  const { counts } = selection;
  const [comment, setComment] = useState("");
  const [summary, setSummary] = useState<BulkApproveResult | null>(null);
  const approve = useAction(approveWeeksAction);
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    approve.run(
      { weekIds: selection.selectedIds(), comment },
      {
        onSuccess: (result) => {
          selection.setAll(false);
          setComment("");
          setSummary(result ?? null);
        },
      },
    );
  };
  return (
    <form
      ref={form}
      onSubmit={submit}
      onChange={selection.recount}
      aria-labelledby={`${id}-title`}
      className="space-y-3"
    >
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
          <Button
            onClick={() => selection.setAll(true)}
            disabled={counts.total === 0 || counts.selected === counts.total}
          >
            {t("selectAll", { count: counts.total })}
          </Button>
          <Button variant="ghost" onClick={() => selection.setAll(false)} disabled={counts.selected === 0}>
            {t("clear")}
          </Button>
        </div>
        <CommentField replies={replies} value={comment} onChange={setComment} error={approve.fieldError("comment")} />
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

/** The one comment for every approved week, with the saved replies to insert. */
function CommentField({
  replies,
  value,
  onChange,
  error,
}: {
  replies: PickableReply[];
  value: string;
  onChange: (next: string) => void;
  error?: string;
}) {
  const t = useTranslations("review.bulk");
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <div>
      <Label htmlFor={`${id}-comment`}>{t("comment")}</Label>
      <textarea
        id={`${id}-comment`}
        ref={field}
        rows={2}
        maxLength={LIMITS.comment}
        className={inputClass}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-comment-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${id}-comment-error`} message={error} />
      <SavedReplyPicker replies={replies} field={field} value={value} onChange={onChange} manageLink />
    </div>
  );
}

/** BulkApproveForm around the list when the reviewer may approve from it, else the list as it is. */
export function MaybeBulkApprove({ replies, children }: { replies?: PickableReply[]; children: React.ReactNode }) {
  return replies ? <BulkApproveForm replies={replies}>{children}</BulkApproveForm> : children;
}
