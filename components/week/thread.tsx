import { getLocale, getTranslations } from "next-intl/server";
import type { CommentView } from "@/lib/server/data/weeks";
import { dateTime } from "@/lib/worklog/dates";
import { replyPreview, type Thread as ThreadOf } from "@/lib/worklog/threads";
import { ThreadActions } from "./thread-actions";

export interface ThreadPermissions {
  /** The week's intern or one of its reviewers. */
  canReply: boolean;
  /** One of the week's reviewers. */
  canResolve: boolean;
  /** The viewer is the week's intern (their reply reopens a resolved thread). */
  isIntern: boolean;
}

const TARGET = "scroll-mt-4 target:border-brand-500 target:bg-brand-50";

/**
 * One conversation: the reviewer's comment (its anchor #comment-<id> is the one notifications link
 * to), its replies (each with its own anchor), the reply form and Resolve / Reopen. A resolved
 * thread is folded under a line saying who resolved it and when; the browser opens it when a link
 * points inside it.
 */
export async function Thread({
  thread,
  openingMeta,
  timeZone,
  permissions,
}: {
  thread: ThreadOf<CommentView>;
  openingMeta: string;
  timeZone: string;
  permissions: ThreadPermissions;
}) {
  const [t, locale] = await Promise.all([getTranslations("threads.thread"), getLocale()]);
  const { opening, replies } = thread;
  const resolved = opening.resolvedAt !== null;
  const when = (iso: string) => dateTime(iso, timeZone, locale);
  const body = (
    <>
      <p className="whitespace-pre-wrap break-words">{opening.body}</p>
      <p className="mt-1 text-xs text-slate-600">{openingMeta}</p>
      {replies.length > 0 ? (
        <ul
          aria-label={t("replies", { author: opening.authorName })}
          className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3"
        >
          {replies.map((r) => (
            <li key={r.id} id={`comment-${r.id}`} className={`rounded-md border border-transparent p-1 ${TARGET}`}>
              <p className="whitespace-pre-wrap break-words">{r.body}</p>
              <p className="mt-0.5 text-xs text-slate-600">
                {t(r.byIntern ? "internReply" : "reply", { author: r.authorName, when: when(r.createdAt) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {opening.awaitingReviewer ? <p className="mt-2 text-sm font-medium text-amber-800">{t("waiting")}</p> : null}
      {permissions.canReply || permissions.canResolve ? (
        <ThreadActions
          commentId={opening.id}
          resolved={resolved}
          canReply={permissions.canReply}
          canResolve={permissions.canResolve}
          replyReopens={resolved && permissions.isIntern}
        />
      ) : null}
    </>
  );
  const resolvedLine = resolved
    ? opening.resolvedByName
      ? t("resolvedBy", { name: opening.resolvedByName, when: when(opening.resolvedAt!) })
      : t("resolvedOn", { when: when(opening.resolvedAt!) })
    : "";
  return (
    <li
      id={`comment-${opening.id}`}
      data-thread={resolved ? "resolved" : "open"}
      className={`rounded-lg border p-3 ${resolved ? "border-slate-200 bg-slate-50" : "border-slate-200 bg-white"} ${TARGET}`}
    >
      {resolved ? (
        <details>
          <summary className="cursor-pointer text-sm text-slate-700">
            <span className="font-medium text-slate-900">{replyPreview(opening.body, 80)}</span>
            {" · "}
            {resolvedLine}
            {" · "}
            {t("replyCount", { count: replies.length })}
          </summary>
          <div className="mt-2">{body}</div>
        </details>
      ) : (
        body
      )}
    </li>
  );
}
