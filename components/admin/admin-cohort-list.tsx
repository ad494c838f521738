import { Card } from "@/components/ui/card";
import { CohortCardFrame } from "@/components/cohort/cohort-card";
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
          <CohortCardFrame
            cohort={cohort}
            summary={`Starts ${shortDate(cohort.startDate, true)} · ${cohort.weekCount} weeks`}
          >
            <People title="Mentors" people={cohort.mentors} empty="No mentor yet." />
            <People title="Interns" people={cohort.interns} empty="No interns yet." />
          </CohortCardFrame>
        </li>
      ))}
    </ul>
  );
}

function People({ title, people, empty }: { title: string; people: AdminPerson[]; empty: string }) {
  return (
    <div>
      <h4 className="text-sm font-medium">
        {title} ({people.length})
      </h4>
      {people.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : <PersonList people={people} />}
    </div>
  );
}

function PersonList({ people }: { people: AdminPerson[] }) {
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
