// Every message of the interface, by language and namespace (one JSON file a namespace under
// messages/<language>/). English is the reference: its shape is the type every language must match
// (tests/unit/i18n/messages.test.ts checks that each key exists in both and is used).
import enCharts from "@/messages/en/charts.json";
import enCohorts from "@/messages/en/cohorts.json";
import enCommon from "@/messages/en/common.json";
import enErrors from "@/messages/en/errors.json";
import enGrid from "@/messages/en/grid.json";
import enGridTable from "@/messages/en/gridTable.json";
import enImportProblems from "@/messages/en/import-problems.json";
import enReviews from "@/messages/en/reviews.json";
import enSettings from "@/messages/en/settings.json";
import enValidation from "@/messages/en/validation.json";
import viCharts from "@/messages/vi/charts.json";
import viCohorts from "@/messages/vi/cohorts.json";
import viCommon from "@/messages/vi/common.json";
import viErrors from "@/messages/vi/errors.json";
import viGrid from "@/messages/vi/grid.json";
import viGridTable from "@/messages/vi/gridTable.json";
import viImportProblems from "@/messages/vi/import-problems.json";
import viReviews from "@/messages/vi/reviews.json";
import viSettings from "@/messages/vi/settings.json";
import viValidation from "@/messages/vi/validation.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  errors: enErrors,
  importProblems: enImportProblems,
  settings: enSettings,
  validation: enValidation,
  cohorts: enCohorts,
  grid: enGrid,
  gridTable: enGridTable,
  charts: enCharts,
  reviews: enReviews,
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
    cohorts: viCohorts,
    grid: viGrid,
    gridTable: viGridTable,
    charts: viCharts,
    reviews: viReviews,
  },
};

/**
 * The namespaces client components read: only these reach the browser (the rest stay on the
 * server, so a page's JavaScript does not grow with every message).
 */
const CLIENT_NAMESPACES = [
  "common",
  "errors",
  "validation",
  // The cohort grid's table and the charts (client components of the cohort page).
  "gridTable",
  "charts",
] as const satisfies readonly (keyof Messages)[];

export function clientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const all = MESSAGES[locale];
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, all[name]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
