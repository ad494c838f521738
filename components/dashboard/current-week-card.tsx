import Link from "next/link";
import { LiveProgressBar } from "@/components/live-progress";
import { Card } from "@/components/ui/card";
import type { InternDashboard } from "@/lib/server/data/dashboard";

/** The week that contains today: its progress, and each day's (today's in bold). */
export function CurrentWeekCard({ week, today }: { week: InternDashboard["currentWeek"]; today: string }) {
  return (
    <Card
      headingId="current-title"
      heading={
        week ? (
          <Link href={`/weeks/${week.id}`} className="hover:underline">
            This week: week {week.number}
          </Link>
        ) : (
          "This week"
        )
      }
    >
      {week ? (
        <div className="mt-3 space-y-3">
          <LiveProgressBar scope={{ week: week.id }} progress={week.progress} label={`Week ${week.number} progress`} />
          <ul className="space-y-1.5" aria-label="Progress by day">
            {week.days.map((day) => (
              <li
                key={day.id}
                className={`grid grid-cols-[3.5rem_1fr] items-center gap-2 text-sm ${day.startDate === today ? "font-semibold" : ""}`}
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
  );
}
