import Link from "next/link";
import { redirect } from "next/navigation";
import { InlineMarkdown } from "@/components/inline-markdown";
import { LiveOverdueTitle, LiveProgressBar, LiveTaskTotal, RenderedAt } from "@/components/live-progress";
import { TaskCheckbox } from "@/components/task-checkbox";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { dateRange, shortDate } from "@/lib/format";
import { getInternDashboard } from "@/lib/server/data/dashboard";
import { requireRole } from "@/lib/server/data/session";

export default async function DashboardPage() {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  if (viewer.role !== "INTERN") redirect("/cohorts");
  const dash = await getInternDashboard(viewer);
  const byNumber = new Map(dash.weeks.map((w) => [w.number, w]));
  const weekCount = Math.max(dash.cohort?.weekCount ?? 0, ...dash.weeks.map((w) => w.number));
  const nextNumber = Array.from({ length: weekCount }, (_, i) => i + 1).find((n) => !byNumber.has(n));
  return (
    <RenderedAt at={dash.readAt}>
      <div className="space-y-6">
        <header>
          <h1 className="text-2xl font-semibold tracking-tight">Your worklog</h1>
          <p className="text-slate-600">
            {dash.cohort ? (
              <>
                {dash.cohort.name} ·{" "}
                {dash.cohort.currentWeek >= 1 && dash.cohort.currentWeek <= dash.cohort.weekCount
                  ? `week ${dash.cohort.currentWeek} of ${dash.cohort.weekCount}`
                  : `${dash.cohort.weekCount} weeks`}{" "}
                · today is {shortDate(dash.today, true)}
              </>
            ) : (
              "You are not in a cohort yet. Ask your program admin to add you."
            )}
          </p>
        </header>

        <div className="grid gap-4 lg:grid-cols-3">
          <Card aria-labelledby="today-title" className="lg:col-span-2">
            <h2 id="today-title" className="text-lg font-semibold">
              Today
            </h2>
            {dash.todayTasks.length === 0 ? (
              <p className="mt-2 text-slate-600">
                Nothing planned for today. {dash.currentWeek ? "Plan it on your week page." : ""}
              </p>
            ) : (
              <ul className="mt-3 space-y-2">
                {dash.todayTasks.map((task) => (
                  <li key={task.id}>
                    <TaskCheckbox taskId={task.id} done={task.done} disabled={!task.editable}>
                      <InlineMarkdown text={task.text} />
                    </TaskCheckbox>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card aria-labelledby="current-title">
            <h2 id="current-title" className="text-lg font-semibold">
              {dash.currentWeek ? (
                <Link href={`/weeks/${dash.currentWeek.id}`} className="hover:underline">
                  This week: week {dash.currentWeek.number}
                </Link>
              ) : (
                "This week"
              )}
            </h2>
            {dash.currentWeek ? (
              <div className="mt-3 space-y-3">
                <LiveProgressBar
                  scope={{ week: dash.currentWeek.id }}
                  progress={dash.currentWeek.progress}
                  label={`Week ${dash.currentWeek.number} progress`}
                />
                <ul className="space-y-1.5" aria-label="Progress by day">
                  {dash.currentWeek.days.map((day) => (
                    <li
                      key={day.id}
                      className={`grid grid-cols-[3.5rem_1fr] items-center gap-2 text-sm ${day.startDate === dash.today ? "font-semibold" : ""}`}
                    >
                      <span>{day.label}</span>
                      <LiveProgressBar
                        scope={{ day: day.id }}
                        progress={day.progress}
                        label={`${day.label} progress`}
                        size="sm"
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="mt-2 text-slate-600">You have no page for this week yet.</p>
            )}
          </Card>
        </div>

        {dash.overdueCount > 0 ? (
          <Card aria-labelledby="overdue-title" className="border-amber-300 bg-amber-50/40">
            <h2 id="overdue-title" className="text-lg font-semibold text-amber-900">
              <LiveOverdueTitle count={dash.overdueCount} listed={dash.overdueTasks.map((t) => t.id)} />
            </h2>
            <ul className="mt-3 space-y-2">
              {dash.overdueTasks.map((task) => (
                <li key={task.id}>
                  <TaskCheckbox taskId={task.id} done={task.done} disabled={!task.editable}>
                    <InlineMarkdown text={task.text} />{" "}
                    <Link href={`/weeks/${task.weekId}`} className="text-xs text-slate-500 underline">
                      week {task.weekNumber}, {task.dayLabel}
                      {task.endDate ? `, due ${shortDate(task.endDate)}` : ""}
                    </Link>
                  </TaskCheckbox>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}

        <section aria-labelledby="weeks-title" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="weeks-title" className="text-lg font-semibold">
              All weeks{" "}
              <span className="text-sm font-normal text-slate-500">
                ·{" "}
                <LiveTaskTotal
                  weeks={dash.weeks.map((w) => ({ id: w.id, done: w.progress.done, total: w.progress.total }))}
                />{" "}
                tasks done
              </span>
            </h2>
            {nextNumber ? (
              <Link
                href={`/weeks/new?number=${nextNumber}`}
                className="rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
              >
                + New week
              </Link>
            ) : null}
          </div>
          <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
            {Array.from({ length: weekCount }, (_, i) => i + 1).map((number) => {
              const week = byNumber.get(number);
              return (
                <li key={number}>
                  {week ? (
                    <Link
                      href={`/weeks/${week.id}`}
                      className={`block h-full space-y-2 rounded-xl border bg-white p-3 hover:border-brand-500 ${number === dash.currentWeek?.number ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200"}`}
                    >
                      <span className="block font-medium">Week {number}</span>
                      <StatusBadge status={week.status} />
                      <LiveProgressBar
                        scope={{ week: week.id }}
                        progress={week.progress}
                        label={`Week ${number} progress`}
                        size="sm"
                      />
                      <span className="block text-xs text-slate-500">{dateRange(week.startDate, week.endDate)}</span>
                    </Link>
                  ) : (
                    <div className="h-full space-y-2 rounded-xl border border-dashed border-slate-300 p-3 text-slate-500">
                      <span className="block font-medium">Week {number}</span>
                      <StatusBadge status="NONE" />
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </section>

        <Card aria-labelledby="comments-title">
          <h2 id="comments-title" className="text-lg font-semibold">
            Latest mentor comments
          </h2>
          {dash.latestComments.length === 0 ? (
            <p className="mt-2 text-slate-600">No comments yet. They appear here when your mentor reviews a week.</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {dash.latestComments.map((c) => (
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
      </div>
    </RenderedAt>
  );
}
