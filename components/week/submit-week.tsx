"use client";

import { useTranslations } from "next-intl";
import { submitWeekAction } from "@/lib/server/actions/weeks";
import { useUndone } from "@/components/live-progress";
import type { Counts } from "@/lib/worklog/progress";
import { Button, FormMessage } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";

export function SubmitWeekButton({ weekId, counts }: { weekId: string; counts: Counts }) {
  const t = useTranslations("weekForms.submit");
  const { run, pending, formError } = useAction(submitWeekAction);
  const undone = useUndone(weekId, counts);
  return (
    <div className="space-y-2">
      <Button
        variant="primary"
        disabled={pending}
        onClick={() => {
          if (window.confirm(undone > 0 ? t("confirmUndone", { count: undone }) : t("confirm"))) run({ weekId });
        }}
      >
        {pending ? t("submitting") : t("button")}
      </Button>
      <FormMessage message={formError} />
    </div>
  );
}
