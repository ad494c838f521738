import Link from "next/link";
import type { ReactNode } from "react";

/** A page's title, the sentence under it, and what else belongs there (a link, a button on the right). */
export function PageHeader({
  title,
  intro,
  aside,
  link,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  /** Shown beside the title on a wide screen, under it on a phone. */
  aside?: ReactNode;
  /** A page it leads on to, under the intro. */
  link?: { href: string; label: string };
  /** More lines under the intro. */
  children?: ReactNode;
}) {
  const text = (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {intro ? <p className="text-slate-600">{intro}</p> : null}
      {link ? (
        <p className="mt-1 text-sm">
          <Link href={link.href} className="font-medium text-brand-800 underline underline-offset-2">
            {link.label}
          </Link>
        </p>
      ) : null}
      {children}
    </>
  );
  if (!aside) return <header>{text}</header>;
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div>{text}</div>
      {aside}
    </header>
  );
}
