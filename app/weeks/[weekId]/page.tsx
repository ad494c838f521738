import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InlineMarkdown } from "@/components/inline-markdown";
import { LiveProgressBar, RenderedAt } from "@/components/live-progress";
import { TaskCheckbox } from "@/components/task-checkbox";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { Comments } from "@/components/week/comments";
import { DayEditor } from "@/components/week/day-editor";
import { ItemListEditor } from "@/components/week/item-list-editor";
import { ReviewPanel } from "@/components/week/review-panel";
import { SubmitWeekButton } from "@/components/week/submit-week";
import { dateRange } from "@/lib/format";
import { NotFoundError } from "@/lib/server/data/errors";
import { moduleOptions } from "@/lib/server/data/modules";
import { requireRole } from "@/lib/server/data/session";
import { getWeek } from "@/lib/server/data/weeks";
import { Breadcrumb, weekTrail } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Week" };

export default async function WeekPage({ params }: PageProps<"/weeks/[weekId]">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const week = await getWeek(viewer, weekId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // The module picker's catalogue, only for the intern who can edit the week.
  const modules = week.canEdit ? await moduleOptions() : [];
  const own = viewer.id === week.intern.id;
  const crumbs = weekTrail({ own, cohort: week.cohort, internName: week.intern.name, number: week.number });
  const weekComments = week.comments;
  return (
    <RenderedAt at={week.readAt}>
      <article className="space-y-6">
        <header className="space-y-3">
          <Breadcrumb trail={crumbs.trail} current={crumbs.weekLabel} />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h1 className="text-2xl font-semibold tracking-tight">Week {week.number}</h1>
            <StatusBadge status={week.status} />
            <span className="text-sm text-slate-600">{dateRange(week.startDate, week.endDate)}</span>
          </div>
          {!own ? <p className="text-slate-700">{week.intern.name}</p> : null}
          <div className="max-w-md">
            <LiveProgressBar
              scope={{ week: week.id }}
              progress={week.progress}
              label={`Week ${week.number} progress`}
            />
          </div>
          <div className="flex flex-wrap gap-2">
            {week.canEdit ? <SubmitWeekButton weekId={week.id} counts={week.progress} /> : null}
            <Link
              href={`/weeks/${week.id}/export`}
              className="inline-flex min-h-9 items-center rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
            >
              Export Markdown
            </Link>
            <Link
              href={`/weeks/${week.id}/audit`}
              className="inline-flex min-h-9 items-center rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
            >
              History
            </Link>
          </div>
          {own && week.status === "APPROVED" ? (
            <p
              role="status"
              className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
            >
              Your mentor approved this week. It is read-only now.
            </p>
          ) : null}
          {own && week.status === "SUBMITTED" ? (
            <p role="status" className="rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
              Waiting for your mentor&apos;s review. You can change the week again if they ask for changes.
            </p>
          ) : null}
          {own && week.status === "CHANGES_REQUESTED" ? (
            <p
              role="status"
              className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              Your mentor asked for changes (see their comments below). Edit the week, then submit it again.
            </p>
          ) : null}
        </header>

        {week.canReview ? (
          <ReviewPanel
            weekId={week.id}
            submitted={week.status === "SUBMITTED"}
            days={week.days.map(({ id, label }) => ({ id, label }))}
          />
        ) : null}
        <Comments comments={weekComments} days={week.days} />

        <Card aria-labelledby="objectives-title">
          <h2 id="objectives-title" className="mb-3 text-lg font-semibold">
            Objectives
          </h2>
          <ItemListEditor
            weekId={week.id}
            kind="OBJECTIVE"
            items={week.objectives}
            canEdit={week.canEdit}
            noun="objective"
          >
            {week.objectives.length === 0 ? (
              <p className="text-slate-500">No objectives yet.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5">
                {week.objectives.map((o) => (
                  <li key={o.id}>
                    <InlineMarkdown text={o.text} />
                  </li>
                ))}
              </ul>
            )}
          </ItemListEditor>
        </Card>

        <section aria-labelledby="days-title" className="space-y-3">
          <h2 id="days-title" className="text-lg font-semibold">
            Tasks
          </h2>
          {week.days.length === 0 ? <p className="text-slate-500">No days yet.</p> : null}
          <ol className="space-y-3">
            {week.days.map((day, index) => (
              <li key={day.id}>
                <Card aria-label={`${day.label}${day.startDate ? `, ${day.startDate}` : ""}`}>
                  <DayEditor
                    weekId={week.id}
                    day={{
                      id: day.id,
                      label: day.label,
                      startDate: day.startDate,
                      endDate: day.endDate,
                      references: day.references,
                      tasks: day.tasks.map((t) => ({
                        id: t.id,
                        text: t.text,
                        moduleCodes: t.modules.map((m) => m.code),
                      })),
                    }}
                    modules={modules}
                    weekStart={week.startDate}
                    weekEnd={week.endDate}
                    canEdit={week.canEdit}
                    isFirst={index === 0}
                    isLast={index === week.days.length - 1}
                  >
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="font-semibold">
                        {day.label}
                        {day.startDate ? (
                          <span className="ml-2 text-sm font-normal text-slate-500">
                            {dateRange(day.startDate, day.endDate ?? day.startDate)}
                          </span>
                        ) : null}
                      </h3>
                      <div className="w-32">
                        <LiveProgressBar
                          scope={{ day: day.id }}
                          progress={day.progress}
                          label={`${day.label} progress`}
                          size="sm"
                        />
                      </div>
                    </div>
                    {day.tasks.length === 0 ? (
                      <p className="mt-2 text-sm text-slate-500">No tasks this day.</p>
                    ) : (
                      <ul className="mt-3 space-y-2">
                        {day.tasks.map((task) => (
                          <li key={task.id}>
                            <TaskCheckbox taskId={task.id} done={task.done} disabled={!week.canEdit}>
                              <InlineMarkdown text={task.text} />
                              {task.modules.length > 0 ? (
                                <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
                                  {task.modules.map((m) => (
                                    <span
                                      key={m.code}
                                      title={m.title}
                                      className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700 no-underline"
                                    >
                                      {m.code}
                                    </span>
                                  ))}
                                </span>
                              ) : null}
                            </TaskCheckbox>
                            {task.subItems.length > 0 ? (
                              <ul className="ml-8 mt-1 list-[circle] pl-4 text-sm text-slate-600">
                                {task.subItems.map((s, i) => (
                                  <li key={i}>
                                    <InlineMarkdown text={s} />
                                  </li>
                                ))}
                              </ul>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                    {day.references.length > 0 ? (
                      <p className="mt-3 break-all text-xs text-slate-500">
                        Reference:{" "}
                        {day.references.map((ref, i) => (
                          <span key={i}>
                            {i > 0 ? ", " : ""}
                            {/^https?:\/\//.test(ref) ? (
                              <a href={ref} className="underline" target="_blank" rel="noopener noreferrer">
                                {ref}
                              </a>
                            ) : (
                              ref
                            )}
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </DayEditor>
                </Card>
              </li>
            ))}
          </ol>
          {week.canEdit ? (
            <DayEditor weekId={week.id} modules={modules} weekStart={week.startDate} weekEnd={week.endDate} canEdit />
          ) : null}
        </section>

        {week.uncoveredModules.length > 0 ? (
          <Card aria-labelledby="uncovered-title">
            <h2 id="uncovered-title" className="text-lg font-semibold">
              Modules of week {week.number} not covered yet
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {week.uncoveredModules.map((m) => (
                <li key={m.code}>
                  <span className="font-mono text-slate-500">{m.code}</span> {m.title}
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        <Card aria-labelledby="achievements-title">
          <h2 id="achievements-title" className="mb-3 text-lg font-semibold">
            Achievements
          </h2>
          <ItemListEditor
            weekId={week.id}
            kind="ACHIEVEMENT"
            items={week.achievements}
            canEdit={week.canEdit}
            noun="achievement"
          >
            {week.achievements.length === 0 ? (
              <p className="text-slate-500">No achievements written yet.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5">
                {week.achievements.map((a) => (
                  <li key={a.id}>
                    <InlineMarkdown text={a.text} />
                  </li>
                ))}
              </ul>
            )}
          </ItemListEditor>
        </Card>
      </article>
    </RenderedAt>
  );
}
