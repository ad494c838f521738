"use client";

import { useState } from "react";
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
  return (
    <AdminForm
      action={saveModuleAction}
      submitLabel={module ? "Save module" : "Add module"}
      pendingLabel="Saving…"
      successMessage={() => (module ? "Module saved." : "Module added.")}
      resetOnSuccess={!module}
    >
      {(field) => (
        <>
          {module ? <input type="hidden" name="id" value={module.id} /> : null}
          <div className="grid gap-3 sm:grid-cols-[8rem_8rem_1fr]">
            <Field field={field} name="code" label="Code" hint="Like 05-03.">
              <input
                {...field.control("code")}
                required
                pattern="\d{2}-\d{2}"
                defaultValue={module?.code}
                placeholder="05-03"
              />
            </Field>
            <Field field={field} name="curriculumWeek" label="Week">
              <WeekNumberInput control={field.control("curriculumWeek")} defaultValue={module?.curriculumWeek} />
            </Field>
            <Field field={field} name="title" label="Title">
              <input
                {...field.control("title")}
                required
                maxLength={ADMIN_LIMITS.moduleTitle}
                defaultValue={module?.title}
              />
            </Field>
          </div>
          <Field field={field} name="referenceUrl" label="Reference URL (optional)">
            <input
              {...field.control("referenceUrl")}
              type="url"
              maxLength={ADMIN_LIMITS.url}
              defaultValue={module?.referenceUrl ?? ""}
              placeholder="https://"
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
  const [editing, setEditing] = useState(false);
  return (
    <li className="py-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-mono text-sm text-slate-600">{module.code}</span>
        <span className="min-w-0 flex-1 break-words">{module.title}</span>
        <span className="text-xs text-slate-600">week {module.curriculumWeek}</span>
        <Button aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? "Close" : "Edit"}
          <span className="sr-only"> module {module.code}</span>
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
