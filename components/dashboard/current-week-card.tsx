import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveMarkupBars } from "@/components/live-progress";
import { Card } from "@/components/ui/card";
import { TextMarkup } from "@/components/ui/kept-table";
import type { InternDashboard } from "@/lib/server/data/dashboard";
import { currentWeekHtml } from "./current-week-html";

/** The week that contains today: its progress, and each day's (today's in bold: current-week-html.ts). */
export async function CurrentWeekCard({ week, today }: { week: InternDashboard["currentWeek"]; today: string }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.thisWeek"), getLocale()]);
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
        <LiveMarkupBars>
          <TextMarkup markup={await currentWeekHtml(week, today, locale)} />
        </LiveMarkupBars>
      ) : (
        <p className="mt-2 text-slate-600">{t("noPage")}</p>
      )}
    </Card>
  );
}
