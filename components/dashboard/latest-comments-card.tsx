import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { InternDashboard } from "@/lib/server/data/dashboard";

/** The mentors' latest comments on the intern's weeks. */
export function LatestCommentsCard({ comments }: { comments: InternDashboard["latestComments"] }) {
  return (
    <Card heading="Latest mentor comments" headingId="comments-title">
      {comments.length === 0 ? (
        <p className="mt-2 text-slate-600">No comments yet. They appear here when your mentor reviews a week.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {comments.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 p-3">
              <p className="whitespace-pre-wrap break-words">{c.body}</p>
              <p className="mt-1 text-xs text-slate-500">
                {c.authorName} on{" "}
                <Link href={`/weeks/${c.weekId}`} className="underline">
                  week {c.weekNumber}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
