import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { InlineMarkdown } from "@/components/inline-markdown";
import { LiveOverdueTitle } from "@/components/live-progress";
import { TaskCheckbox } from "@/components/task-checkbox";
import { Card } from "@/components/ui/card";
import { shortDate } from "@/lib/worklog/dates";
import type { DashboardTask } from "@/lib/server/data/dashboard";

/** Tasks of past days not done yet, each with a link to its week. */
export async function OverdueCard({ count, tasks }: { count: number; tasks: DashboardTask[] }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.overdue"), getLocale()]);
  return (
    <Card
      heading={<LiveOverdueTitle count={count} listed={tasks.map((task) => task.id)} />}
      headingId="overdue-title"
      headingClassName="text-lg font-semibold text-amber-900"
      className="border-amber-300 bg-amber-50/40"
    >
      <ul className="mt-3 space-y-2">
        {tasks.map((task) => {
          const where = { number: task.weekNumber, day: task.dayLabel };
          return (
            <li key={task.id}>
              <TaskCheckbox taskId={task.id} done={task.done} disabled={!task.editable}>
                <InlineMarkdown text={task.text} />{" "}
                <Link href={`/weeks/${task.weekId}`} className="text-xs text-slate-500 underline">
                  {task.endDate
                    ? t("whereDue", { ...where, date: shortDate(task.endDate, false, locale) })
                    : t("where", where)}
                </Link>
              </TaskCheckbox>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
