import "server-only";
// One week's Hugo page (`_index.md` / `_index.vi.md`), with the week's read access.
import { pageFileName, weekPagePath } from "@/lib/worklog/hugo-site";
import { renderWorklog } from "@/lib/worklog/markdown";
import type { WorklogLang } from "@/lib/worklog/week";
import { db } from "../../db";
import { assertRole, findVisibleWeek } from "../access";
import type { Viewer } from "../viewer";
import { loadWeekContent } from "../week-content";
import { weekOwnerSelect, type WeekOwner } from "../week-owner";

export interface WeekExport extends WeekOwner {
  weekId: string;
  number: number;
  lang: WorklogLang;
  /** `_index.md` or `_index.vi.md`. */
  fileName: string;
  /** Where the page goes in an FCJ site. */
  sitePath: string;
  markdown: string;
  own: boolean;
  /** The language of the page this week was imported from: exporting in it gives that page back. */
  importedLang: WorklogLang | null;
}

/** One week's Hugo page, if the viewer may see the week (else NotFoundError, as for the week). */
export async function exportWeek(viewer: Viewer, weekId: string, lang: WorklogLang = "en"): Promise<WeekExport> {
  assertRole(viewer);
  const week = await findVisibleWeek(viewer, weekId, {
    id: true,
    number: true,
    ...weekOwnerSelect,
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
