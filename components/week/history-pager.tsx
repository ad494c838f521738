import Link from "next/link";
import { getTranslations } from "next-intl/server";

const pageButton = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100";

/** Newer and older pages of a week's history, when it has more than one. */
export async function HistoryPager({ weekId, page, pageCount }: { weekId: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("week.audit");
  const pageLink = (n: number) => (n === 1 ? `/weeks/${weekId}/audit` : `/weeks/${weekId}/audit?page=${n}`);
  return (
    <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={pageLink(page - 1)} className={pageButton}>
          {t("newer")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{t("page", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={pageLink(page + 1)} className={pageButton}>
          {t("older")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
