"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { saveModuleAction } from "@/lib/server/actions/admin";
import { Button } from "@/components/ui/form";
import { ADMIN_LIMITS } from "@/lib/schemas/admin";
import { AdminForm, Field, WeekNumberInput } from "./admin-form";

export interface ModuleRow {
  id: string;
  code: string;
  title: string;
  referenceUrl: string | null;
  curriculumWeek: number;
}

function ModuleFields({ module }: { module?: ModuleRow }) {
  const t = useTranslations("adminForms.module");
  return (
    <AdminForm
      action={saveModuleAction}
      submitLabel={module ? t("save") : t("add")}
      pendingLabel={t("pending")}
      successMessage={() => (module ? t("saved") : t("added"))}
      resetOnSuccess={!module}
    >
      {(field) => (
        <>
          {module ? <input type="hidden" name="id" value={module.id} /> : null}
          <div className="grid gap-3 sm:grid-cols-[8rem_8rem_1fr]">
            <Field field={field} name="code" label={t("code")} hint={t("codeHint")}>
              <input
                {...field.control("code")}
                required
                pattern="\d{2}-\d{2}"
                defaultValue={module?.code}
                placeholder={t("codePlaceholder")}
              />
            </Field>
            <Field field={field} name="curriculumWeek" label={t("week")}>
              <WeekNumberInput control={field.control("curriculumWeek")} defaultValue={module?.curriculumWeek} />
            </Field>
            <Field field={field} name="title" label={t("title")}>
              <input
                {...field.control("title")}
                required
                maxLength={ADMIN_LIMITS.moduleTitle}
                defaultValue={module?.title}
              />
            </Field>
          </div>
          <Field field={field} name="referenceUrl" label={t("url")}>
            <input
              {...field.control("referenceUrl")}
              type="url"
              maxLength={ADMIN_LIMITS.url}
              defaultValue={module?.referenceUrl ?? ""}
              placeholder={t("urlPlaceholder")}
            />
          </Field>
        </>
      )}
    </AdminForm>
  );
}

export function NewModuleForm() {
  return <ModuleFields />;
}

/** A catalogue row that opens into its edit form. */
export function ModuleListItem({ module }: { module: ModuleRow }) {
  const t = useTranslations("adminForms.module");
  const [editing, setEditing] = useState(false);
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-mono text-sm text-slate-600">{module.code}</span>
        <span className="min-w-0 flex-1 break-words">{module.title}</span>
        <span className="text-xs text-slate-600">{t("weekOf", { week: module.curriculumWeek })}</span>
        <Button aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t("close") : t("edit")}
          <span className="sr-only"> {t("which", { code: module.code })}</span>
        </Button>
      </div>
      {editing ? (
        <div className="mt-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
          <ModuleFields module={module} />
        </div>
      ) : null}
    </li>
  );
}
