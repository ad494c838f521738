import type { ReactNode } from "react";

/** A form field's label: shown above the field, or only to assistive technology (`hidden`). */
export function Label({
  htmlFor,
  hidden = false,
  children,
}: {
  htmlFor: string;
  hidden?: boolean;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className={hidden ? "sr-only" : "text-sm font-medium"}>
      {children}
    </label>
  );
}
