"use client";

// What a bulk approval did: how many weeks it approved, and each week it left alone, by name and why.
import { useTranslations } from "next-intl";
import type { BulkApproveResult, BulkRefusal } from "@/lib/server/data/bulk-approve";

function useRefusalWords() {
  const t = useTranslations("review.bulk");
  const phrase = useTranslations("common.statusPhrase");
  return (refusal: BulkRefusal) => {
    switch (refusal.reason) {
      case "notFound":
        return t("notFound");
      case "forbidden":
        return t("forbidden", { number: refusal.number, intern: refusal.internName });
      case "conflict":
        return t("conflict", { number: refusal.number, intern: refusal.internName, status: phrase(refusal.status) });
    }
  };
}

export function BulkApproveSummary({ result }: { result: BulkApproveResult | null }) {
  const t = useTranslations("review.bulk");
  const words = useRefusalWords();
  return (
    <div role="status" className="empty:hidden">
      {result ? (
        <div className="space-y-1 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p className="font-medium">{t("approved", { count: result.approved.length })}</p>
          {result.refused.length > 0 ? (
            <>
              <p className="text-amber-900">{t("refusedHeading", { count: result.refused.length })}</p>
              <ul className="list-disc pl-5 text-amber-900">
                {result.refused.map((refusal) => (
                  <li key={refusal.weekId}>{words(refusal)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
