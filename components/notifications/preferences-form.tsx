"use client";

import { useState } from "react";
import { SaveRow } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { saveNotificationPreferencesAction } from "@/lib/server/actions/notifications";
import type { NotificationKind } from "@/lib/worklog/notifications/kinds";

export interface PreferenceRow {
  kind: NotificationKind;
  label: string;
  email: boolean;
}

/** /settings: one box a kind, "E-mail" on or off; saved with the button (the form works without JavaScript too). */
export function PreferencesForm({
  rows,
  words,
}: {
  rows: PreferenceRow[];
  words: { email: string; save: string; saved: string };
}) {
  const { formAction, run, pending, formError, result } = useAction(saveNotificationPreferencesAction);
  const [email, setEmail] = useState(() => Object.fromEntries(rows.map((r) => [r.kind, r.email])));
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        run({ email });
      }}
      className="space-y-3"
    >
      <input type="hidden" name="kinds" value={rows.map((r) => r.kind).join(",")} />
      <fieldset className="space-y-2">
        <legend className="sr-only">{words.email}</legend>
        {rows.map((row) => (
          <label key={row.kind} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={`email.${row.kind}`}
              checked={email[row.kind] ?? false}
              onChange={(event) => setEmail({ ...email, [row.kind]: event.currentTarget.checked })}
              className="mt-0.5 size-4 accent-brand-600"
            />
            <span>{row.label}</span>
          </label>
        ))}
      </fieldset>
      <SaveRow pending={pending} saved={Boolean(result?.ok)} formError={formError} words={words} />
    </form>
  );
}
