"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button, FormMessage } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { setPersonActiveAction } from "@/lib/server/actions/admin";

/**
 * Deactivate (after a confirming second click, since it signs the person out at once) or reactivate
 * one person. The list is rendered again by the server once the action says yes.
 */
export function PersonAccessButton({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const t = useTranslations("adminForms.access");
  const { run, pending, formError } = useAction(setPersonActiveAction);
  const [confirming, setConfirming] = useState(false);
  const send = () => run({ userId, active: !active }, { onSuccess: () => setConfirming(false) });

  if (active && confirming) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-slate-700">{t("confirm", { name })}</span>
        <Button variant="danger" onClick={send} disabled={pending} aria-label={t("yesLabel", { name })}>
          {pending ? t("deactivating") : t("yes")}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          {t("cancel")}
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
        aria-label={active ? t("deactivateLabel", { name }) : t("reactivateLabel", { name })}
      >
        {active ? t("deactivate") : pending ? t("reactivating") : t("reactivate")}
      </Button>
      <FormMessage message={formError} />
    </div>
  );
}
