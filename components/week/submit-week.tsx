"use client";

import { submitWeekAction } from "@/app/weeks/[weekId]/actions";
import { Button, FormMessage } from "./form-bits";
import { useAction } from "./use-action";

export function SubmitWeekButton({ weekId, undone }: { weekId: string; undone: number }) {
  const { run, pending, formError } = useAction(submitWeekAction);
  return (
    <div className="space-y-2">
      <Button
        variant="primary"
        disabled={pending}
        onClick={() => {
          const note = undone > 0 ? `\n\n${undone} task(s) are not ticked yet.` : "";
          if (window.confirm(`Submit this week for review? You cannot change it while your mentor reviews it.${note}`)) {
            run({ weekId });
          }
        }}
      >
        {pending ? "Submitting…" : "Submit for review"}
      </Button>
      <FormMessage message={formError} />
    </div>
  );
}
