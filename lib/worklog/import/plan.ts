// Analysed pages against the intern's cohort, weeks and the module catalogue: what importing them
// would create, replace or skip, and why, with each week's preview. Pure: the data layer reads the
// cohort, the weeks and the catalogue, and saves the plan.
import { say } from "@/lib/i18n/said";
import type { ImportMode } from "@/lib/schemas/import";
import { cohortWeekDates, dateRange, type IsoDate } from "../dates";
import { isEditableStatus, type WeekStatus } from "../status";
import type { AnalysedUploads, ImportAction, ImportPreview, ImportWeekPreview, ParsedPage } from "./types";

export interface ImportTarget {
  cohort: { startDate: IsoDate; weekCount: number };
  /** The intern's weeks with the numbers the pages have. */
  existing: { id: string; number: number; status: WeekStatus }[];
  /** Titles of the catalogue modules the pages' tasks name. */
  catalogue: Map<string, string>;
}

export interface PlannedWeek {
  page: ParsedPage;
  action: ImportAction;
  existingId: string | null;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** The week numbers and module codes the pages name: what the data layer reads for the target. */
export function importWants(analysed: AnalysedUploads): { numbers: number[]; codes: string[] } {
  const weeks = analysed.pages.map((page) => page.week);
  const codes = weeks.flatMap((week) => week.days.flatMap((day) => day.tasks.flatMap((task) => task.moduleCodes)));
  return { numbers: weeks.map((week) => week.number), codes: [...new Set(codes)] };
}

export function planImport(
  analysed: AnalysedUploads,
  target: ImportTarget,
  mode: ImportMode,
): { preview: ImportPreview; plan: PlannedWeek[] } {
  const { weekCount } = target.cohort;
  const files = analysed.files.map((file) => ({ ...file }));
  const pages = analysed.pages.filter((page) => {
    if (page.week.number <= weekCount) return true;
    const message = say("importProblems.page.pastCohort", { number: page.week.number, weeks: weekCount });
    Object.assign(files[page.index]!, { status: "error", message });
    return false;
  });
  const existing = new Map(target.existing.map((week) => [week.number, week]));
  const plan = pages.map((page): PlannedWeek => {
    const current = existing.get(page.week.number);
    const action = !current ? "create" : mode === "skip" || !isEditableStatus(current.status) ? "skip" : "replace";
    const dates = cohortWeekDates(target.cohort.startDate, page.week.number);
    return { page, action, existingId: current?.id ?? null, ...dates };
  });
  const weeks = plan.map((item) => {
    const reason = reasonFor(item, existing.get(item.page.week.number)?.status, mode);
    return weekPreview(item, reason, target.catalogue);
  });
  const errors = files.filter((file) => file.status === "error").length;
  const count = (action: ImportAction) => plan.filter((item) => item.action === action).length;
  const counts = { create: count("create"), replace: count("replace"), skip: count("skip"), errors };
  return { preview: { mode, ok: errors === 0, files, weeks, counts }, plan };
}

function reasonFor(item: PlannedWeek, status: WeekStatus | undefined, mode: ImportMode): string | undefined {
  const { number } = item.page.week;
  if (!status) return undefined;
  if (item.action === "replace") {
    return say("importProblems.reason.replaces", { number });
  }
  const values = { number, status: say(`common.statusPhrase.${status}`) };
  return mode === "skip"
    ? say("importProblems.reason.kept", values)
    : say("importProblems.reason.notReplaceable", values);
}

function weekPreview(item: PlannedWeek, reason: string | undefined, catalogue: Map<string, string>): ImportWeekPreview {
  const { page, action, startDate, endDate } = item;
  const { week } = page;
  const weekCodes = [...new Set(week.days.flatMap((day) => day.tasks.flatMap((task) => task.moduleCodes)))].sort();
  return {
    number: week.number,
    fileName: page.name,
    lang: page.lang,
    title: week.frontMatter.title,
    action,
    ...(reason ? { reason } : {}),
    startDate,
    endDate,
    dateFormat: week.layout?.table?.dateFormat ?? null,
    objectives: week.objectives,
    achievements: week.achievements,
    days: week.days.map((day) => ({
      label: day.label,
      startDate: day.startDate ?? null,
      endDate: day.endDate ?? null,
      dateText: day.startText ?? null,
      tasks: day.tasks.map((task) => ({
        text: task.text,
        moduleCodes: task.moduleCodes.filter((code) => catalogue.has(code)),
      })),
    })),
    taskCount: week.days.reduce((n, day) => n + day.tasks.length, 0),
    modules: weekCodes.flatMap((code) => (catalogue.has(code) ? [{ code, title: catalogue.get(code)! }] : [])),
    warnings: [...page.warnings, ...planWarnings(item, weekCodes, catalogue)],
  };
}

function planWarnings(item: PlannedWeek, codes: string[], catalogue: Map<string, string>): string[] {
  const { week } = item.page;
  const warnings = codes
    .filter((code) => !catalogue.has(code))
    .map((code) => say("importProblems.warnings.moduleNotInCatalogue", { code }));
  const dated = week.days
    .flatMap((day) => [day.startDate, day.endDate].filter((date): date is string => Boolean(date)))
    .sort();
  const [first, last] = [dated[0], dated[dated.length - 1]];
  if (first && last && (first < item.startDate || last > item.endDate)) {
    warnings.push(
      say("importProblems.warnings.datesOutsideWeek", {
        pageDates: dateRange(first, last),
        number: week.number,
        weekDates: dateRange(item.startDate, item.endDate),
      }),
    );
  }
  return warnings;
}
