"use client";

import { submitWeekAction } from "@/lib/server/actions/weeks";
import { useUndone } from "@/components/live-progress";
import type { Counts } from "@/lib/worklog/progress";
import { Button, FormMessage } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";

export function SubmitWeekButton({ weekId, counts }: { weekId: string; counts: Counts }) {
  const { run, pending, formError } = useAction(submitWeekAction);
  const undone = useUndone(weekId, counts);
  return (
    <div className="space-y-2">
      <Button
        variant="primary"
        disabled={pending}
        onClick={() => {
          const note = undone > 0 ? `\n\n${undone} task(s) are not ticked yet.` : "";
          if (
            window.confirm(`Submit this week for review? You cannot change it while your mentor reviews it.${note}`)
          ) {
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
