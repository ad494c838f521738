/**
 * The words worklog pages use, in both languages: the standard template we export, and the
 * many ways interns actually wrote headings and column names, which import must recognise.
 */
import { withoutDiacritics } from "@/lib/worklog/slug";
import type { WorklogColumnRole, WorklogLang, WorklogSlot } from "@/lib/worklog/week";

export interface WorklogTemplate {
  title(week: number): string;
  objectives(week: number): string;
  tasks: string;
  achievements(week: number): string;
  columns: Record<"day" | "tasks" | "start" | "end" | "references", string>;
}

export const TEMPLATES: Record<WorklogLang, WorklogTemplate> = {
  en: {
    title: (n) => `Week ${n} Worklog`,
    objectives: (n) => `Week ${n} Objectives:`,
    tasks: "Tasks to be carried out this week:",
    achievements: (n) => `Week ${n} Achievements:`,
    columns: { day: "Day", tasks: "Task", start: "Start Date", end: "End Date", references: "Reference Source" },
  },
  vi: {
    title: (n) => `Worklog Tuần ${n}`,
    objectives: (n) => `Mục tiêu tuần ${n}:`,
    tasks: "Các công việc cần triển khai trong tuần này:",
    achievements: (n) => `Kết quả đạt được tuần ${n}:`,
    columns: {
      day: "Thứ",
      tasks: "Công việc",
      start: "Ngày bắt đầu",
      end: "Ngày hoàn thành",
      references: "Nguồn tài liệu",
    },
  },
};

/**
 * Lower case, no Vietnamese diacritics, no Markdown emphasis, no trailing colon, single spaces:
 * "**Ngày Hoàn Thành:**" -> "ngay hoan thanh". Matching on this survives most hand-typed variants.
 */
export function foldText(text: string): string {
  return withoutDiacritics(text).replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().replace(/\s*:$/, "");
}

const SECTION_PATTERNS: [WorklogSlot, RegExp][] = [
  ["objectives", /\b(objectives?|goals?|aims?|muc tieu)\b/],
  [
    "achievements",
    /\b(achievements?|achieved|results?|outcomes?|accomplishments?|ket qua|thanh qua|thanh tuu|dat duoc)\b/,
  ],
  ["tasks", /\b(tasks?|cong viec|nhiem vu|activities|ke hoach)\b/],
];

/** Which part of the worklog a heading introduces, if any. */
export function sectionOfHeading(heading: string): WorklogSlot | undefined {
  const folded = foldText(heading);
  return SECTION_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0];
}

const COLUMN_PATTERNS: [WorklogColumnRole, RegExp][] = [
  ["day", /^(days?|weekdays?|thu|thu trong tuan|ngay trong tuan)$/],
  ["start", /\b(start|begin|from|bat dau|tu ngay)\b/],
  ["end", /\b(end|completion|completed|complete|finish|finished|due|deadline|hoan thanh|ket thuc|den ngay)\b/],
  ["date", /^(dates?|ngay|ngay thuc hien|thoi gian|time)$/],
  ["tasks", /^(tasks?|task\(s\)|cong viec|nhiem vu|activit(y|ies)|work|noi dung|content|description|mo ta|details?)\b/],
  ["references", /\b(references?|resources?|sources?|materials?|documentation|docs|links?|tai lieu|nguon|tham khao)\b/],
];

export function columnRole(header: string): WorklogColumnRole {
  const folded = foldText(header);
  return COLUMN_PATTERNS.find(([, pattern]) => pattern.test(folded))?.[0] ?? "other";
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

/** The language of a page, judged from its headings, column names and title. */
export function detectLang(labels: string[]): WorklogLang {
  const vietnamese = labels.filter((label) => VIETNAMESE_LETTERS.test(label)).length;
  return vietnamese * 2 > labels.length ? "vi" : "en";
}

const WEEK_NUMBER = /\b(?:week|tuần|tuan)\s*0*(\d{1,2})\b/iu;

/** "Week 5 Worklog", "Mục tiêu tuần 5:" -> 5. */
export function weekNumberIn(text: string): number | undefined {
  const match = WEEK_NUMBER.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Rewrites "Week 5"/"tuần 5" in a heading written for week `from` so it names week `to`. */
export function renumberHeading(text: string, from: number, to: number): string {
  if (from === to) return text;
  return text.replace(new RegExp(`\\b(week|tuần|tuan)(\\s*)0*${from}\\b`, "giu"), `$1$2${to}`);
}
