import { shortDate } from "@/lib/worklog/dates";
import { describePhase } from "@/lib/worklog/schedule";
import type { InternDashboard } from "@/lib/server/data/dashboard";

/** The dashboard's title and where the intern stands in their cohort, or that they have none yet. */
export function DashboardHeader({ cohort, today }: Pick<InternDashboard, "cohort" | "today">) {
  return (
    <header>
      <h1 className="text-2xl font-semibold tracking-tight">Your worklog</h1>
      <p className="text-slate-600">
        {cohort ? (
          <>
            {cohort.name} · {describePhase(cohort.phase)} · today is {shortDate(today, true)}
          </>
        ) : (
          "You are not in a cohort yet. Ask your program admin to add you."
        )}
      </p>
    </header>
  );
}
