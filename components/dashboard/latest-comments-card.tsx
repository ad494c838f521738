import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { InternDashboard } from "@/lib/server/data/dashboard";

/** The mentors' latest comments on the intern's weeks. */
export async function LatestCommentsCard({ comments }: { comments: InternDashboard["latestComments"] }) {
  const t = await getTranslations("dashboard.comments");
  return (
    <Card heading={t("title")} headingId="comments-title">
      {comments.length === 0 ? (
        <p className="mt-2 text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {comments.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 p-3">
              <p className="whitespace-pre-wrap break-words">{c.body}</p>
              <p className="mt-1 text-xs text-slate-500">
                {t.rich("byline", {
                  author: c.authorName,
                  number: c.weekNumber,
                  week: (chunks) => (
                    <Link href={`/weeks/${c.weekId}`} className="underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
