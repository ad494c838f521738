import type { ReactNode } from "react";

/** A page's section under its own h2, named by it for assistive technology (`aria-labelledby`). */
export function Section({
  headingId,
  heading,
  className = "space-y-3",
  children,
}: {
  /** The heading's id: links may point at it (`/admin#people-title`). */
  headingId: string;
  heading: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
