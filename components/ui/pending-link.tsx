"use client";

// A link that says it is on its way: while the next page loads (a heavy page, e.g. a grid or a
// heatmap, takes a moment), `pendingText` shows next to the link's words and is announced.
import Link, { useLinkStatus } from "next/link";

function PendingHint({ text }: { text: string }) {
  const { pending } = useLinkStatus();
  return (
    <span aria-live="polite" className="text-xs font-normal text-slate-600">
      {pending ? ` ${text}` : ""}
    </span>
  );
}

export function PendingLink({
  pendingText,
  children,
  ...props
}: React.ComponentProps<typeof Link> & { pendingText: string }) {
  return (
    <Link {...props}>
      {children}
      <PendingHint text={pendingText} />
    </Link>
  );
}
