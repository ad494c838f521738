import type { Metadata } from "next";
import Link from "next/link";
import { AddPersonForm, CreateCohortForm, MoveInternForm } from "@/components/admin/cohort-forms";
import { ModuleListItem, NewModuleForm } from "@/components/admin/module-editor";
import { Card } from "@/components/ui/card";
import { shortDate } from "@/lib/format";
import { getAdminOverview, type AdminPerson } from "@/lib/server/data/admin";
import { requireRole } from "@/lib/server/data/session";
import { programToday } from "@/lib/server/today";
import { addDaysIso, mondayOf } from "@/lib/worklog/dates";

export const metadata: Metadata = { title: "Admin" };

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

export default async function AdminPage() {
  const viewer = await requireRole("ADMIN");
  const overview = await getAdminOverview(viewer);
  const nextMonday = addDaysIso(mondayOf(programToday()), 7);
  const cohortOptions = overview.cohorts.map((c) => ({ id: c.id, name: c.name, interns: c.interns }));
  const moduleWeeks = [...new Set(overview.modules.map((m) => m.curriculumWeek))];
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Admin</h1>
        <p className="text-slate-600">
          Cohorts, their interns and mentors, and the module catalogue. Every change is recorded in the audit trail.
        </p>
      </header>

      <section aria-labelledby="cohorts-title" className="space-y-3">
        <h2 id="cohorts-title" className="text-lg font-semibold">
          Cohorts
        </h2>
        {overview.cohorts.length === 0 ? (
          <Card>
            <p className="text-slate-700">No cohorts yet. Create the first one below.</p>
          </Card>
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {overview.cohorts.map((cohort) => (
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
        )}
        <div className="grid gap-3 lg:grid-cols-3">
          <Card aria-labelledby="new-cohort-title">
            <h3 id="new-cohort-title" className="mb-2 font-semibold">
              New cohort
            </h3>
            <CreateCohortForm defaultStartDate={nextMonday} />
          </Card>
          <Card aria-labelledby="add-person-title">
            <h3 id="add-person-title" className="mb-2 font-semibold">
              Add an intern or a mentor
            </h3>
            {overview.cohorts.length === 0 ? (
              <p className="text-sm text-slate-600">Create a cohort first.</p>
            ) : (
              <AddPersonForm cohorts={cohortOptions} />
            )}
          </Card>
          <Card aria-labelledby="move-title">
            <h3 id="move-title" className="mb-2 font-semibold">
              Move an intern
            </h3>
            {overview.cohorts.length < 2 || overview.cohorts.every((c) => c.interns.length === 0) ? (
              <p className="text-sm text-slate-600">Needs two cohorts and an intern in one of them.</p>
            ) : (
              <MoveInternForm cohorts={cohortOptions} />
            )}
          </Card>
        </div>
      </section>

      <section aria-labelledby="modules-title" className="space-y-3">
        <h2 id="modules-title" className="text-lg font-semibold">
          Module catalogue{" "}
          <span className="text-sm font-normal text-slate-600">· {overview.modules.length} modules</span>
        </h2>
        <Card aria-labelledby="new-module-title">
          <h3 id="new-module-title" className="mb-2 font-semibold">
            Add a module
          </h3>
          <NewModuleForm />
        </Card>
        {overview.modules.length === 0 ? (
          <Card>
            <p className="text-slate-700">The catalogue is empty.</p>
          </Card>
        ) : (
          moduleWeeks.map((week) => (
            <Card key={week} aria-labelledby={`modules-week-${week}`}>
              <h3 id={`modules-week-${week}`} className="font-semibold">
                Curriculum week {week}
              </h3>
              <ul className="divide-y divide-slate-100">
                {overview.modules
                  .filter((m) => m.curriculumWeek === week)
                  .map((m) => (
                    <ModuleListItem key={m.id} module={m} />
                  ))}
              </ul>
            </Card>
          ))
        )}
      </section>
    </div>
  );
}
