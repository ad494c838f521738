"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { StaleEdit } from "@/lib/schemas/action-result";
import { Button } from "./form";

/**
 * A save refused because what it was based on changed meanwhile (another tab, an import): what is
 * there now, and the two ways on: reload to see it (dropping this draft), or save this draft over
 * it now that its author has seen what it replaces.
 */
export function StaleEditNotice({
  stale,
  onReload,
  onKeepMine,
  pending,
}: {
  stale: StaleEdit;
  onReload?: () => void;
  onKeepMine?: () => void;
  pending?: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("ui.staleEdit");
  return (
    <div
      role="alert"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">{t("heading")}</p>
      <ul className="space-y-0.5 pl-1">
        {stale.now.map((line, i) => (
          <li key={i} className="break-words">
            {line}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={pending}
          onClick={() => {
            onReload?.();
            router.refresh();
          }}
        >
          {t("reload")}
        </Button>
        {onKeepMine ? (
          <Button variant="primary" disabled={pending} onClick={onKeepMine}>
            {t("keepMine")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
