// Every message of the interface, by language and namespace (one JSON file a namespace under
// messages/<language>/). English is the reference: its shape is the type every language must match
// (tests/unit/i18n/messages.test.ts checks that each key exists in both and is used).
import enAdmin from "@/messages/en/admin.json";
import enAdminForms from "@/messages/en/adminForms.json";
import enAssignment from "@/messages/en/assignment.json";
import enAudit from "@/messages/en/audit.json";
import enAuth from "@/messages/en/auth.json";
import enBell from "@/messages/en/bell.json";
import enCharts from "@/messages/en/charts.json";
import enCohorts from "@/messages/en/cohorts.json";
import enCommon from "@/messages/en/common.json";
import enDashboard from "@/messages/en/dashboard.json";
import enErrors from "@/messages/en/errors.json";
import enExtensions from "@/messages/en/extensions.json";
import enGrid from "@/messages/en/grid.json";
import enGridTable from "@/messages/en/gridTable.json";
import enHeatmap from "@/messages/en/heatmap.json";
import enImport from "@/messages/en/import.json";
import enImportProblems from "@/messages/en/import-problems.json";
import enInlineMarkdown from "@/messages/en/inlineMarkdown.json";
import enLive from "@/messages/en/live.json";
import enMarkdown from "@/messages/en/markdown.json";
import enModules from "@/messages/en/modules.json";
import enNotifications from "@/messages/en/notifications.json";
import enOutage from "@/messages/en/outage.json";
import enProgram from "@/messages/en/program.json";
import enReview from "@/messages/en/review.json";
import enReviews from "@/messages/en/reviews.json";
import enRisk from "@/messages/en/risk.json";
import enSettings from "@/messages/en/settings.json";
import enShell from "@/messages/en/shell.json";
import enThreads from "@/messages/en/threads.json";
import enUi from "@/messages/en/ui.json";
import enValidation from "@/messages/en/validation.json";
import enWeek from "@/messages/en/week.json";
import enWeekForms from "@/messages/en/weekForms.json";
import viAdmin from "@/messages/vi/admin.json";
import viAdminForms from "@/messages/vi/adminForms.json";
import viAssignment from "@/messages/vi/assignment.json";
import viAudit from "@/messages/vi/audit.json";
import viAuth from "@/messages/vi/auth.json";
import viBell from "@/messages/vi/bell.json";
import viCharts from "@/messages/vi/charts.json";
import viCohorts from "@/messages/vi/cohorts.json";
import viCommon from "@/messages/vi/common.json";
import viDashboard from "@/messages/vi/dashboard.json";
import viErrors from "@/messages/vi/errors.json";
import viExtensions from "@/messages/vi/extensions.json";
import viGrid from "@/messages/vi/grid.json";
import viGridTable from "@/messages/vi/gridTable.json";
import viHeatmap from "@/messages/vi/heatmap.json";
import viImport from "@/messages/vi/import.json";
import viImportProblems from "@/messages/vi/import-problems.json";
import viInlineMarkdown from "@/messages/vi/inlineMarkdown.json";
import viLive from "@/messages/vi/live.json";
import viMarkdown from "@/messages/vi/markdown.json";
import viModules from "@/messages/vi/modules.json";
import viNotifications from "@/messages/vi/notifications.json";
import viOutage from "@/messages/vi/outage.json";
import viProgram from "@/messages/vi/program.json";
import viReview from "@/messages/vi/review.json";
import viReviews from "@/messages/vi/reviews.json";
import viRisk from "@/messages/vi/risk.json";
import viSettings from "@/messages/vi/settings.json";
import viShell from "@/messages/vi/shell.json";
import viThreads from "@/messages/vi/threads.json";
import viUi from "@/messages/vi/ui.json";
import viValidation from "@/messages/vi/validation.json";
import viWeek from "@/messages/vi/week.json";
import viWeekForms from "@/messages/vi/weekForms.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  errors: enErrors,
  validation: enValidation,
  importProblems: enImportProblems,
  settings: enSettings,
  cohorts: enCohorts,
  grid: enGrid,
  gridTable: enGridTable,
  charts: enCharts,
  reviews: enReviews,
  dashboard: enDashboard,
  week: enWeek,
  audit: enAudit,
  weekForms: enWeekForms,
  markdown: enMarkdown,
  modules: enModules,
  inlineMarkdown: enInlineMarkdown,
  shell: enShell,
  auth: enAuth,
  outage: enOutage,
  ui: enUi,
  admin: enAdmin,
  adminForms: enAdminForms,
  import: enImport,
  heatmap: enHeatmap,
  program: enProgram,
  notifications: enNotifications,
  bell: enBell,
  extensions: enExtensions,
  threads: enThreads,
  assignment: enAssignment,
  risk: enRisk,
  review: enReview,
  live: enLive,
};

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = {
  en,
  vi: {
    common: viCommon,
    errors: viErrors,
    validation: viValidation,
    importProblems: viImportProblems,
    settings: viSettings,
    cohorts: viCohorts,
    grid: viGrid,
    gridTable: viGridTable,
    charts: viCharts,
    reviews: viReviews,
    dashboard: viDashboard,
    week: viWeek,
    audit: viAudit,
    weekForms: viWeekForms,
    markdown: viMarkdown,
    modules: viModules,
    inlineMarkdown: viInlineMarkdown,
    shell: viShell,
    auth: viAuth,
    outage: viOutage,
    ui: viUi,
    admin: viAdmin,
    adminForms: viAdminForms,
    import: viImport,
    heatmap: viHeatmap,
    program: viProgram,
    notifications: viNotifications,
    bell: viBell,
    extensions: viExtensions,
    threads: viThreads,
    assignment: viAssignment,
    risk: viRisk,
    review: viReview,
    live: viLive,
  },
};

/** A part of the messages the browser may be sent: a namespace, or a part of one ("weekForms.overdue"). */
export type ClientMessagePath = keyof Messages | `${keyof Messages}.${string}`;

/**
 * What every page's client components read: the header's language switch and bell, the error page, a failed
 * connection (components/ui/use-action.ts). The root layout sends these; a page that has client
 * components of its own sends theirs as well (components/client-messages.tsx, PAGE_MESSAGES).
 */
export const SHELL_MESSAGES = ["common", "ui", "bell"] as const satisfies readonly ClientMessagePath[];

/**
 * The messages each page's client components read, beyond the shell's: only these reach its
 * browser, so that a page's HTML and JavaScript do not grow with every other page's messages.
 * tests/unit/i18n/client-messages.test.ts checks them against the client components each page renders.
 */
export const PAGE_MESSAGES = {
  dashboard: ["weekForms.saving", "weekForms.overdue", "live"],
  week: ["weekForms", "extensions.form", "threads.form", "review.picker"],
  newWeek: ["weekForms.newWeek"],
  cohort: ["charts", "risk.chart", "review.bulk", "review.picker", "live"],
  import: ["import", "validation", "inlineMarkdown"],
  admin: ["adminForms", "assignment.admin", "risk.settings"],
  reviews: ["review.bulk", "review.picker", "live"],
  savedReplies: ["review.replies"],
} as const satisfies Record<string, readonly ClientMessagePath[]>;

export type ClientPage = keyof typeof PAGE_MESSAGES;

type Tree = { [key: string]: string | Tree };

/** The parts of one language's messages named by `paths`, nested as in the whole (for NextIntlClientProvider). */
export function pickMessages(locale: Locale, paths: readonly ClientMessagePath[]): Partial<Messages> {
  const picked: Tree = {};
  for (const path of paths) {
    const names = path.split(".");
    let from: string | Tree | undefined = MESSAGES[locale] as unknown as Tree;
    let into = picked;
    names.forEach((name, i) => {
      from = typeof from === "object" ? from[name] : undefined;
      if (from === undefined) throw new Error(`No messages at ${path}`);
      if (i === names.length - 1) into[name] = from;
      else into = (into[name] = typeof into[name] === "object" ? into[name] : {}) as Tree;
    });
  }
  return picked as Partial<Messages>;
}
