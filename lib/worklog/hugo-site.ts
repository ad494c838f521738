// Where an FCJ site keeps its worklog: content/1-Worklog/_index.md (the section, listing the weeks)
// and content/1-Worklog/1.N-WeekN/_index.md and _index.vi.md (one folder per week).
import { writeStandardFrontMatter } from "@/lib/worklog/markdown/front-matter";
import type { WorklogLang } from "@/lib/worklog/week";

export const WORKLOG_SECTION = "content/1-Worklog";
export const EXPORT_LANGS: readonly WorklogLang[] = ["en", "vi"];

export function pageFileName(lang: WorklogLang): string {
  return lang === "vi" ? "_index.vi.md" : "_index.md";
}

export function weekFolder(number: number): string {
  return `1.${number}-Week${number}`;
}

export function weekPagePath(number: number, lang: WorklogLang): string {
  return `${WORKLOG_SECTION}/${weekFolder(number)}/${pageFileName(lang)}`;
}

export function sectionPagePath(lang: WorklogLang): string {
  return `${WORKLOG_SECTION}/${pageFileName(lang)}`;
}

const SECTION = {
  en: { title: "Worklog", intro: "My internship worklog, one page per week.", week: (n: number) => `Week ${n}` },
  vi: {
    title: "Nhật ký công việc",
    intro: "Nhật ký thực tập của tôi, mỗi tuần một trang.",
    week: (n: number) => `Tuần ${n}`,
  },
} as const;

/** The section page: the template's front matter and a link to each week. */
export function sectionPage(weeks: { number: number; title: string }[], lang: WorklogLang): string {
  const text = SECTION[lang];
  const frontMatter = writeStandardFrontMatter({ title: text.title, weight: 1, chapter: false, pre: " <b> 1. </b> " });
  // Hugo lower-cases page URLs, so the links do too.
  const links = weeks.map(
    (week) =>
      `**${text.week(week.number)}:** [${escapeLinkText(week.title)}](${weekFolder(week.number).toLowerCase()}/)`,
  );
  return `---\n${frontMatter}\n---\n\n${text.intro}\n\n${links.join("\n\n")}\n`.replace(/\n\n\n$/, "\n");
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]<>*_`]/g, (c) => `\\${c}`);
}
