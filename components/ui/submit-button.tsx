"use client";

import { useFormStatus } from "react-dom";

/** A form's submit button that says it is working while the action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  className = "",
  variant = "primary",
  ...props
}: React.ComponentProps<"button"> & { pendingLabel?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
    danger: "bg-red-600 text-white hover:bg-red-700",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending || props.disabled}
      aria-disabled={pending || props.disabled}
      className={`inline-flex min-h-10 items-center justify-center gap-2 rounded-lg px-4 py-2 font-medium disabled:opacity-60 ${styles} ${className}`}
      {...props}
    >
      {pending ? (
        <span className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden />
      ) : null}
      {pending ? (pendingLabel ?? children) : children}
    </button>
  );
}
