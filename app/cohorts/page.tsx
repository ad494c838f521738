import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { listCohorts } from "@/lib/server/data/cohorts";
import { requireRole } from "@/lib/server/data/session";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const viewer = await requireRole("MENTOR", "ADMIN");
  const cohorts = await listCohorts(viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Cohorts</h1>
      {cohorts.length === 0 ? (
        <Card>
          <p className="text-slate-700">You do not mentor a cohort yet. An admin can add you to one.</p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <Card>
                <h2 className="font-medium">{cohort.name}</h2>
                <p className="text-sm text-slate-600">
                  {cohort.internCount} interns · {cohort.waitingForReview} waiting for review
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
