import { redirect } from "next/navigation";
import { AllWeeks } from "@/components/dashboard/all-weeks";
import { CurrentWeekCard } from "@/components/dashboard/current-week-card";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { LatestCommentsCard } from "@/components/dashboard/latest-comments-card";
import { OverdueCard } from "@/components/dashboard/overdue-card";
import { TodayCard } from "@/components/dashboard/today-card";
import { RenderedAt } from "@/components/live-progress";
import { getInternDashboard } from "@/lib/server/data/dashboard";
import { requireRole } from "@/lib/server/data/session";
import { isReviewer } from "@/lib/worklog/status";
import { ClientMessages } from "@/components/client-messages";
import { LiveUpdates } from "@/components/live/live-updates";

export default async function DashboardPage() {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  if (isReviewer(viewer.role)) redirect("/cohorts");
  const dash = await getInternDashboard(viewer);
  return (
    <ClientMessages page="dashboard">
      <RenderedAt at={dash.readAt}>
        <div className="space-y-6">
          <DashboardHeader cohort={dash.cohort} today={dash.today} />
          <div className="grid gap-4 lg:grid-cols-3">
            <TodayCard tasks={dash.todayTasks} hasCurrentWeek={dash.currentWeek !== null} />
            <CurrentWeekCard week={dash.currentWeek} today={dash.today} />
          </div>
          {dash.overdueCount > 0 ? <OverdueCard count={dash.overdueCount} tasks={dash.overdueTasks} /> : null}
          <AllWeeks
            weeks={dash.weeks}
            cohortWeekCount={dash.cohort?.weekCount ?? 0}
            currentNumber={dash.currentWeek?.number}
            nextNumber={dash.nextWeek}
          />
          <LatestCommentsCard comments={dash.latestComments} />
        </div>
      </RenderedAt>
      <LiveUpdates topics={[`i:${viewer.id}`]} />
    </ClientMessages>
  );
}
