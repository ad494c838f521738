"use client";

import { useEffect, useId, useRef, useState } from "react";
import { FormMessage, inputClass } from "@/components/ui/form";
import { useAction, type ServerAction } from "@/components/ui/use-action";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ADMIN_LIMITS } from "@/lib/schemas/admin";
import { Label } from "@/components/ui/label";

export interface FieldHelpers {
  /** Props for the input, select or textarea named `name`: id, name, error state and description. */
  control: (name: string) => {
    id: string;
    name: string;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    className: string;
  };
  error: (name: string) => string | undefined;
  errorId: (name: string) => string;
  id: (name: string) => string;
}

/**
 * An admin form: sends its fields to a server action, shows field errors next to the fields (and
 * moves focus to the first one), a message when it worked, and keeps what was typed when it did not.
 */
export function AdminForm<T>({
  action,
  submitLabel,
  pendingLabel,
  successMessage,
  resetOnSuccess = true,
  className = "",
  children,
}: {
  /** Gets the form's fields as they are; its schema coerces and checks them. */
  action: ServerAction<FormData, T>;
  submitLabel: string;
  pendingLabel: string;
  successMessage: (data: T | undefined) => string;
  resetOnSuccess?: boolean;
  className?: string;
  children: (field: FieldHelpers) => React.ReactNode;
}) {
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { run, pending, result, fieldError, formError } = useAction(action);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (result && !result.ok && result.fieldErrors) {
      formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    }
  }, [result]);

  const helpers = fieldHelpers(prefix, fieldError);
  // A form-level message only when no field says what is wrong (every field error is shown by its field).
  const showFormError = Boolean(result && !result.ok && !result.fieldErrors);

  return (
    <form
      ref={formRef}
      noValidate
      className={`space-y-3 ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        setMessage(null);
        run(new FormData(form), {
          onSuccess: (data) => {
            setMessage(successMessage(data));
            if (resetOnSuccess) form.reset();
          },
        });
      }}
    >
      {children(helpers)}
      {showFormError ? <FormMessage message={formError} /> : null}
      {message ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          {message}
        </p>
      ) : null}
      <AdminSubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}

/** The helpers for the fields of the form whose ids start with `prefix`, showing `fieldError`'s errors. */
function fieldHelpers(prefix: string, fieldError: (name: string) => string | undefined): FieldHelpers {
  return {
    id: (name) => `${prefix}-${name}`,
    errorId: (name) => `${prefix}-${name}-error`,
    error: (name) => fieldError(name),
    control: (name) => ({
      id: `${prefix}-${name}`,
      name,
      "aria-invalid": Boolean(fieldError(name)),
      "aria-describedby": fieldError(name) ? `${prefix}-${name}-error` : undefined,
      className: inputClass,
    }),
  };
}

/** The form's submit button: a spinner and `pendingLabel` while the action runs. */
function AdminSubmitButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  // The form is sent by script (AdminForm's onSubmit): before the page's scripts run, a click would
  // send it as a plain GET of this page, with what was typed in its address, and lose it.
  const hydrated = useHydrated();
  const disabled = pending || !hydrated;
  return (
    <button
      type="submit"
      disabled={disabled}
      aria-disabled={disabled}
      className="inline-flex min-h-10 items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {pending ? (
        <span className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden />
      ) : null}
      {pending ? pendingLabel : label}
    </button>
  );
}

/** A label, a control and its error, wired together. */
export function Field({
  field,
  name,
  label,
  hint,
  children,
}: {
  field: FieldHelpers;
  name: string;
  label: string;
  hint?: string;
  children: React.ReactNode;
}) {
  const error = field.error(name);
  return (
    <div>
      <Label htmlFor={field.id(name)}>{label}</Label>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {children}
      {error ? (
        <p id={field.errorId(name)} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A count of curriculum weeks (a module's week, a cohort's length): a whole number up to the longest program. */
export function WeekNumberInput({
  control,
  defaultValue,
}: {
  control: ReturnType<FieldHelpers["control"]>;
  defaultValue: number | undefined;
}) {
  return (
    <input
      {...control}
      type="number"
      inputMode="numeric"
      min={1}
      max={ADMIN_LIMITS.weeks}
      required
      defaultValue={defaultValue}
    />
  );
}
