import "server-only";
// Worklog pages in and out: one week's Hugo page, the whole worklog as a Hugo content tree, and
// importing pages (preview, then save in one transaction). Shared by the web routes and
// scripts/worklog.ts. Export follows the week's read access; import writes only the viewer's own weeks.
import { strToU8, zipSync } from "fflate";
import type { WeekStatus } from "@/lib/generated/prisma/client";
import { dateRange } from "@/lib/format";
import { importedWeekSchema, type ImportMode } from "@/lib/schemas/import";
import { cohortWeekDates, isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { parseWorklog, renderWorklog, WorklogParseError } from "@/lib/worklog/markdown";
import { readFrontMatter, splitFrontMatter } from "@/lib/worklog/markdown/front-matter";
import type { WorklogLang, WorklogWeek } from "@/lib/worklog/week";
import { db, type Tx } from "../db";
import { log } from "../logger";
import { EDITABLE_STATUSES, findVisibleWeek, internsVisibleTo, isUuid, lockIntern, weeksVisibleTo } from "./access";
import { audit } from "./audit";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";
import { insertWeekContent, loadWeekContent, loadWeeksContent } from "./week-content";
import { lockEditableWeek } from "./week-editing";
import { fileSlug } from "@/lib/worklog/slug";
import { EXPORT_LANGS, pageFileName, sectionPage, sectionPagePath, weekPagePath } from "./worklog-io/hugo-tree";
import { replaceWeekContent } from "./worklog-io/replace-week";
import { unsafeContentIn } from "./worklog-io/safety";
import { baseName, readUploads, type UploadedFile } from "./worklog-io/uploads";

export type { UploadedFile } from "./worklog-io/uploads";

// ---------------------------------------------------------------------------------------------
// Export

export interface WeekExport {
  weekId: string;
  number: number;
  lang: WorklogLang;
  /** `_index.md` or `_index.vi.md`. */
  fileName: string;
  /** Where the page goes in an FCJ site. */
  sitePath: string;
  markdown: string;
  intern: { id: string; name: string };
  cohort: { id: string; name: string };
  own: boolean;
  /** The language of the page this week was imported from: exporting in it gives that page back. */
  importedLang: WorklogLang | null;
}

/** One week's Hugo page, if the viewer may see the week (else NotFoundError, as for the week). */
export async function exportWeek(viewer: Viewer, weekId: string, lang: WorklogLang = "en"): Promise<WeekExport> {
  const week = await findVisibleWeek(viewer, weekId, {
    id: true,
    number: true,
    layout: true,
    intern: { select: { id: true, name: true } },
    cohort: { select: { id: true, name: true } },
  });
  const content = await loadWeekContent(db, week.id);
  return {
    weekId: week.id,
    number: week.number,
    lang,
    fileName: pageFileName(lang),
    sitePath: weekPagePath(week.number, lang),
    markdown: renderWorklog(content, { lang }),
    intern: week.intern,
    cohort: week.cohort,
    own: week.intern.id === viewer.id,
    importedLang: content.layout?.lang ?? null,
  };
}

export interface WorklogExport {
  intern: { id: string; name: string };
  /** Paths from the site root (content/1-Worklog/...), in order. */
  files: { path: string; content: string }[];
}

/**
 * An intern's worklog as a Hugo content tree: the section page and both languages of every week.
 * Interns export their own (no internId); mentors and admins name an intern they may see.
 * `weekNumber` and `langs` narrow it (the command line's --week and --lang); then the section page is left out.
 */
export async function exportWorklog(
  viewer: Viewer,
  options: { internId?: string; weekNumber?: number; langs?: readonly WorklogLang[] } = {},
): Promise<WorklogExport> {
  const internId = options.internId ?? viewer.id;
  const intern = isUuid(internId)
    ? await db.user.findFirst({
        where: { AND: [{ id: internId }, internsVisibleTo(viewer)] },
        select: { id: true, name: true },
      })
    : null;
  if (!intern) throw new NotFoundError("This worklog");
  const weeks = await db.week.findMany({
    where: {
      AND: [
        { internId: intern.id },
        weeksVisibleTo(viewer),
        options.weekNumber === undefined ? {} : { number: options.weekNumber },
      ],
    },
    orderBy: { number: "asc" },
    select: { id: true, number: true },
  });
  if (options.weekNumber !== undefined && weeks.length === 0) throw new NotFoundError(`Week ${options.weekNumber}`);
  const langs = options.langs ?? EXPORT_LANGS;
  const pages: { number: number; lang: WorklogLang; content: string }[] = [];
  for (const content of await loadWeeksContent(
    db,
    weeks.map((w) => w.id),
  )) {
    for (const lang of langs) pages.push({ number: content.number, lang, content: renderWorklog(content, { lang }) });
  }
  const files: WorklogExport["files"] = [];
  if (options.weekNumber === undefined) {
    for (const lang of langs) {
      const titles = pages
        .filter((page) => page.lang === lang)
        .map((page) => ({ number: page.number, title: titleOf(page.content) ?? `Week ${page.number}` }));
      files.push({ path: sectionPagePath(lang), content: sectionPage(titles, lang) });
    }
  }
  for (const page of pages) files.push({ path: weekPagePath(page.number, page.lang), content: page.content });
  return { intern, files };
}

/** The title an exported page carries (the template's in its language, or the page's own). */
function titleOf(page: string): string | undefined {
  const { yaml } = splitFrontMatter(page);
  return yaml === undefined ? undefined : readFrontMatter(yaml).values.title;
}

/** The whole worklog as a zip of its Hugo content tree, ready to unzip at an FCJ site's root. */
export async function exportWorklogZip(
  viewer: Viewer,
  options: { internId?: string } = {},
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { intern, files } = await exportWorklog(viewer, { internId: options.internId });
  // A fixed time stamp: the same worklog gives the same zip.
  const mtime = new Date("2026-01-01T00:00:00Z");
  const bytes = zipSync(Object.fromEntries(files.map((file) => [file.path, [strToU8(file.content), { mtime }]])), {
    level: 6,
  });
  const slug = fileSlug(intern.name);
  return { fileName: slug ? `worklog-${slug}.zip` : "worklog.zip", bytes };
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportFileReport {
  name: string;
  status: "week" | "error" | "ignored";
  message?: string;
  weekNumber?: number;
}

export interface ImportWeekPreview {
  number: number;
  fileName: string;
  lang: WorklogLang;
  title: string;
  action: "create" | "replace" | "skip";
  /** Why a week is skipped or replaced: "You already have week 3 (approved)". */
  reason?: string;
  /** The week's dates in the intern's cohort. */
  startDate: IsoDate;
  endDate: IsoDate;
  /** How the page wrote its dates, e.g. "DD/MM/YYYY", if it had a task table. */
  dateFormat: string | null;
  objectives: string[];
  achievements: string[];
  days: {
    label: string;
    startDate: string | null;
    endDate: string | null;
    dateText: string | null;
    tasks: { text: string; moduleCodes: string[] }[];
  }[];
  taskCount: number;
  /** Catalogue modules its tasks will link to. */
  modules: { code: string; title: string }[];
  warnings: string[];
}

export interface ImportPreview {
  mode: ImportMode;
  /** Nothing stops the import (no file has an error). */
  ok: boolean;
  files: ImportFileReport[];
  weeks: ImportWeekPreview[];
  counts: { create: number; replace: number; skip: number; errors: number };
}

export type ImportResult =
  | { saved: true; preview: ImportPreview; weeks: { number: number; weekId: string; action: "create" | "replace" }[] }
  | { saved: false; preview: ImportPreview };

interface ParsedPage {
  /** Its line in the files report. */
  index: number;
  name: string;
  lang: WorklogLang;
  week: WorklogWeek;
  warnings: string[];
}

/** What the files hold, checked without the database: readable, safe, a worklog week within limits. */
function analyseUploads(uploads: UploadedFile[]): { files: ImportFileReport[]; pages: ParsedPage[] } {
  const files: ImportFileReport[] = [];
  const pages: ParsedPage[] = [];
  for (const page of readUploads(uploads)) {
    const report: ImportFileReport = { name: page.name, status: "week" };
    files.push(report);
    const fail = (message: string) => Object.assign(report, { status: "error", message });
    if ("error" in page) {
      fail(page.error);
      continue;
    }
    if ("ignored" in page) {
      Object.assign(report, { status: "ignored", message: page.ignored });
      continue;
    }
    const unsafe = unsafeContentIn(page.text);
    if (unsafe) {
      fail(unsafe);
      continue;
    }
    let parsed: ReturnType<typeof parseWorklog>;
    try {
      parsed = parseWorklog(page.text);
    } catch (error) {
      if (error instanceof WorklogParseError) fail(error.message);
      else {
        // The error's kind only: its message or stack may quote the page.
        log.error(
          { event: "import.parser-failed", err: { name: (error as Error | null)?.name } },
          "worklog parser failed",
        );
        fail("This page could not be read. Check that it is a worklog page as Hugo would build it.");
      }
      continue;
    }
    const { week, warnings } = parsed;
    if (week.number === 0) {
      fail(
        'No week number found in the title or headings. Give the page a title such as "Week 5 Worklog" and import again.',
      );
      continue;
    }
    report.weekNumber = week.number;
    const limits = importedWeekSchema.safeParse(week);
    if (!limits.success) {
      const problems = limits.error.issues.map((issue) => `${whereIn(week, issue.path)}${issue.message}`);
      fail(
        problems.length > 3
          ? `${problems.slice(0, 3).join(" ")} (and ${problems.length - 3} more)`
          : problems.join(" "),
      );
      continue;
    }
    const fileLang = /\.(en|vi)\.(md|markdown)$/i.exec(baseName(page.path))?.[1]?.toLowerCase() as
      WorklogLang | undefined;
    pages.push({
      index: files.length - 1,
      name: page.name,
      lang: fileLang ?? week.lang ?? "en",
      week,
      warnings: [...warnings],
    });
  }

  // One page per week: an English page wins over its _index.vi.md twin; two of a kind is an error.
  const chosen: ParsedPage[] = [];
  for (const number of [...new Set(pages.map((page) => page.week.number))].sort((a, b) => a - b)) {
    const group = pages.filter((page) => page.week.number === number);
    const first = group.find((page) => page.lang === "en") ?? group[0]!;
    chosen.push(first);
    for (const other of group) {
      if (other === first) continue;
      if (other.lang === first.lang) {
        Object.assign(files[other.index]!, {
          status: "error",
          message: `Another uploaded page (${first.name}) is week ${number} too. Upload one page per week and language.`,
        });
      } else {
        Object.assign(files[other.index]!, {
          status: "ignored",
          message: `The English page of week ${number} (${first.name}) is imported instead.`,
        });
        first.warnings.push(
          `The Vietnamese page (${other.name}) was not imported: a week keeps one page, and export writes both languages from it.`,
        );
      }
    }
  }
  return { files, pages: chosen };
}

/** "Wed (row 3), task 2: " for a zod issue's path into a week. */
function whereIn(week: WorklogWeek, path: PropertyKey[]): string {
  const [part, index, sub, subIndex, leaf, leafIndex] = path;
  if ((part === "objectives" || part === "achievements") && typeof index === "number") {
    return `${part === "objectives" ? "Objective" : "Achievement"} ${index + 1}: `;
  }
  if (part !== "days" || typeof index !== "number") return "";
  let where = `${week.days[index]?.label.slice(0, 20) || "A day"} (row ${index + 1})`;
  if (sub === "tasks" && typeof subIndex === "number") where += `, task ${subIndex + 1}`;
  if (sub === "references" && typeof subIndex === "number") where += `, reference ${subIndex + 1}`;
  if (leaf === "subItems" && typeof leafIndex === "number") where += `, sub-item ${leafIndex + 1}`;
  return `${where}: `;
}

interface PlannedWeek {
  page: ParsedPage;
  action: ImportWeekPreview["action"];
  existingId: string | null;
  startDate: IsoDate;
  endDate: IsoDate;
}

const STATUS_WORDS: Record<WeekStatus, string> = {
  DRAFT: "a draft",
  SUBMITTED: "submitted for review",
  CHANGES_REQUESTED: "changes requested",
  APPROVED: "approved",
};

function assertIntern(viewer: Viewer): void {
  if (viewer.role !== "INTERN")
    throw new ForbiddenError("Only interns import worklog pages: the weeks become their own.");
}

/** The files against the intern's cohort and weeks: what would be created, replaced or skipped. */
async function planImport(
  client: Pick<Tx, "enrollment" | "week" | "module">,
  viewer: Viewer,
  analysed: ReturnType<typeof analyseUploads>,
  mode: ImportMode,
): Promise<{ preview: ImportPreview; plan: PlannedWeek[] }> {
  const enrollment = await client.enrollment.findUnique({
    where: { userId: viewer.id },
    select: { cohort: { select: { id: true, startDate: true, weekCount: true } } },
  });
  if (!enrollment)
    throw new ConflictError("You are not in a cohort yet, so weeks have no dates. Ask your program admin to add you.");
  const { cohort } = enrollment;
  const files = analysed.files.map((file) => ({ ...file }));
  const pages = analysed.pages.filter((page) => {
    if (page.week.number <= cohort.weekCount) return true;
    Object.assign(files[page.index]!, {
      status: "error",
      message: `This page is week ${page.week.number}, but your cohort has ${cohort.weekCount} weeks.`,
    });
    return false;
  });
  const numbers = pages.map((page) => page.week.number);
  const codes = [
    ...new Set(pages.flatMap((page) => page.week.days.flatMap((day) => day.tasks.flatMap((task) => task.moduleCodes)))),
  ];
  const [existing, catalogue] = await Promise.all([
    client.week.findMany({
      where: { internId: viewer.id, number: { in: numbers } },
      select: { id: true, number: true, status: true },
    }),
    codes.length ? client.module.findMany({ where: { code: { in: codes } }, select: { code: true, title: true } }) : [],
  ]);
  const existingByNumber = new Map(existing.map((week) => [week.number, week]));
  const titleOf = new Map(catalogue.map((module) => [module.code, module.title]));
  const cohortStart = isoDateFromDb(cohort.startDate);

  const plan: PlannedWeek[] = [];
  const weeks: ImportWeekPreview[] = [];
  for (const page of pages) {
    const { week } = page;
    const { startDate, endDate } = cohortWeekDates(cohortStart, week.number);
    const current = existingByNumber.get(week.number);
    let action: PlannedWeek["action"] = "create";
    let reason: string | undefined;
    if (current && mode === "skip") {
      action = "skip";
      reason = `You already have week ${week.number} (${STATUS_WORDS[current.status]}); it is kept as it is.`;
    } else if (current && !EDITABLE_STATUSES.includes(current.status)) {
      action = "skip";
      reason = `Your week ${week.number} is ${STATUS_WORDS[current.status]}, so it cannot be replaced; it is kept as it is.`;
    } else if (current) {
      action = "replace";
      reason = `Replaces your week ${week.number}: its review comments stay, and tasks whose day and text did not change stay ticked.`;
    }
    const weekCodes = [...new Set(week.days.flatMap((day) => day.tasks.flatMap((task) => task.moduleCodes)))].sort();
    const warnings = [...page.warnings];
    for (const code of weekCodes.filter((code) => !titleOf.has(code))) {
      warnings.push(`Module ${code} is not in the module catalogue, so its task is kept but not linked to a module.`);
    }
    const dated = week.days
      .flatMap((day) => [day.startDate, day.endDate].filter((date): date is string => Boolean(date)))
      .sort();
    const [first, last] = [dated[0], dated[dated.length - 1]];
    if (first && last && (first < startDate || last > endDate)) {
      warnings.push(
        `The page's days (${dateRange(first, last)}) are not in your cohort's week ${week.number} (${dateRange(startDate, endDate)}). The days keep the page's dates; the week takes your cohort's.`,
      );
    }
    plan.push({ page, action, existingId: current?.id ?? null, startDate, endDate });
    weeks.push({
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
          moduleCodes: task.moduleCodes.filter((code) => titleOf.has(code)),
        })),
      })),
      taskCount: week.days.reduce((n, day) => n + day.tasks.length, 0),
      modules: weekCodes.flatMap((code) => (titleOf.has(code) ? [{ code, title: titleOf.get(code)! }] : [])),
      warnings,
    });
  }
  const errors = files.filter((file) => file.status === "error").length;
  const count = (action: PlannedWeek["action"]) => plan.filter((item) => item.action === action).length;
  return {
    preview: {
      mode,
      ok: errors === 0,
      files,
      weeks,
      counts: { create: count("create"), replace: count("replace"), skip: count("skip"), errors },
    },
    plan,
  };
}

/** What importing these files would do. Reads only; nothing is written. */
export async function previewImport(
  viewer: Viewer,
  uploads: UploadedFile[],
  options: { mode: ImportMode },
): Promise<ImportPreview> {
  assertIntern(viewer);
  return (await planImport(db, viewer, analyseUploads(uploads), options.mode)).preview;
}

/**
 * Imports the files as the viewer's weeks, all in one transaction: if any file has an error,
 * nothing is written and the preview says why. The files are read again here (the preview the
 * browser saw is never trusted).
 */
export async function importWorklog(
  viewer: Viewer,
  uploads: UploadedFile[],
  options: {
    mode: ImportMode;
    source?: "web" | "cli";
    onWeekSaved?: (week: { number: number; action: "create" | "replace" }) => void;
  },
): Promise<ImportResult> {
  assertIntern(viewer);
  // Parsing is pure and can take a moment: done before the transaction opens.
  const analysed = analyseUploads(uploads);
  try {
    return await db.$transaction(
      async (tx) => {
        // One import at a time per intern: two tabs importing the same weeks would otherwise race.
        await lockIntern(tx, viewer.id);
        const { preview, plan } = await planImport(tx, viewer, analysed, options.mode);
        if (!preview.ok) return { saved: false, preview };
        const cohortId = (
          await tx.enrollment.findUniqueOrThrow({ where: { userId: viewer.id }, select: { cohortId: true } })
        ).cohortId;
        const saved: { number: number; weekId: string; action: "create" | "replace" }[] = [];
        for (const item of plan) {
          if (item.action === "skip") continue;
          const { week } = item.page;
          let weekId: string;
          if (item.action === "create") {
            weekId = (
              await insertWeekContent(tx, {
                internId: viewer.id,
                cohortId,
                week,
                startDate: item.startDate,
                endDate: item.endDate,
              })
            ).id;
          } else {
            // Locks the week and re-checks that it is still editable (a submit may have landed).
            weekId = (await lockEditableWeek(tx, viewer, item.existingId!)).id;
            await replaceWeekContent(tx, weekId, { week, startDate: item.startDate, endDate: item.endDate });
          }
          await audit(tx, {
            actorId: viewer.id,
            weekId,
            action: item.action === "create" ? "week.imported" : "week.replaced-by-import",
            entity: "week",
            entityId: weekId,
            data: {
              file: item.page.name.slice(0, 200),
              lang: item.page.lang,
              days: week.days.length,
              tasks: week.days.reduce((n, day) => n + day.tasks.length, 0),
              source: options.source ?? "web",
            },
          });
          saved.push({ number: week.number, weekId, action: item.action });
          options.onWeekSaved?.({ number: week.number, action: item.action });
        }
        return { saved: true, preview, weeks: saved };
      },
      // Sixty weeks of rows is more than the 5 s default allows on a busy machine.
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "P2002") {
      throw new ConflictError("One of these weeks was created meanwhile (in another tab?). Preview the import again.");
    }
    throw error;
  }
}

/** What the import page shows before any upload: the intern's cohort and the weeks they have. */
export async function importContext(
  viewer: Viewer,
): Promise<{ cohortName: string; weekCount: number; weeks: number[] } | null> {
  assertIntern(viewer);
  const [enrollment, weeks] = await Promise.all([
    db.enrollment.findUnique({
      where: { userId: viewer.id },
      select: { cohort: { select: { name: true, weekCount: true } } },
    }),
    db.week.findMany({ where: { internId: viewer.id }, orderBy: { number: "asc" }, select: { number: true } }),
  ]);
  if (!enrollment) return null;
  return {
    cohortName: enrollment.cohort.name,
    weekCount: enrollment.cohort.weekCount,
    weeks: weeks.map((week) => week.number),
  };
}
