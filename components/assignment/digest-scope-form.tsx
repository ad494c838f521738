"use client";

import { useState } from "react";
import { SaveRow } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { saveDigestScopeAction } from "@/lib/server/actions/assignment";

/** /settings, for mentors: the weekly digest covers their own interns, or (ticked) their whole cohorts. */
export function DigestScopeForm({
  wholeCohort,
  words,
}: {
  wholeCohort: boolean;
  words: { label: string; hint: string; save: string; saved: string };
}) {
  const { run, pending, formError, result } = useAction(saveDigestScopeAction);
  const [checked, setChecked] = useState(wholeCohort);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        run({ wholeCohort: checked });
      }}
      className="space-y-2 border-t border-slate-100 pt-3"
    >
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="wholeCohort"
          checked={checked}
          onChange={(event) => setChecked(event.currentTarget.checked)}
          aria-describedby="digest-scope-hint"
          className="mt-0.5 size-4 accent-brand-600"
        />
        <span>{words.label}</span>
      </label>
      <p id="digest-scope-hint" className="text-xs text-slate-600">
        {words.hint}
      </p>
      <SaveRow pending={pending} saved={Boolean(result?.ok)} formError={formError} words={words} scriptOnly />
    </form>
  );
}
