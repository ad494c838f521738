import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { nextWeekChoices } from "@/lib/server/data/dashboard";
import { requireRole } from "@/lib/server/data/session";
import { NewWeekForm } from "@/components/week/new-week-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "New week" };

export default async function NewWeekPage({ searchParams }: PageProps<"/weeks/new">) {
  const viewer = await requireRole("INTERN");
  const choices = await nextWeekChoices(viewer);
  const asked = Number((await searchParams).number);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <Breadcrumb trail={[{ href: "/", label: "Dashboard" }]} current="New week" />
      <h1 className="text-2xl font-semibold tracking-tight">New week</h1>
      {!choices ? (
        <Card>
          <p>You are not in a cohort yet, so weeks have no dates. Ask your program admin to add you to your cohort.</p>
        </Card>
      ) : choices.suggested === null ? (
        <Card>
          <p>You already have a page for every week of your cohort.</p>
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
  );
}
