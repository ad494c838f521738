import Link from "next/link";
import type { WorklogLang } from "@/lib/worklog/week";

const LANGS = [
  { lang: "en", label: "English" },
  { lang: "vi", label: "Tiếng Việt" },
] as const;

/** Links to a week's export page in English and in Vietnamese, the one shown marked as current. */
export function ExportLanguageSwitch({ weekHref, lang }: { weekHref: string; lang: WorklogLang }) {
  return (
    <nav aria-label="Language of the page" className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5">
      {LANGS.map((option) => (
        <Link
          key={option.lang}
          href={option.lang === "en" ? `${weekHref}/export` : `${weekHref}/export?lang=vi`}
          hrefLang={option.lang}
          aria-current={option.lang === lang ? "page" : undefined}
          className="inline-flex min-h-9 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
