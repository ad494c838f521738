"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormMessage, inputClass } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import { createWeekAction } from "@/lib/server/actions/weeks";
import { dateRange } from "@/lib/worklog/dates";
import { Label } from "@/components/ui/label";

const TEMPLATES = ["curriculum", "copy-previous", "blank"] as const;

export function NewWeekForm({
  numbers,
  initialNumber,
}: {
  numbers: { number: number; startDate: string; endDate: string; taken: boolean }[];
  initialNumber: number;
}) {
  // A plain form post: it works before the page is interactive, and ends on the new week's page.
  const t = useTranslations("weekForms.newWeek");
  const locale = useLocale();
  const { formAction, fieldError: error, result } = useAction(createWeekAction);
  const templates = {
    curriculum: { label: t("curriculum"), hint: t("curriculumHint") },
    "copy-previous": { label: t("copyPrevious"), hint: t("copyPreviousHint") },
    blank: { label: t("blank"), hint: t("blankHint") },
  };
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage message={result && !result.ok && !result.fieldErrors ? result.formError : undefined} />
      <div>
        <Label htmlFor="number">{t("week")}</Label>
        <select
          id="number"
          name="number"
          defaultValue={initialNumber}
          className={inputClass}
          aria-invalid={Boolean(error("number"))}
          aria-describedby={error("number") ? "number-error" : undefined}
        >
          {numbers.map((n) => {
            const option = { number: n.number, dates: dateRange(n.startDate, n.endDate, locale) };
            return (
              <option key={n.number} value={n.number} disabled={n.taken}>
                {n.taken ? t("optionTaken", option) : t("option", option)}
              </option>
            );
          })}
        </select>
        {error("number") ? (
          <p id="number-error" className="mt-1 text-sm text-red-700">
            {error("number")}
          </p>
        ) : null}
      </div>
      <fieldset aria-describedby={error("template") ? "template-error" : undefined}>
        <legend className="text-sm font-medium">{t("startFrom")}</legend>
        <div className="mt-2 space-y-2">
          {TEMPLATES.map((template, i) => (
            <label
              key={template}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="template"
                value={template}
                defaultChecked={i === 0}
                className="mt-1 accent-brand-600"
              />
              <span>
                <span className="block font-medium">{templates[template].label}</span>
                <span className="block text-sm text-slate-600">{templates[template].hint}</span>
              </span>
            </label>
          ))}
        </div>
        {error("template") ? (
          <p id="template-error" className="mt-1 text-sm text-red-700">
            {error("template")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}
