import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/server/data/session";
import { listWeeksOfIntern } from "@/lib/server/data/weeks";

export default async function HomePage() {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  if (viewer.role !== "INTERN") redirect("/cohorts");
  const weeks = await listWeeksOfIntern(viewer, viewer.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Your worklog</h1>
      {weeks.length === 0 ? (
        <Card>
          <p className="text-slate-700">No weeks yet.</p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {weeks.map((week) => (
            <li key={week.id}>
              <Link href={`/weeks/${week.id}`} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-500">
                <span className="font-medium">Week {week.number}</span>
                <span className="ml-2 text-sm text-slate-500">
                  {week.progress.done}/{week.progress.total} tasks
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
