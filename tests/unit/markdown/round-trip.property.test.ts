import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultFrontMatter, localizeDayLabel, parseWorklog, renderWorklog } from "@/lib/worklog/markdown";
import { TEMPLATES } from "@/lib/worklog/markdown/vocabulary";
import {
  WEEKDAY_LABELS,
  findModuleCodes,
  type WorklogDay,
  type WorklogLang,
  type WorklogWeek,
} from "@/lib/worklog/week";

// Realistic text: words, Vietnamese, emoji, inline Markdown and everything that needs escaping.
const token = fc.constantFrom(
  "AWS",
  "Lambda",
  "study",
  "Module 05-03",
  "05-04",
  "Tìm hiểu",
  "đã xong",
  "Thứ",
  "Kết quả",
  "🚀",
  "👩‍💻",
  "✅",
  "|",
  "||",
  "<br>",
  "<br/>",
  "<",
  "<=",
  "<script>",
  "</b>",
  "<b>",
  "\\",
  "\\|",
  "C:\\tmp\\",
  "&",
  "&lt;",
  "&amp;",
  "&#10;",
  "&emsp;",
  "\u2003",
  "*",
  "**bold**",
  "_it_",
  "`code`",
  "`a|b`",
  "-",
  "+",
  "#",
  ">",
  "[x]",
  "1.",
  ":",
  "~",
  "<https://aws.amazon.com/>",
  "[docs](https://docs.aws.amazon.com/)",
  "- -",
  "* *",
  "---",
  "+ sub",
);
const text = fc
  .array(fc.tuple(token, fc.constantFrom(" ", "", "  ")), { minLength: 1, maxLength: 6 })
  .map((parts) =>
    parts
      .map(([word, space]) => word + space)
      .join("")
      .trim(),
  )
  .filter((value) => value !== "" && value === value.trim());
const plainReference = fc
  .array(
    fc.constantFrom("AWS", "Docs", "Hướng dẫn", "📚", "|", "<br>", "<", "&lt;", "\\", "Tailwind UI,", "**Guide**"),
    { minLength: 1, maxLength: 4 },
  )
  .map((words) => words.join(" "));
const url = fc.constantFrom(
  "https://cloudjourney.awsstudygroup.com/",
  "https://000005.awsstudygroup.com/vi/",
  "https://docs.aws.amazon.com/lambda/?a=1&b=2",
);
const reference = fc.oneof(url, plainReference);

const task = fc
  .record({ text, subItems: fc.array(text, { maxLength: 2 }) })
  .map((t) => ({ ...t, moduleCodes: findModuleCodes(t.text) }));

const MONDAYS_FROM = Date.UTC(2024, 0, 1); // a Monday
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A week of realistic days: labels in order, dates on the weekday their label names. */
const week = (labelLang: WorklogLang) =>
  fc
    .record({
      number: fc.integer({ min: 1, max: 12 }),
      monday: fc.integer({ min: 0, max: 150 }).map((n) => MONDAYS_FROM + n * 7 * 86_400_000),
      weekdays: fc.subarray([0, 1, 2, 3, 4, 5, 6]),
      days: fc.array(
        fc.record({
          dated: fc.constantFrom("one day", "two days", "no date"),
          tasks: fc.array(task, { maxLength: 3 }),
          references: fc.array(reference, { maxLength: 2 }),
        }),
        { minLength: 7, maxLength: 7 },
      ),
      objectives: fc.array(text, { maxLength: 4 }),
      achievements: fc.array(text, { maxLength: 4 }),
      extraSections: fc.array(
        fc.record({
          heading: fc.constantFrom("Notes", "Self-evaluation", "Ghi chú"),
          markdown: fc.constantFrom("", "Next week: **DynamoDB**.", "- a\n- b"),
        }),
        { maxLength: 2 },
      ),
    })
    .map(({ number, monday, weekdays, days, ...lists }): WorklogWeek => ({
      number,
      frontMatter: { ...defaultFrontMatter(number, labelLang), date: iso(monday) },
      days: weekdays.map((weekday): WorklogDay => {
        const { dated, tasks, references } = days[weekday]!;
        const start = monday + weekday * 86_400_000;
        const dates =
          dated === "no date"
            ? {}
            : { startDate: iso(start), endDate: iso(dated === "two days" ? start + 86_400_000 : start) };
        return { label: WEEKDAY_LABELS[labelLang][weekday]!, ...dates, references, tasks };
      }),
      ...lists,
    }));

/** What import must give back: the same week, day labels and title in the exported language. */
function expected(original: WorklogWeek, lang: WorklogLang) {
  return {
    number: original.number,
    frontMatter: { ...original.frontMatter, title: TEMPLATES[lang].title(original.number) },
    objectives: original.objectives,
    achievements: original.achievements,
    extraSections: original.extraSections,
    days: original.days.map((day) => ({ ...day, label: localizeDayLabel(day.label, lang) })),
  };
}

function imported(markdown: string) {
  const { week: back } = parseWorklog(markdown);
  return {
    number: back.number,
    frontMatter: back.frontMatter,
    objectives: back.objectives,
    achievements: back.achievements,
    extraSections: back.extraSections,
    days: back.days.map(({ startText: _start, endText: _end, ...day }) => day),
  };
}

// FC_RUNS=2000 for a longer hunt.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 150) };
const timeout = 60_000 + runs.numRuns * 100;

describe("export then import gives the week back", () => {
  for (const lang of ["en", "vi"] as const) {
    it(
      `in the ${lang} template`,
      () => {
        fc.assert(
          fc.property(fc.constantFrom<WorklogLang>("en", "vi").chain(week), (original) => {
            expect(imported(renderWorklog(original, { lang }))).toEqual(expected(original, lang));
          }),
          runs,
        );
      },
      timeout,
    );
  }

  // Imported layouts write tasks without bullets, bare links, month/day dates, other <br>s...
  for (const fixture of [
    "en-planned-mdy.en.md",
    "vi-implemented.vi.md",
    "en-weekday-names.en.md",
    "../fcj-week5.en.md",
  ]) {
    it(
      `in the layout of ${path.basename(fixture)}`,
      () => {
        const page = parseWorklog(
          readFileSync(path.resolve(import.meta.dirname, "../../fixtures/worklog", fixture), "utf8"),
        ).week;
        const lang = page.lang ?? "en";
        fc.assert(
          fc.property(week(lang), (generated) => {
            const edited: WorklogWeek = {
              ...generated,
              lang,
              frontMatter: { ...generated.frontMatter, title: TEMPLATES[lang].title(generated.number) },
              layout: page.layout,
            };
            expect(imported(renderWorklog(edited))).toEqual(expected(edited, lang));
          }),
          runs,
        );
      },
      timeout,
    );
  }
});
