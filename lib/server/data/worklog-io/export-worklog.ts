import "server-only";
// An intern's whole worklog as a Hugo content tree (content/1-Worklog/...), as files or as a zip.
// Interns export their own; mentors and admins one they may see.
import { strToU8, zipSync, type Zippable } from "fflate";
import { EXPORT_LANGS, sectionPage, sectionPagePath, weekPagePath } from "@/lib/worklog/hugo-site";
import { renderWorklog } from "@/lib/worklog/markdown";
import { readFrontMatter, splitFrontMatter } from "@/lib/worklog/markdown/front-matter";
import { fileSlug } from "@/lib/worklog/slug";
import type { WorklogLang } from "@/lib/worklog/week";
import { db } from "../../db";
import { assertRole, internsVisibleTo, isUuid, weeksVisibleTo } from "../access";
import { NotFoundError } from "../errors";
import type { Viewer } from "../viewer";
import { loadWeeksContent } from "../week-content";

export interface WorklogExport {
  intern: { id: string; name: string };
  /** Paths from the site root (content/1-Worklog/...), in order. */
  files: { path: string; content: string }[];
}

/**
 * The section page and both languages of every week. Interns export their own (no internId);
 * mentors and admins name an intern they may see. `weekNumber` and `langs` narrow it (the command
 * line's --week and --lang); then the section page is left out.
 */
export async function exportWorklog(
  viewer: Viewer,
  options: { internId?: string; weekNumber?: number; langs?: readonly WorklogLang[] } = {},
): Promise<WorklogExport> {
  assertRole(viewer);
  const internId = options.internId ?? viewer.id;
  const intern = isUuid(internId)
    ? await db.user.findFirst({
        where: { AND: [{ id: internId }, internsVisibleTo(viewer)] },
        select: { id: true, name: true },
      })
    : null;
  if (!intern) throw new NotFoundError("worklog");
  const weekFilter = options.weekNumber === undefined ? {} : { number: options.weekNumber };
  const weeks = await db.week.findMany({
    where: { AND: [{ internId: intern.id }, weeksVisibleTo(viewer), weekFilter] },
    orderBy: { number: "asc" },
    select: { id: true },
  });
  if (options.weekNumber !== undefined && weeks.length === 0) throw new NotFoundError("week");
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
  const entries: Zippable = Object.fromEntries(files.map((file) => [file.path, [strToU8(file.content), { mtime }]]));
  const bytes = zipSync(entries, { level: 6 });
  const slug = fileSlug(intern.name);
  return { fileName: slug ? `worklog-${slug}.zip` : "worklog.zip", bytes };
}
