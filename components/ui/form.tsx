"use client";

import { useHydrated } from "./use-hydrated";

/** Small shared pieces of the week editors. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

export function FormMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}

export function Button({
  variant = "secondary",
  className = "",
  scriptOnly = false,
  disabled,
  ...props
}: React.ComponentProps<"button"> & {
  variant?: "primary" | "secondary" | "ghost" | "danger";
  /**
   * Submits a form that is sent by script alone (no `action`): disabled until the page's scripts run,
   * since a click before them would send the form as a plain GET of the page, losing what was typed.
   */
  scriptOnly?: boolean;
}) {
  const hydrated = useHydrated();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
    ghost: "text-slate-700 hover:bg-slate-100",
    danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
  }[variant];
  return (
    <button
      type="button"
      className={`inline-flex min-h-9 items-center justify-center gap-1 rounded-lg px-3 py-1.5 text-sm font-medium disabled:opacity-50 ${styles} ${className}`}
      disabled={disabled || (scriptOnly && !hydrated)}
      {...props}
    />
  );
}

export const inputClass =
  "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm aria-[invalid=true]:border-red-500";

/** Moves item `index` one place up or down. */
export function move<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A settings form's last line: its save button, "saved" once it is, and what went wrong. */
export function SaveRow({
  pending,
  saved,
  formError,
  words,
  scriptOnly = false,
}: {
  pending: boolean;
  saved: boolean;
  formError?: string | undefined;
  words: { save: string; saved: string };
  /** The form is sent by script alone (Button's scriptOnly). */
  scriptOnly?: boolean;
}) {
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" variant="primary" disabled={pending} scriptOnly={scriptOnly}>
        {words.save}
      </Button>
      {saved ? (
        <span role="status" className="text-sm text-slate-600">
          {words.saved}
        </span>
      ) : null}
      <FormMessage message={formError} />
    </div>
  );
}
