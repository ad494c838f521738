import { getLocale, getTranslations } from "next-intl/server";
import type { CommentView } from "@/lib/server/data/weeks";
import { dateTime } from "@/lib/worklog/dates";
import { Section } from "@/components/ui/section";

export async function Comments({
  comments,
  days,
  timeZone,
}: {
  comments: CommentView[];
  days: { id: string; label: string }[];
  /** The program's time zone, in which to show the times. */
  timeZone: string;
}) {
  if (comments.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("week.comments"), getLocale()]);
  const dayLabel = new Map(days.map((d) => [d.id, d.label]));
  return (
    <Section headingId="comments-title" heading={t("title")}>
      <ul className="space-y-2">
        {comments.map((c) => {
          const meta = { author: c.authorName, when: dateTime(c.createdAt, timeZone, locale) };
          const day = c.dayId ? dayLabel.get(c.dayId) : undefined;
          return (
            <li
              key={c.id}
              id={`comment-${c.id}`}
              className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-3 target:border-brand-500 target:bg-brand-50"
            >
              <p className="whitespace-pre-wrap break-words">{c.body}</p>
              <p className="mt-1 text-xs text-slate-500">
                {day ? t("metaAboutDay", { ...meta, day }) : t("meta", meta)}
              </p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
