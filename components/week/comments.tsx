import { getLocale, getTranslations } from "next-intl/server";
import type { CommentView } from "@/lib/server/data/weeks";
import { dateTime } from "@/lib/worklog/dates";
import { groupThreads } from "@/lib/worklog/threads";
import { Section } from "@/components/ui/section";
import { Thread, type ThreadPermissions } from "./thread";

/** The week's conversations: each reviewer comment with its replies, the open ones first (components/week/thread.tsx). */
export async function Comments({
  comments,
  days,
  timeZone,
  permissions,
}: {
  comments: CommentView[];
  days: { id: string; label: string }[];
  /** The program's time zone, in which to show the times. */
  timeZone: string;
  permissions: ThreadPermissions;
}) {
  if (comments.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("week.comments"), getLocale()]);
  const dayLabel = new Map(days.map((d) => [d.id, d.label]));
  const meta = (c: CommentView) => {
    const values = { author: c.authorName, when: dateTime(c.createdAt, timeZone, locale) };
    const day = c.dayId ? dayLabel.get(c.dayId) : undefined;
    return day ? t("metaAboutDay", { ...values, day }) : t("meta", values);
  };
  return (
    <Section headingId="comments-title" heading={t("title")}>
      <ul className="space-y-2">
        {groupThreads(comments).map((thread) => (
          <Thread
            key={thread.opening.id}
            thread={thread}
            openingMeta={meta(thread.opening)}
            timeZone={timeZone}
            permissions={permissions}
          />
        ))}
      </ul>
    </Section>
  );
}
