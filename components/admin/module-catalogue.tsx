import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { AdminOverview } from "@/lib/server/data/admin";
import { ModuleListItem, NewModuleForm } from "./module-editor";
import { Section } from "@/components/ui/section";

/** The module catalogue: a form to add a module, then the modules by curriculum week, each editable. */
export function ModuleCatalogue({ modules }: { modules: AdminOverview["modules"] }) {
  const t = useTranslations("admin.modules");
  const moduleWeeks = [...new Set(modules.map((m) => m.curriculumWeek))];
  return (
    <Section
      headingId="modules-title"
      heading={
        <>
          {t("title")}{" "}
          <span className="text-sm font-normal text-slate-600">{t("count", { count: modules.length })}</span>
        </>
      }
    >
      <Card heading={t("add")} headingId="new-module-title" headingLevel={3}>
        <NewModuleForm />
      </Card>
      {modules.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        moduleWeeks.map((week) => (
          <Card key={week} aria-labelledby={`modules-week-${week}`}>
            <h3 id={`modules-week-${week}`} className="font-semibold">
              {t("week", { week })}
            </h3>
            <ul className="divide-y divide-slate-100">
              {modules
                .filter((m) => m.curriculumWeek === week)
                .map((m) => (
                  <ModuleListItem key={m.id} module={m} />
                ))}
            </ul>
          </Card>
        ))
      )}
    </Section>
  );
}
