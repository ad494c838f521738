import Link from "next/link";

const pageButton = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100";

/** Newer and older pages of a week's history, when it has more than one. */
export function HistoryPager({ weekId, page, pageCount }: { weekId: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const pageLink = (n: number) => (n === 1 ? `/weeks/${weekId}/audit` : `/weeks/${weekId}/audit?page=${n}`);
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={pageLink(page - 1)} className={pageButton}>
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pageLink(page + 1)} className={pageButton}>
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
