import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { nextWeekChoices } from "@/lib/server/data/dashboard";
import { requireRole } from "@/lib/server/data/session";
import { NewWeekForm } from "@/components/week/new-week-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("week.new"))("title") };
}

export default async function NewWeekPage({ searchParams }: PageProps<"/weeks/new">) {
  const viewer = await requireRole("INTERN");
  const choices = await nextWeekChoices(viewer);
  const asked = Number((await searchParams).number);
  const t = await getTranslations("week.new");
  return (
    <ClientMessages page="newWeek">
      <div className="mx-auto max-w-xl space-y-4">
        <Breadcrumb trail={[{ href: "/", label: t("dashboard") }]} current={t("title")} />
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        {!choices ? (
          <Card>
            <p>{t("noCohort")}</p>
          </Card>
        ) : choices.suggested === null ? (
          <Card>
            <p>{t("allTaken")}</p>
          </Card>
        ) : (
          <Card>
            <NewWeekForm
              numbers={choices.numbers}
              initialNumber={choices.numbers.some((n) => n.number === asked && !n.taken) ? asked : choices.suggested}
            />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}
