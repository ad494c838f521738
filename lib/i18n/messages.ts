// Every message of the interface, by language and namespace (one JSON file a namespace under
// messages/<language>/). English is the reference: its shape is the type every language must match
// (tests/unit/i18n/messages.test.ts checks that each key exists in both and is used).
import enCommon from "@/messages/en/common.json";
import enErrors from "@/messages/en/errors.json";
import enImportProblems from "@/messages/en/import-problems.json";
import enSettings from "@/messages/en/settings.json";
import enValidation from "@/messages/en/validation.json";
import viCommon from "@/messages/vi/common.json";
import viErrors from "@/messages/vi/errors.json";
import viImportProblems from "@/messages/vi/import-problems.json";
import viSettings from "@/messages/vi/settings.json";
import viValidation from "@/messages/vi/validation.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  errors: enErrors,
  importProblems: enImportProblems,
  settings: enSettings,
  validation: enValidation,
};

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  vi: {
    common: viCommon,
    errors: viErrors,
    importProblems: viImportProblems,
    settings: viSettings,
    validation: viValidation,
  },
};

/**
 * The namespaces client components read: only these reach the browser (the rest stay on the
 * server, so a page's JavaScript does not grow with every message).
 */
const CLIENT_NAMESPACES = ["common", "errors", "validation"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, all[name]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
