// Uploaded files → the worklog weeks in them, checked without the database: readable text, no
// script-capable content (page-safety.ts), a parsable worklog page with a week number, within the
// editors' limits (so an imported week stays editable). One page per week.
import { say } from "@/lib/i18n/said";
import { importedWeekSchema } from "@/lib/schemas/import";
import { checkPageText, parseWorklog, WorklogParseError } from "../markdown";
import type { WorklogLang, WorklogWeek } from "../week";
import { misshapenPage, unsafeContentIn } from "./page-safety";
import type { AnalysedUploads, ImportFileReport, ParsedPage } from "./types";
import { baseName, readUploads, type UploadedFile, type UploadedPage } from "./uploads";

const UNREADABLE = say("importProblems.page.unreadable");
const NO_NUMBER = say("importProblems.page.noNumber");

/** Reads one page: on the server, in a worker thread with a time budget (lib/server/import-pool.ts). */
export type PageAnalyser = (page: UploadedPage) => PageOutcome | Promise<PageOutcome>;

/**
 * Unpacking and decoding (cheap, bounded by the limits) happen here; each page is read by
 * `analyse`, which defaults to reading it in this thread.
 */
export async function analyseUploads(
  uploads: UploadedFile[],
  analyse: PageAnalyser = analysePage,
): Promise<AnalysedUploads> {
  const files: ImportFileReport[] = [];
  const pages: ParsedPage[] = [];
  const read = readUploads(uploads);
  const outcomes = await Promise.all(read.map((page) => analyse(page)));
  for (const [i, page] of read.entries()) {
    const report: ImportFileReport = { name: page.name, status: "week" };
    files.push(report);
    const outcome = outcomes[i]!;
    if ("week" in outcome) {
      report.weekNumber = outcome.week.number;
      if (outcome.problem) Object.assign(report, { status: "error", message: outcome.problem });
      else
        pages.push({
          index: files.length - 1,
          name: page.name,
          lang: outcome.lang,
          week: outcome.week,
          warnings: outcome.warnings,
        });
    } else {
      Object.assign(report, { status: outcome.status, message: outcome.message });
    }
  }
  return { files, pages: onePagePerWeek(files, pages) };
}

export type PageOutcome =
  | { status: "error" | "ignored"; message: string; unexpected?: string }
  | { week: WorklogWeek; lang: WorklogLang; warnings: string[]; problem?: string };

/** One page: safe, parsable, a week within the editors' limits. A bug of ours is named in `unexpected` (its kind only). */
export function analysePage(page: UploadedPage): PageOutcome {
  if ("error" in page) return { status: "error", message: page.error };
  if ("ignored" in page) return { status: "ignored", message: page.ignored };
  let parsed: ReturnType<typeof parseWorklog>;
  try {
    // Cheapest first: size and binary, then the page's shape (both linear), then one parse that the
    // safety check and the reading share.
    checkPageText(page.text);
    const refused = misshapenPage(page.text) ?? unsafeContentIn(page.text);
    if (refused) return { status: "error", message: refused };
    parsed = parseWorklog(page.text);
  } catch (error) {
    if (error instanceof WorklogParseError) return { status: "error", message: error.message };
    // The error's kind only: its message may quote the page.
    return { status: "error", message: UNREADABLE, unexpected: (error as Error | null)?.name ?? "Error" };
  }
  const { week, warnings } = parsed;
  if (week.number === 0) return { status: "error", message: NO_NUMBER };
  const fileLang = /\.(en|vi)\.(md|markdown)$/i.exec(baseName(page.path))?.[1]?.toLowerCase() as
    WorklogLang | undefined;
  const outcome = { week, lang: fileLang ?? week.lang ?? "en", warnings: [...warnings] };
  const limits = importedWeekSchema.safeParse(week);
  if (limits.success) return outcome;
  const problems = limits.error.issues.map((issue) => located(week, issue.path, issue.message));
  const problem =
    problems.length > 3
      ? say("importProblems.problems.andMore", { list: problems.slice(0, 3), more: problems.length - 3 })
      : say("importProblems.problems.list", { list: problems });
  return { ...outcome, problem };
}

/** An English page wins over its _index.vi.md twin; two pages of one week in one language is an error. */
function onePagePerWeek(files: ImportFileReport[], pages: ParsedPage[]): ParsedPage[] {
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
          message: say("importProblems.page.sameWeek", { name: first.name, number }),
        });
      } else {
        Object.assign(files[other.index]!, {
          status: "ignored",
          message: say("importProblems.page.englishInstead", { name: first.name, number }),
        });
        first.warnings.push(say("importProblems.warnings.vietnameseNotImported", { name: other.name }));
      }
    }
  }
  return chosen;
}

/** "Wed (row 3), task 2: The task is empty." for a zod issue's path into a week. */
function located(week: WorklogWeek, path: PropertyKey[], problem: string): string {
  const [part, index, sub, subIndex, leaf, leafIndex] = path;
  if ((part === "objectives" || part === "achievements") && typeof index === "number") {
    return say(part === "objectives" ? "importProblems.at.objective" : "importProblems.at.achievement", {
      n: index + 1,
      problem,
    });
  }
  if (part !== "days" || typeof index !== "number") return problem;
  const day = week.days[index]?.label.slice(0, 20) || say("importProblems.at.aDay");
  const row = index + 1;
  if (sub === "tasks" && typeof subIndex === "number") {
    if (leaf === "subItems" && typeof leafIndex === "number") {
      return say("importProblems.at.subItem", { day, row, task: subIndex + 1, item: leafIndex + 1, problem });
    }
    return say("importProblems.at.task", { day, row, task: subIndex + 1, problem });
  }
  if (sub === "references" && typeof subIndex === "number") {
    return say("importProblems.at.reference", { day, row, reference: subIndex + 1, problem });
  }
  return say("importProblems.at.day", { day, row, problem });
}
