import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/server/data/errors";
import { requireRole } from "@/lib/server/data/session";
import { getWeek } from "@/lib/server/data/weeks";

export const metadata: Metadata = { title: "Week" };

export default async function WeekPage({ params }: PageProps<"/weeks/[weekId]">) {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const { weekId } = await params;
  const week = await getWeek(viewer, weekId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-slate-500">{week.intern.name}</p>
        <h1 className="text-2xl font-semibold tracking-tight">Week {week.number}</h1>
        <p className="text-sm text-slate-600">
          {week.progress.done}/{week.progress.total} tasks done
        </p>
      </header>
      {week.days.map((day) => (
        <section key={day.id} aria-label={day.label}>
          <h2 className="font-medium">{day.label}</h2>
          <ul className="list-disc pl-5">
            {day.tasks.map((task) => (
              <li key={task.id}>{task.text}</li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
