import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/locale-switch";
import { NotificationBell } from "@/components/notifications/bell";
import { unreadNotificationCount } from "@/lib/server/data/notifications/inbox";
import { getViewer } from "@/lib/server/data/session";
import { signOutEverywhere } from "@/lib/server/actions/session";
import { RoleName } from "@/components/ui/status-badge";

export async function AppHeader() {
  const [viewer, t, app, program] = await Promise.all([
    getViewer(),
    getTranslations("shell"),
    getTranslations("common.app"),
    getTranslations("program"),
  ]);
  const unread = viewer?.role ? await unreadNotificationCount(viewer) : null;
  const links =
    viewer?.role === "INTERN"
      ? [
          { href: "/", label: t("nav.dashboard") },
          { href: "/import", label: t("nav.importExport") },
          { href: "/modules", label: t("nav.modules") },
        ]
      : viewer?.role
        ? [
            { href: "/cohorts", label: t("nav.cohorts") },
            { href: "/reviews", label: t("nav.reviews") },
            { href: "/modules", label: t("nav.modules") },
            ...(viewer.role === "ADMIN"
              ? [
                  { href: "/program", label: program("nav") },
                  { href: "/admin", label: t("nav.admin") },
                ]
              : []),
          ]
        : [];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex min-h-14 w-full max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
            {app("name").charAt(0)}
          </span>
          {app("name")}
        </Link>
        {viewer ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-x-3">
              {links.map((link) => (
                <Link
                  key={link.href}
                  href={link.href}
                  className="rounded px-1 py-1 text-slate-700 hover:text-brand-700"
                >
                  {link.label}
                </Link>
              ))}
            </nav>
            <span className="text-slate-500" data-testid="signed-in-as">
              {viewer.name}
              {viewer.role ? (
                <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                  <RoleName role={viewer.role} />
                </span>
              ) : null}
            </span>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              {unread !== null ? <NotificationBell initialCount={unread} /> : null}
              <Link href="/settings" className="rounded px-1 py-1 text-slate-700 hover:text-brand-700">
                {t("nav.settings")}
              </Link>
              <LocaleSwitch id="header-locale" />
              <form action={signOutEverywhere}>
                <button type="submit" className="rounded px-1 py-1 text-slate-700 underline-offset-2 hover:underline">
                  {t("signOut")}
                </button>
              </form>
            </div>
          </div>
        ) : null}
      </div>
    </header>
  );
}
