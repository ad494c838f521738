"use client";

// Bulk approve for a list of submitted weeks (the review queue, the cohort grid): the list's own
// checkboxes (name="weekIds", form=BULK_APPROVE_FORM, one per submitted week) are this form's
// fields; its sticky bar says how many are selected, selects all of them (the current filter's),
// takes one optional comment and approves. The answer says what was approved and, by name, what
// was not; it stays when the list is rendered again (even empty), as the form is not inside it.
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
import { BULK_APPROVE_FORM } from "./bulk-approve-id";

/** The form's checkboxes, wherever they are on the page. */
const boxesIn = (form: HTMLFormElement | null) =>
  [...(form?.elements ?? [])].filter(
    (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === "checkbox" && e.name === "weekIds",
  );

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
  // A tick changes the count, and so does the list rendered again (after an approval, a filter).
  useEffect(() => {
    const count = () => setCounts(countIn(form.current));
    const frame = requestAnimationFrame(count);
    const observer = new MutationObserver(count);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("change", count);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      document.removeEventListener("change", count);
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

export function BulkApproveForm({ replies }: { replies: PickableReply[] }) {
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
      id={BULK_APPROVE_FORM}
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      hidden={counts.total === 0 && !summary}
      className="sticky bottom-0 z-10 rounded-t-xl border border-slate-300 bg-white p-3 shadow-lg"
    >
      <h2 id={`${id}-title`} className="font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="mt-2 space-y-2">
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
