"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form";
import { useAction } from "@/components/ui/use-action";
import { LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locales";
import { chooseLocaleAction } from "@/lib/server/actions/settings";

/**
 * The language switch (header and /settings): changes at once with JavaScript; without it, the
 * form posts to the same action with its button.
 */
export function LocaleSwitch({ id, showLabel = false }: { id: string; showLabel?: boolean }) {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const { run, formAction, pending, formError } = useAction(chooseLocaleAction);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className={showLabel ? "text-sm font-medium" : "sr-only"}>
        {t("label")}
      </label>
      <select
        id={id}
        name="locale"
        defaultValue={locale}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isLocale(next)) run({ locale: next });
        }}
        className="min-h-9 rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded-lg border border-slate-300 px-2 py-1 text-sm">
          {t("change")}
        </button>
      </noscript>
      {pending ? <span className="text-sm text-slate-600">{t("saving")}</span> : null}
      <FormMessage message={formError} />
    </form>
  );
}
