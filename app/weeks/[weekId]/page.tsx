import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RenderedAt } from "@/components/live-progress";
import { Comments } from "@/components/week/comments";
import { ExtendDeadline } from "@/components/week/extend-deadline";
import { ReviewPanel } from "@/components/week/review-panel";
import { UncoveredModules } from "@/components/week/uncovered-modules";
import { WeekDays } from "@/components/week/week-days";
import { WeekHeader } from "@/components/week/week-header";
import { WeekItemsCard } from "@/components/week/week-items-card";
import { orNotFound } from "@/lib/server/answers";
import { moduleOptions } from "@/lib/server/data/modules";
import { requireRole } from "@/lib/server/data/session";
import { getWeek } from "@/lib/server/data/weeks";
import { listSavedReplies } from "@/lib/server/data/saved-replies";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("week"))("title") };
}

export default async function WeekPage({ params }: PageProps<"/weeks/[weekId]">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const week = await orNotFound(getWeek(viewer, weekId));
  // The module picker's catalogue, only for the intern who can edit the week.
  const modules = week.canEdit ? await moduleOptions(viewer) : [];
  // The saved replies of the comment field, only for a reviewer.
  const replies = week.canReview ? await listSavedReplies(viewer) : [];
  return (
    <ClientMessages page="week">
      <RenderedAt at={week.readAt}>
        <article className="space-y-6">
          <WeekHeader week={week} own={viewer.id === week.intern.id} />
          {week.canReview ? (
            <ReviewPanel
              weekId={week.id}
              submitted={week.status === "SUBMITTED"}
              days={week.days.map(({ id, label }) => ({ id, label }))}
              replies={replies}
            />
          ) : null}
          {/* An approved week is due no more: only an extension given before can still be removed. */}
          {week.canReview && (week.status !== "APPROVED" || week.extendedUntil) ? (
            <ExtendDeadline weekId={week.id} endDate={week.endDate} extendedUntil={week.extendedUntil} />
          ) : null}
          <Comments
            comments={week.comments}
            days={week.days}
            timeZone={week.timeZone}
            permissions={{
              canReply: week.canReply,
              canResolve: week.canResolve,
              isIntern: viewer.id === week.intern.id,
            }}
          />
          <WeekItemsCard week={week} kind="OBJECTIVE" />
          <WeekDays week={week} modules={modules} />
          <UncoveredModules number={week.number} modules={week.uncoveredModules} />
          <WeekItemsCard week={week} kind="ACHIEVEMENT" />
        </article>
      </RenderedAt>
    </ClientMessages>
  );
}
