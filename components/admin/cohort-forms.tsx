"use client";

import { addPersonAction, createCohortAction, moveInternAction } from "@/lib/server/actions/admin";
import { ADMIN_LIMITS } from "@/lib/schemas/admin";
import { AdminForm, Field, WeekNumberInput } from "./admin-form";

export interface CohortOption {
  id: string;
  name: string;
  interns: { id: string; name: string; email: string }[];
}

export function CreateCohortForm({ defaultStartDate }: { defaultStartDate: string }) {
  return (
    <AdminForm
      action={createCohortAction}
      submitLabel="Create cohort"
      pendingLabel="Creating…"
      successMessage={() => "Cohort created."}
    >
      {(field) => (
        <>
          <Field field={field} name="name" label="Name">
            <input
              {...field.control("name")}
              required
              maxLength={ADMIN_LIMITS.cohortName}
              placeholder="FCJ Cloud Internship — Spring 2027"
            />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field field={field} name="startDate" label="Start date" hint="Week 1 starts on this day.">
              <input {...field.control("startDate")} type="date" required defaultValue={defaultStartDate} />
            </Field>
            <Field field={field} name="weekCount" label="Weeks">
              <WeekNumberInput control={field.control("weekCount")} defaultValue={12} />
            </Field>
          </div>
        </>
      )}
    </AdminForm>
  );
}

export function AddPersonForm({ cohorts }: { cohorts: CohortOption[] }) {
  return (
    <AdminForm
      action={addPersonAction}
      submitLabel="Add to cohort"
      pendingLabel="Adding…"
      successMessage={(data) =>
        data?.created
          ? "Added. They can sign in with this email; their account is waiting for them."
          : "Added to the cohort."
      }
    >
      {(field) => (
        <>
          <Field field={field} name="email" label="Email" hint="The address they sign in with.">
            <input
              {...field.control("email")}
              type="email"
              autoComplete="off"
              required
              placeholder="an.nguyen@example.com"
            />
          </Field>
          <Field field={field} name="name" label="Name (if new)" hint="Replaced by the name from their sign-in.">
            <input {...field.control("name")} maxLength={ADMIN_LIMITS.personName} autoComplete="off" />
          </Field>
          <div className="grid gap-3 sm:grid-cols-2">
            <fieldset>
              <legend className="text-sm font-medium">Role</legend>
              <div className="mt-1 flex gap-4">
                <label className="flex min-h-10 items-center gap-2">
                  <input type="radio" name="role" value="INTERN" defaultChecked className="size-4 accent-brand-600" />{" "}
                  Intern
                </label>
                <label className="flex min-h-10 items-center gap-2">
                  <input type="radio" name="role" value="MENTOR" className="size-4 accent-brand-600" /> Mentor
                </label>
              </div>
            </fieldset>
            <Field field={field} name="cohortId" label="Cohort">
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
  return (
    <AdminForm
      action={moveInternAction}
      submitLabel="Move intern"
      pendingLabel="Moving…"
      successMessage={(data) => `Moved, with ${data?.movedWeeks ?? 0} week${data?.movedWeeks === 1 ? "" : "s"}.`}
    >
      {(field) => (
        <>
          <Field field={field} name="internId" label="Intern">
            <select {...field.control("internId")} required defaultValue="">
              <option value="" disabled>
                Choose an intern
              </option>
              {cohorts
                .filter((c) => c.interns.length > 0)
                .map((c) => (
                  <optgroup key={c.id} label={c.name}>
                    {c.interns.map((i) => (
                      <option key={i.id} value={i.id}>
                        {i.name} ({i.email})
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </Field>
          <Field
            field={field}
            name="cohortId"
            label="Move to"
            hint="Their weeks go with them: the new cohort's mentors see them, the old cohort's no longer."
          >
            <select {...field.control("cohortId")} required defaultValue="">
              <option value="" disabled>
                Choose a cohort
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
