import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { listModules } from "@/lib/server/data/modules";
import { requireRole } from "@/lib/server/data/session";

export const metadata: Metadata = { title: "Modules" };

const STATE = {
  done: { label: "Done", className: "bg-emerald-50 text-emerald-800 border-emerald-300", icon: "✓" },
  planned: { label: "In progress", className: "bg-sky-50 text-sky-800 border-sky-300", icon: "…" },
  "not-planned": { label: "Not planned", className: "bg-white text-slate-500 border-slate-200", icon: "○" },
} as const;

export default async function ModulesPage() {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const modules = await listModules(viewer);
  const weeks = [...new Set(modules.map((m) => m.curriculumWeek))];
  const done = modules.filter((m) => m.state === "done").length;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Modules</h1>
        <p className="text-slate-600">
          The curriculum&apos;s module catalogue.
          {viewer.role === "INTERN" ? ` You have done ${done} of ${modules.length}.` : ""}
        </p>
      </header>
      {modules.length === 0 ? (
        <Card>
          <p>The catalogue is empty. An admin can add modules.</p>
        </Card>
      ) : null}
      {weeks.map((week) => (
        <Card key={week} aria-labelledby={`week-${week}`}>
          <h2 id={`week-${week}`} className="text-lg font-semibold">
            Week {week}
          </h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {modules
              .filter((m) => m.curriculumWeek === week)
              .map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                  <span className="font-mono text-sm text-slate-500">{m.code}</span>
                  <span className="min-w-0 flex-1">
                    {m.referenceUrl ? (
                      <a href={m.referenceUrl} className="hover:underline" target="_blank" rel="noopener noreferrer">
                        {m.title}
                      </a>
                    ) : (
                      m.title
                    )}
                  </span>
                  {m.state ? (
                    <span
                      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${STATE[m.state].className}`}
                    >
                      <span aria-hidden>{STATE[m.state].icon}</span>
                      {STATE[m.state].label}
                    </span>
                  ) : null}
                </li>
              ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
