import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { UnansweredReplies as Replies } from "@/lib/server/data/unanswered-replies";
import { Card } from "@/components/ui/card";

/** The review queue's "Replies waiting for you": each opens the week at the intern's reply. Nothing shown when none waits. */
export async function UnansweredReplies({ replies }: { replies: Replies }) {
  if (replies.total === 0) return null;
  const t = await getTranslations("threads.queue");
  return (
    <Card heading={t("heading")} headingId="replies-title">
      <p className="text-sm text-slate-600">
        {replies.total > replies.items.length
          ? t("countSome", { total: replies.total, shown: replies.items.length })
          : t("intro")}
      </p>
      <ol className="divide-y divide-slate-100">
        {replies.items.map((item) => (
          <li key={item.threadId} className="py-3">
            <Link
              href={`/weeks/${item.weekId}#comment-${item.replyId}`}
              prefetch={false}
              className="font-medium text-brand-800 hover:underline"
            >
              {t("link", { intern: item.intern.name, number: item.weekNumber })}
            </Link>
            <p className="break-words text-sm text-slate-800">{item.preview}</p>
            <p className="text-xs text-slate-600">
              {t("inCohort", {
                cohort: item.cohort.name,
                ago: item.daysAgo === 0 ? t("today") : t("daysAgo", { days: item.daysAgo }),
              })}
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}
