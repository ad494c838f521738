"use client";

import { useState } from "react";
import { Button, FormMessage } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { setPersonActiveAction } from "@/lib/server/actions/admin";

/**
 * Deactivate (after a confirming second click, since it signs the person out at once) or reactivate
 * one person. The list is rendered again by the server once the action says yes.
 */
export function PersonAccessButton({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const { run, pending, formError } = useAction(setPersonActiveAction);
  const [confirming, setConfirming] = useState(false);
  const send = () => run({ userId, active: !active }, { onSuccess: () => setConfirming(false) });

  if (active && confirming) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">Sign {name} out everywhere and refuse their sign-in?</span>
        <Button variant="danger" onClick={send} disabled={pending} aria-label={`Yes, deactivate ${name}`}>
          {pending ? "Deactivating…" : "Yes, deactivate"}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </Button>
        <FormMessage message={formError} />
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant={active ? "danger" : "secondary"}
        onClick={active ? () => setConfirming(true) : send}
        disabled={pending}
        aria-label={`${active ? "Deactivate" : "Reactivate"} ${name}`}
      >
        {active ? "Deactivate…" : pending ? "Reactivating…" : "Reactivate"}
      </Button>
      <FormMessage message={formError} />
    </div>
  );
}
