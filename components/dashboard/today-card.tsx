import { InlineMarkdown } from "@/components/inline-markdown";
import { TaskCheckbox } from "@/components/task-checkbox";
import { Card } from "@/components/ui/card";
import type { DashboardTask } from "@/lib/server/data/dashboard";

/** Today's tasks, to tick from the dashboard. */
export function TodayCard({ tasks, hasCurrentWeek }: { tasks: DashboardTask[]; hasCurrentWeek: boolean }) {
  return (
    <Card heading="Today" headingId="today-title" className="lg:col-span-2">
      {tasks.length === 0 ? (
        <p className="mt-2 text-slate-600">
          Nothing planned for today. {hasCurrentWeek ? "Plan it on your week page." : ""}
        </p>
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
