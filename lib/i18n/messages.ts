// Every message of the interface, by language and namespace (one JSON file a namespace under
// messages/<language>/). English is the reference: its shape is the type every language must match
// (tests/unit/i18n/messages.test.ts checks that each key exists in both and is used).
import enCommon from "@/messages/en/common.json";
import enErrors from "@/messages/en/errors.json";
import enSettings from "@/messages/en/settings.json";
import enShell from "@/messages/en/shell.json";
import enAuth from "@/messages/en/auth.json";
import enOutage from "@/messages/en/outage.json";
import enUi from "@/messages/en/ui.json";
import enAdmin from "@/messages/en/admin.json";
import enAdminForms from "@/messages/en/adminForms.json";
import enImport from "@/messages/en/import.json";
import viCommon from "@/messages/vi/common.json";
import viErrors from "@/messages/vi/errors.json";
import viSettings from "@/messages/vi/settings.json";
import viShell from "@/messages/vi/shell.json";
import viAuth from "@/messages/vi/auth.json";
import viOutage from "@/messages/vi/outage.json";
import viUi from "@/messages/vi/ui.json";
import viAdmin from "@/messages/vi/admin.json";
import viAdminForms from "@/messages/vi/adminForms.json";
import viImport from "@/messages/vi/import.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  errors: enErrors,
  settings: enSettings,
  shell: enShell,
  auth: enAuth,
  outage: enOutage,
  ui: enUi,
  admin: enAdmin,
  adminForms: enAdminForms,
  import: enImport,
};

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  vi: {
    common: viCommon,
    errors: viErrors,
    settings: viSettings,
    shell: viShell,
    auth: viAuth,
    outage: viOutage,
    ui: viUi,
    admin: viAdmin,
    adminForms: viAdminForms,
    import: viImport,
  },
};

/**
 * The namespaces client components read: only these reach the browser (the rest stay on the
 * server, so a page's JavaScript does not grow with every message).
 */
const CLIENT_NAMESPACES = [
  "common",
  "errors",
  "ui",
  "adminForms",
  "import",
] as const satisfies readonly (keyof Messages)[];

export function clientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, all[name]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
