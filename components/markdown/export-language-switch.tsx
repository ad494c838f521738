import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import type { WorklogLang } from "@/lib/worklog/week";

const LANGS = ["en", "vi"] as const satisfies readonly WorklogLang[];

/**
 * Links to a week's export page in English and in Vietnamese, the one shown marked as current.
 * Each names its language, since the page's own default follows the reader's language.
 */
export async function ExportLanguageSwitch({ weekHref, lang }: { weekHref: string; lang: WorklogLang }) {
  const t = await getTranslations("markdown.export");
  return (
    <nav aria-label={t("languages")} className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5">
      {LANGS.map((option) => (
        <Link
          key={option}
          href={`${weekHref}/export?lang=${option}`}
          hrefLang={option}
          aria-current={option === lang ? "page" : undefined}
          className="inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {LOCALE_NAMES[option]}
        </Link>
      ))}
    </nav>
  );
}
