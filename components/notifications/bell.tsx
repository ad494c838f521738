"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** How often the open page asks for the unread count (it also asks on every navigation and when the tab comes back). */
const POLL_MS = 30_000;

/**
 * The header's bell with the unread count. The root layout does not render again on client
 * navigation, so the count is kept current by a cheap request (/api/notifications/unread, one
 * indexed count): on each navigation, every 30 s while the tab is visible, and on focus.
 */
export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations("bell");
  const pathname = usePathname();
  const [fetched, setFetched] = useState<{ count: number; from: number } | null>(null);
  // A new count from the server (the layout rendered again after "mark all read") wins over an older fetch.
  const count = fetched && fetched.from === initialCount ? fetched.count : initialCount;

  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      if (document.visibilityState === "hidden") return;
      try {
        const response = await fetch("/api/notifications/unread", { cache: "no-store", redirect: "error" });
        if (!response.ok) return;
        const body = (await response.json()) as { count?: unknown };
        if (!cancelled && typeof body.count === "number") setFetched({ count: body.count, from: initialCount });
      } catch {
        // Offline or signed out: the count stays as it was.
      }
    };
    void refresh();
    const timer = setInterval(refresh, POLL_MS);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [pathname, initialCount]);

  return (
    <Link
      href="/notifications"
      aria-label={t("unread", { count })}
      data-testid="notification-bell"
      className="relative inline-flex items-center rounded px-1 py-1 text-slate-700 hover:text-brand-700"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {count > 0 ? (
        <span
          data-testid="unread-count"
          className="absolute -right-1.5 -top-1 min-w-5 rounded-full bg-brand-700 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
