import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listModules } from "@/lib/server/data/modules";
import { requireRole } from "@/lib/server/data/session";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("modules"))("title") };
}

const STATE = {
  done: { message: "state.done", className: "bg-emerald-50 text-emerald-800 border-emerald-300", icon: "✓" },
  planned: { message: "state.planned", className: "bg-sky-50 text-sky-800 border-sky-300", icon: "…" },
  "not-planned": { message: "state.notPlanned", className: "bg-white text-slate-500 border-slate-200", icon: "○" },
} as const;

export default async function ModulesPage() {
  const viewer = await requireRole("INTERN", "MENTOR", "ADMIN");
  const modules = await listModules(viewer);
  const t = await getTranslations("modules");
  const weeks = [...new Set(modules.map((m) => m.curriculumWeek))];
  const done = modules.filter((m) => m.state === "done").length;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={viewer.role === "INTERN" ? t("introIntern", { done, total: modules.length }) : t("intro")}
      />
      {modules.length === 0 ? (
        <Card>
          <p>{t("empty")}</p>
        </Card>
      ) : null}
      {weeks.map((week) => (
        <Card key={week} aria-labelledby={`week-${week}`}>
          <h2 id={`week-${week}`} className="text-lg font-semibold">
            {t("week", { number: week })}
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
                      {t(STATE[m.state].message)}
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
