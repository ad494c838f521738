"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { extendWeekAction, removeExtensionAction } from "@/lib/server/actions/extensions";
import { Button, FieldError, FormMessage, inputClass } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import { useAction } from "@/components/ui/use-action";
import { shortDate } from "@/lib/worklog/dates";
import { EXTENSION_MAX_DAYS, EXTENSION_REASON_MAX, extensionBounds } from "@/lib/worklog/extension";

/**
 * For a reviewer of the week: its due date, and "Extend the deadline" (a later date and a reason,
 * kept in the week's history), change it, or remove the extension. The data layer checks it all again.
 */
export function ExtendDeadline({
  weekId,
  endDate,
  extendedUntil,
}: {
  weekId: string;
  endDate: string;
  extendedUntil: string | null;
}) {
  const t = useTranslations("extensions.form");
  const id = useId();
  const form = useExtendDeadline(weekId, endDate, extendedUntil);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">
        {extendedUntil
          ? t("extended", { date: form.date(extendedUntil), end: form.date(endDate) })
          : t("due", { date: form.date(endDate) })}
      </p>
      {form.message ? (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {form.message}
        </p>
      ) : null}
      <FormMessage message={form.formError} />
      <DeadlineFields id={id} endDate={endDate} form={form} />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" disabled={form.pending} onClick={form.save}>
          {extendedUntil ? t("change") : t("extend")}
        </Button>
        {extendedUntil ? (
          <Button variant="danger" disabled={form.pending} onClick={form.takeBack}>
            {t("remove")}
          </Button>
        ) : null}
        {form.pending ? (
          <span role="status" className="text-sm text-slate-600">
            {t("saving")}
          </span>
        ) : null}
      </div>
    </section>
  );
}

/** The new date (within its bounds) and the reason, each with its hint and its error. */
function DeadlineFields({
  id,
  endDate,
  form,
}: {
  id: string;
  endDate: string;
  form: ReturnType<typeof useExtendDeadline>;
}) {
  const t = useTranslations("extensions.form");
  const { first, last } = extensionBounds(endDate);
  return (
    <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
      <div>
        <Label htmlFor={`${id}-until`}>{t("until")}</Label>
        <input
          id={`${id}-until`}
          type="date"
          className={inputClass}
          min={first}
          max={last}
          value={form.until}
          required
          aria-invalid={Boolean(form.untilError)}
          aria-describedby={`${id}-until-hint${form.untilError ? ` ${id}-until-error` : ""}`}
          onChange={(e) => form.setUntil(e.target.value)}
        />
        <p id={`${id}-until-hint`} className="mt-1 text-xs text-slate-600">
          {t("untilHint", { end: form.date(endDate), max: EXTENSION_MAX_DAYS, last: form.date(last) })}
        </p>
        <FieldError id={`${id}-until-error`} message={form.untilError} />
      </div>
      <div>
        <Label htmlFor={`${id}-reason`}>{t("reason")}</Label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={EXTENSION_REASON_MAX}
          className={inputClass}
          value={form.reason}
          required
          aria-invalid={Boolean(form.reasonError)}
          aria-describedby={`${id}-reason-hint${form.reasonError ? ` ${id}-reason-error` : ""}`}
          onChange={(e) => form.setReason(e.target.value)}
        />
        <p id={`${id}-reason-hint`} className="mt-1 text-xs text-slate-600">
          {t("reasonHint", { max: EXTENSION_REASON_MAX })}
        </p>
        <FieldError id={`${id}-reason-error`} message={form.reasonError} />
      </div>
    </div>
  );
}

/** The form's draft and its two outcomes (extended, or the extension removed), each said in words. */
function useExtendDeadline(weekId: string, endDate: string, extendedUntil: string | null) {
  const t = useTranslations("extensions.form");
  const locale = useLocale();
  const [until, setUntil] = useState(extendedUntil ?? extensionBounds(endDate).first);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const extend = useAction(extendWeekAction);
  const remove = useAction(removeExtensionAction);
  const date = (iso: string) => shortDate(iso, true, locale);
  return {
    until,
    setUntil,
    reason,
    setReason,
    message,
    date,
    pending: extend.pending || remove.pending,
    formError: extend.formError ?? remove.formError,
    untilError: extend.fieldError("until"),
    reasonError: extend.fieldError("reason"),
    save: () => {
      setMessage(null);
      remove.reset();
      const saved = until;
      extend.run(
        { weekId, until, reason },
        {
          onSuccess: () => {
            setReason("");
            setMessage(t("saved", { date: date(saved) }));
          },
        },
      );
    },
    takeBack: () => {
      setMessage(null);
      extend.reset();
      remove.run({ weekId }, { onSuccess: () => setMessage(t("removed", { date: date(endDate) })) });
    },
  };
}
