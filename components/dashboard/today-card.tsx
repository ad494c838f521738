import { getTranslations } from "next-intl/server";
import { InlineMarkdown } from "@/components/inline-markdown";
import { TaskCheckbox } from "@/components/task-checkbox";
import { Card } from "@/components/ui/card";
import type { DashboardTask } from "@/lib/server/data/dashboard";

/** Today's tasks, to tick from the dashboard. */
export async function TodayCard({ tasks, hasCurrentWeek }: { tasks: DashboardTask[]; hasCurrentWeek: boolean }) {
  const t = await getTranslations("dashboard.today");
  return (
    <Card heading={t("title")} headingId="today-title" className="lg:col-span-2">
      {tasks.length === 0 ? (
        <p className="mt-2 text-slate-600">{hasCurrentWeek ? t("emptyPlanIt") : t("empty")}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskCheckbox taskId={task.id} done={task.done} disabled={!task.editable}>
                <InlineMarkdown text={task.text} />
              </TaskCheckbox>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
