"use client";

import { useTranslations } from "next-intl";
import { addPersonAction, createCohortAction, moveInternAction } from "@/lib/server/actions/admin";
import { ADMIN_LIMITS } from "@/lib/schemas/admin";
import { AdminForm, Field, WeekNumberInput } from "./admin-form";

export interface CohortOption {
  id: string;
  name: string;
  interns: { id: string; name: string; email: string }[];
}

export function CreateCohortForm({ defaultStartDate }: { defaultStartDate: string }) {
  const t = useTranslations("adminForms.cohort");
  return (
    <AdminForm
      action={createCohortAction}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      successMessage={() => t("done")}
    >
      {(field) => (
        <>
          <Field field={field} name="name" label={t("name")}>
            <input
              {...field.control("name")}
              required
              maxLength={ADMIN_LIMITS.cohortName}
              placeholder={t("namePlaceholder")}
            />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field field={field} name="startDate" label={t("startDate")} hint={t("startDateHint")}>
              <input {...field.control("startDate")} type="date" required defaultValue={defaultStartDate} />
            </Field>
            <Field field={field} name="weekCount" label={t("weeks")}>
              <WeekNumberInput control={field.control("weekCount")} defaultValue={12} />
            </Field>
          </div>
        </>
      )}
    </AdminForm>
  );
}

export function AddPersonForm({ cohorts }: { cohorts: CohortOption[] }) {
  const t = useTranslations("adminForms.person");
  return (
    <AdminForm
      action={addPersonAction}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      successMessage={(data) => (data?.created ? t("created") : t("added"))}
    >
      {(field) => (
        <>
          <Field field={field} name="email" label={t("email")} hint={t("emailHint")}>
            <input
              {...field.control("email")}
              type="email"
              autoComplete="off"
              required
              placeholder={t("emailPlaceholder")}
            />
          </Field>
          <Field field={field} name="name" label={t("name")} hint={t("nameHint")}>
            <input {...field.control("name")} maxLength={ADMIN_LIMITS.personName} autoComplete="off" />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <fieldset>
              <legend className="text-sm font-medium">{t("role")}</legend>
              <div className="mt-1 flex gap-4">
                <label className="flex min-h-10 items-center gap-2">
                  <input type="radio" name="role" value="INTERN" defaultChecked className="size-4 accent-brand-600" />{" "}
                  {t("intern")}
                </label>
                <label className="flex min-h-10 items-center gap-2">
                  <input type="radio" name="role" value="MENTOR" className="size-4 accent-brand-600" /> {t("mentor")}
                </label>
              </div>
            </fieldset>
            <Field field={field} name="cohortId" label={t("cohort")}>
              <select {...field.control("cohortId")} required defaultValue={cohorts[0]?.id}>
                <CohortOptions cohorts={cohorts} />
              </select>
            </Field>
          </div>
        </>
      )}
    </AdminForm>
  );
}

export function MoveInternForm({ cohorts }: { cohorts: CohortOption[] }) {
  const t = useTranslations("adminForms.move");
  return (
    <AdminForm
      action={moveInternAction}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      successMessage={(data) => t("done", { weeks: data?.movedWeeks ?? 0 })}
    >
      {(field) => (
        <>
          <Field field={field} name="internId" label={t("intern")}>
            <select {...field.control("internId")} required defaultValue="">
              <option value="" disabled>
                {t("chooseIntern")}
              </option>
              {cohorts
                .filter((c) => c.interns.length > 0)
                .map((c) => (
                  <optgroup key={c.id} label={c.name}>
                    {c.interns.map((i) => (
                      <option key={i.id} value={i.id}>
                        {t("internOption", { name: i.name, email: i.email })}
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </Field>
          <Field field={field} name="cohortId" label={t("to")} hint={t("toHint")}>
            <select {...field.control("cohortId")} required defaultValue="">
              <option value="" disabled>
                {t("chooseCohort")}
              </option>
              <CohortOptions cohorts={cohorts} />
            </select>
          </Field>
        </>
      )}
    </AdminForm>
  );
}

function CohortOptions({ cohorts }: { cohorts: CohortOption[] }) {
  return cohorts.map((c) => (
    <option key={c.id} value={c.id}>
      {c.name}
    </option>
  ));
}
