import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A page that only says something and offers the way on: not found, signed out, no access. The
 * words come from the caller (its messages); `action` is the one link that takes the person on.
 */
export function MessagePage({
  eyebrow,
  title,
  children,
  action,
}: {
  eyebrow?: string;
  title: string;
  children: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="mx-auto max-w-md py-12 text-center sm:py-16">
      {eyebrow ? <p className="text-sm font-medium text-brand-700">{eyebrow}</p> : null}
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{title}</h1>
      <div className="mt-2 space-y-2 text-slate-600">{children}</div>
      {action ? (
        <Link
          href={action.href}
          className="mt-6 inline-block rounded-lg bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
