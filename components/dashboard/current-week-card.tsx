import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LiveProgressBar } from "@/components/live-progress";
import { Card } from "@/components/ui/card";
import type { InternDashboard } from "@/lib/server/data/dashboard";

/** The week that contains today: its progress, and each day's (today's in bold). */
export async function CurrentWeekCard({ week, today }: { week: InternDashboard["currentWeek"]; today: string }) {
  const t = await getTranslations("dashboard.thisWeek");
  return (
    <Card
      headingId="current-title"
      heading={
        week ? (
          <Link href={`/weeks/${week.id}`} className="hover:underline">
            {t("titleNumbered", { number: week.number })}
          </Link>
        ) : (
          t("title")
        )
      }
    >
      {week ? (
        <div className="mt-3 space-y-3">
          <LiveProgressBar
            scope={{ week: week.id }}
            progress={week.progress}
            label={t("progress", { number: week.number })}
          />
          <ul className="space-y-1.5" aria-label={t("byDay")}>
            {week.days.map((day) => (
              <li
                key={day.id}
                className={`grid grid-cols-[3.5rem_1fr] items-center gap-2 text-sm ${day.startDate === today ? "font-semibold" : ""}`}
              >
                <span>{day.label}</span>
                <LiveProgressBar
                  scope={{ day: day.id }}
                  progress={day.progress}
                  label={t("dayProgress", { day: day.label })}
                  size="sm"
                />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="mt-2 text-slate-600">{t("noPage")}</p>
      )}
    </Card>
  );
}
