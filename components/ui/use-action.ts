"use client";

// The one way a client component runs a server action (lib/server/actions/*): pending state, the
// answer (field errors next to fields, one message for the form), and never an exception.
// - `run(input, { optimistic, onSuccess })` from an event handler: `optimistic` runs inside the
//   transition (for useOptimistic), `onSuccess` once the server said yes.
// - `formAction` for `<form action={formAction}>`: React posts to the server action itself, so the
//   form works before the page is interactive (the answer shows once it is rendered again).
import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/** A server action as defined by lib/server/action.ts's serverAction. */
export type ServerAction<I, T> = (previous: ActionResult<T> | null, input: I) => Promise<ActionResult<T>>;

export function useAction<I, T>(action: ServerAction<I, T>) {
  const t = useTranslations("ui");
  const [formResult, formAction, formPending] = useActionState(action, null);
  const [pending, startTransition] = useTransition();
  // The latest answer to `run`, with the form's answer it superseded (a later form post wins).
  const [ran, setRan] = useState<{ result: ActionResult<T> | null; over: ActionResult<T> | null } | null>(null);
  const result = ran && ran.over === formResult ? ran.result : formResult;

  const run = (input: I, options: { optimistic?: () => void; onSuccess?: (data: T | undefined) => void } = {}) => {
    startTransition(async () => {
      options.optimistic?.();
      let next: ActionResult<T>;
      try {
        next = await action(null, input);
      } catch {
        next = { ok: false, formError: t("connectionFailed") };
      }
      setRan({ result: next, over: formResult });
      if (next.ok) options.onSuccess?.(next.data);
    });
  };
  const failed = result && !result.ok ? result : null;
  return {
    run,
    formAction,
    pending: pending || formPending,
    result,
    fieldError: (path: string) => failed?.fieldErrors?.[path]?.[0],
    formError: failed?.formError,
    /** Set when the save was based on an older version: what is there now (components/ui/stale-edit-notice.tsx). */
    stale: failed?.stale,
    reset: () => setRan({ result: null, over: formResult }),
  };
}
