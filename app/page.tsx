import { Card } from "@/components/ui/card";

export default function HomePage() {
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-semibold tracking-tight">Your study worklog, week by week</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Tick off each day&apos;s modules, see your progress at a glance, and export the exact Hugo page you publish.
          Mentors review whole cohorts in one grid.
        </p>
      </section>
      <Card>
        <p className="text-slate-700">Sign-in is on its way. Until then, this page shows that Worklog is up.</p>
      </Card>
    </div>
  );
}
