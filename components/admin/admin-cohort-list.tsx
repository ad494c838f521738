import Link from "next/link";
import { Card } from "@/components/ui/card";
import { shortDate } from "@/lib/worklog/dates";
import type { AdminOverview, AdminPerson } from "@/lib/server/data/admin";

/** Every cohort with its mentors and interns (and who has not signed in yet). */
export function AdminCohortList({ cohorts }: { cohorts: AdminOverview["cohorts"] }) {
  if (cohorts.length === 0) {
    return (
      <Card>
        <p className="text-slate-700">No cohorts yet. Create the first one below.</p>
      </Card>
    );
  }
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {cohorts.map((cohort) => (
        <li key={cohort.id}>
          <Card className="h-full space-y-3">
            <div>
              <h3 className="font-semibold">
                <Link href={`/cohorts/${cohort.id}`} className="text-brand-800 hover:underline">
                  {cohort.name}
                </Link>
              </h3>
              <p className="text-sm text-slate-600">
                Starts {shortDate(cohort.startDate, true)} · {cohort.weekCount} weeks
              </p>
            </div>
            <div>
              <h4 className="text-sm font-medium">Mentors ({cohort.mentors.length})</h4>
              <People people={cohort.mentors} empty="No mentor yet." />
            </div>
            <div>
              <h4 className="text-sm font-medium">Interns ({cohort.interns.length})</h4>
              <People people={cohort.interns} empty="No interns yet." />
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}

function People({ people, empty }: { people: AdminPerson[]; empty: string }) {
  if (people.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-0.5 text-sm">
      {people.map((p) => (
        <li key={p.id} className="break-words">
          {p.name} <span className="text-slate-600">· {p.email}</span>
          {p.signedIn ? null : (
            <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">not signed in yet</span>
          )}
        </li>
      ))}
    </ul>
  );
}
