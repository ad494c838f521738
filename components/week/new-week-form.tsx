"use client";

import { FormMessage, inputClass } from "@/components/ui/form";
import { SubmitButton } from "@/components/ui/submit-button";
import { useAction } from "@/components/ui/use-action";
import { createWeekAction } from "@/lib/server/actions/weeks";
import { dateRange } from "@/lib/worklog/dates";

const TEMPLATES = [
  {
    value: "curriculum",
    label: "From the curriculum",
    hint: "The modules of that week, spread over Monday to Friday.",
  },
  { value: "copy-previous", label: "Copy the previous week", hint: "Same days and tasks, nothing ticked." },
  { value: "blank", label: "Blank", hint: "Seven empty days." },
] as const;

export function NewWeekForm({
  numbers,
  initialNumber,
}: {
  numbers: { number: number; startDate: string; endDate: string; taken: boolean }[];
  initialNumber: number;
}) {
  // A plain form post: it works before the page is interactive, and ends on the new week's page.
  const { formAction, fieldError: error, result } = useAction(createWeekAction);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage message={result && !result.ok && !result.fieldErrors ? result.formError : undefined} />
      <div>
        <label htmlFor="number" className="text-sm font-medium">
          Week
        </label>
        <select
          id="number"
          name="number"
          defaultValue={initialNumber}
          className={inputClass}
          aria-invalid={Boolean(error("number"))}
          aria-describedby={error("number") ? "number-error" : undefined}
        >
          {numbers.map((n) => (
            <option key={n.number} value={n.number} disabled={n.taken}>
              Week {n.number} · {dateRange(n.startDate, n.endDate)}
              {n.taken ? " (exists)" : ""}
            </option>
          ))}
        </select>
        {error("number") ? (
          <p id="number-error" className="mt-1 text-sm text-red-700">
            {error("number")}
          </p>
        ) : null}
      </div>
      <fieldset aria-describedby={error("template") ? "template-error" : undefined}>
        <legend className="text-sm font-medium">Start from</legend>
        <div className="mt-2 space-y-2">
          {TEMPLATES.map((t, i) => (
            <label
              key={t.value}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="template"
                value={t.value}
                defaultChecked={i === 0}
                className="mt-1 accent-brand-600"
              />
              <span>
                <span className="block font-medium">{t.label}</span>
                <span className="block text-sm text-slate-600">{t.hint}</span>
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
      <SubmitButton pendingLabel="Creating…">Create week</SubmitButton>
    </form>
  );
}
