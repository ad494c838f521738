// Worklog pages in and out through the data layer: an FCJ page imports and exports back to
// itself, existing weeks are skipped or replaced as asked, every bad file is named with its reason
// and leaves the database untouched, and export follows the same access rules as the week.
import { translatorFor } from "@/lib/i18n/translator";
import { previewInWords } from "@/lib/worklog/import/in-words";
import { inEnglish } from "../support/words";
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/data/errors";
import { addReviewComment, submitWeek } from "@/lib/server/data/reviews";
import { setTaskDone } from "@/lib/server/data/tasks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { createWeek as createWeekFromTemplate } from "@/lib/server/data/create-week";
import { getWeek } from "@/lib/server/data/weeks";
import { exportWeek } from "@/lib/server/data/worklog-io/export-week";
import { exportWorklog, exportWorklogZip } from "@/lib/server/data/worklog-io/export-worklog";
import { importWorklog } from "@/lib/server/data/worklog-io/import-worklog";
import { previewImport } from "@/lib/server/data/worklog-io/preview-import";
import type { ImportPreview } from "@/lib/worklog/import/types";
import type { UploadedFile } from "@/lib/worklog/import/uploads";
import { IMPORT_LIMITS, importUploadSchema, sizeInWords } from "@/lib/schemas/import";
import { MAX_WORKLOG_BYTES } from "@/lib/worklog/markdown";
import { createCohort, createIntern, createMentor, createModuleCatalogue, createWeek } from "../factories";
import { normalisePage } from "../unit/markdown/normalise";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const read = (file: string) => readFileSync(path.join(fixtures, file), "utf8");
const week5 = read("fcj-week5.en.md");
const upload = (name: string, text: string | Uint8Array): UploadedFile => ({
  name,
  bytes: typeof text === "string" ? strToU8(text) : text,
});
const zip = (entries: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)])));

let intern: Viewer;
let cohortId: string;
let mentor: Viewer;

beforeEach(async () => {
  await createModuleCatalogue();
  cohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  intern = (await viewerById((await createIntern({ cohortId })).id))!;
  mentor = (await viewerById((await createMentor({ cohortIds: [cohortId] })).id))!;
});

/** Every row an import could write, to show that a refused one wrote nothing. */
async function rowCounts() {
  const [weeks, days, tasks, items, links, audits] = await Promise.all([
    db.week.count(),
    db.day.count(),
    db.task.count(),
    db.weekItem.count(),
    db.taskModule.count(),
    db.auditEvent.count(),
  ]);
  return { weeks, days, tasks, items, links, audits };
}

const fileReport = (preview: ImportPreview, name: string) => preview.files.find((file) => file.name === name);

async function importFixtureWeek5() {
  const result = await importWorklog(intern, [upload("_index.md", week5)], { mode: "skip" });
  expect(result.saved).toBe(true);
  return result.saved ? result.weeks[0]!.weekId : "";
}

/** The week as its page shows it, less the time it was read. */
async function weekAsShown(id: string): Promise<string> {
  const { readAt: _readAt, ...week } = await getWeek(intern, id);
  return JSON.stringify(week);
}

describe("importing the real FCJ week 5 page", () => {
  it("previews weeks, days, tasks, the date format, linked modules and warnings, writing nothing", async () => {
    const before = await rowCounts();
    const preview = await previewImport(intern, [upload("_index.md", week5)], { mode: "skip" });
    expect(await rowCounts()).toEqual(before);
    expect(preview).toMatchObject({ ok: true, counts: { create: 1, replace: 0, skip: 0, errors: 0 } });
    expect(preview.files).toEqual([{ name: "_index.md", status: "week", weekNumber: 5 }]);
    const [week] = preview.weeks;
    expect(week).toMatchObject({
      number: 5,
      lang: "en",
      action: "create",
      title: "Week 5 Worklog",
      dateFormat: "DD/MM/YYYY",
      taskCount: 12,
    });
    // The week's dates come from the cohort; the days keep the page's.
    expect([week!.startDate, week!.endDate]).toEqual(["2026-02-02", "2026-02-08"]);
    expect(week!.days.map((d) => [d.label, d.startDate, d.tasks.length])).toEqual([
      ["Mon", "2025-10-06", 1],
      ["Tue", "2025-10-07", 1],
      ["Wed", "2025-10-08", 2],
      ["Thu", "2025-10-09", 2],
      ["Fri", "2025-10-10", 2],
      ["Sat", "2025-10-11", 1],
      ["Sun", "2025-10-12", 3],
    ]);
    expect(week!.modules.map((m) => m.code)).toEqual([
      "05-01",
      "05-02",
      "05-03",
      "05-04",
      "05-05",
      "05-06",
      "05-07",
      "05-08",
    ]);
    expect(week!.warnings.map(inEnglish)).toEqual([
      expect.stringContaining("The page's days (6 – 12 Oct 2025) are not in your cohort's week 5"),
    ]);
  });

  it("saves the week in one go, links its modules, audits it, and exports the same page back", async () => {
    const weekId = await importFixtureWeek5();
    const week = await getWeek(intern, weekId);
    expect(week).toMatchObject({
      number: 5,
      status: "DRAFT",
      startDate: "2026-02-02",
      endDate: "2026-02-08",
      progress: { done: 0, total: 12 },
    });
    expect(week.days[2]!.tasks.map((t) => t.modules.map((m) => m.code))).toEqual([["05-03"], ["05-04"]]);
    expect(week.uncoveredModules).toEqual([]);
    const events = await db.auditEvent.findMany({ where: { weekId } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["week.imported", intern.id]]);

    const exported = await exportWeek(intern, weekId);
    expect(exported).toMatchObject({
      fileName: "_index.md",
      sitePath: "content/1-Worklog/1.5-Week5/_index.md",
      importedLang: "en",
      own: true,
    });
    expect(normalisePage(exported.markdown)).toBe(normalisePage(week5));
  });

  it("exports in Vietnamese with the Vietnamese template and file name", async () => {
    const weekId = await importFixtureWeek5();
    const vi = await exportWeek(intern, weekId, "vi");
    expect(vi.fileName).toBe("_index.vi.md");
    expect(vi.markdown).toContain('title: "Worklog Tuần 5"');
    expect(vi.markdown).toContain("| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |");
  });

  it("keeps a page's own front matter, headings and extra sections, and warns about modules not in the catalogue", async () => {
    const page = read("import/week6.en.md");
    const preview = await previewImport(intern, [upload("week6.md", page)], { mode: "skip" });
    expect(preview.weeks[0]!.modules.map((m) => m.code)).toEqual(["05-03"]);
    expect(preview.weeks[0]!.warnings.map(inEnglish)).toContain(
      "Module 06-01 is not in the module catalogue, so its task is kept but not linked to a module.",
    );
    const result = await importWorklog(intern, [upload("week6.md", page)], { mode: "skip" });
    const weekId = result.saved ? result.weeks[0]!.weekId : "";
    expect(normalisePage((await exportWeek(intern, weekId)).markdown)).toBe(normalisePage(page));
  });

  it("imports the English page of a week uploaded in both languages, and says so", async () => {
    const preview = previewInWords(
      await previewImport(intern, [upload("_index.vi.md", read("import/week5.vi.md")), upload("_index.md", week5)], {
        mode: "skip",
      }),
      translatorFor("en"),
    );
    expect(preview.ok).toBe(true);
    expect(fileReport(preview, "_index.vi.md")).toMatchObject({
      status: "ignored",
      message: expect.stringContaining("English page of week 5"),
    });
    expect(preview.weeks).toHaveLength(1);
    expect(preview.weeks[0]).toMatchObject({ lang: "en", fileName: "_index.md" });
    expect(preview.weeks[0]!.warnings.map(inEnglish)).toContain(
      "The Vietnamese page (_index.vi.md) was not imported: a week keeps one page, and export writes both languages from it.",
    );
  });

  it("imports a zip of a content/1-Worklog tree, skipping the section page", async () => {
    const tree = zip({
      "content/1-Worklog/_index.md": '---\ntitle: "Worklog"\n---\n\nMy weeks.\n',
      "content/1-Worklog/1.5-Week5/_index.md": week5,
      "content/1-Worklog/1.5-Week5/_index.vi.md": read("import/week5.vi.md"),
      "content/1-Worklog/1.6-Week6/_index.md": read("import/week6.en.md"),
      "content/2-Proposal/_index.md": "# Proposal\n",
      "static/images/lab.png": "\x89PNG",
    });
    const result = await importWorklog(intern, [upload("site.zip", tree)], { mode: "skip" });
    expect(result.saved && result.weeks.map((w) => [w.number, w.action])).toEqual([
      [5, "create"],
      [6, "create"],
    ]);
    expect(result.preview.files.map((f) => [f.name, f.status])).toEqual([
      ["site.zip: content/1-Worklog/_index.md", "ignored"],
      ["site.zip: content/1-Worklog/1.5-Week5/_index.md", "week"],
      ["site.zip: content/1-Worklog/1.5-Week5/_index.vi.md", "ignored"],
      ["site.zip: content/1-Worklog/1.6-Week6/_index.md", "week"],
      ["site.zip", "ignored"],
    ]);
  });
});

describe("weeks that already exist", () => {
  let existingId: string;
  beforeEach(async () => {
    // The curriculum's week 5 shares some tasks with the FCJ page (Monday's module, Saturday's labs).
    existingId = (await createWeekFromTemplate(intern, { number: 5, template: "curriculum" })).weekId;
  });

  it("are skipped when asked to skip: nothing changes", async () => {
    const before = await rowCounts();
    const snapshot = await weekAsShown(existingId);
    const result = await importWorklog(intern, [upload("_index.md", week5)], { mode: "skip" });
    expect(result).toMatchObject({ saved: true, weeks: [] });
    expect(previewInWords(result.preview, translatorFor("en")).weeks[0]).toMatchObject({
      action: "skip",
      reason: "You already have week 5 (a draft); it is kept as it is.",
    });
    expect(result.preview.counts).toEqual({ create: 0, replace: 0, skip: 1, errors: 0 });
    expect(await rowCounts()).toEqual(before);
    expect(await weekAsShown(existingId)).toBe(snapshot);
  });

  it("are replaced when asked: same week, new content, review comments and unchanged ticks kept", async () => {
    const old = await getWeek(intern, existingId);
    const monday = old.days[0]!.tasks.find((t) => t.text === "Study Module 05-01: Shared Responsibility Model")!;
    const tuesday = old.days[1]!.tasks[0]!;
    await setTaskDone(intern, { taskId: monday.id, done: true });
    await setTaskDone(intern, { taskId: tuesday.id, done: true }); // "Study Module 05-03" on Tuesday: the page moves it to Wednesday
    await addReviewComment(mentor, { weekId: existingId, body: "Add your labs." });
    const page = week5;
    const preview = await previewImport(intern, [upload("_index.md", page)], { mode: "replace" });
    expect(preview.weeks[0]).toMatchObject({ action: "replace" });
    const result = await importWorklog(intern, [upload("_index.md", page)], { mode: "replace" });
    expect(result.saved && result.weeks).toEqual([{ number: 5, weekId: existingId, action: "replace" }]);
    const week = await getWeek(intern, existingId);
    expect(week.days).toHaveLength(7);
    expect(week.objectives).toHaveLength(5);
    expect(week.days[0]!.tasks.map((t) => [t.text, t.done])).toEqual([
      ["Study Module 05-01: Shared Responsibility Model", true],
    ]);
    expect(week.days[2]!.tasks.map((t) => [t.text, t.done])).toEqual([
      ["Study Module 05-03: Amazon Cognito", false],
      ["Study Module 05-04: AWS Organization", false],
    ]);
    expect(week.progress).toMatchObject({ done: 1, total: 12 });
    expect(week.comments.map((c) => c.body)).toEqual(["Add your labs."]);
    expect(normalisePage((await exportWeek(intern, existingId)).markdown)).toBe(normalisePage(page));
    expect(
      (await db.auditEvent.findMany({ where: { weekId: existingId, action: { contains: "import" } } })).map(
        (e) => e.action,
      ),
    ).toEqual(["week.replaced-by-import"]);
  });

  it("are never replaced once submitted or approved", async () => {
    await submitWeek(intern, existingId);
    const before = await rowCounts();
    const result = await importWorklog(intern, [upload("_index.md", week5)], { mode: "replace" });
    expect(previewInWords(result.preview, translatorFor("en")).weeks[0]).toMatchObject({
      action: "skip",
      reason: expect.stringContaining("submitted for review, so it cannot be replaced"),
    });
    expect(previewInWords(result.preview, translatorFor("vi")).weeks[0]?.reason).toBe(
      "Tuần 5 của bạn đã nộp, đang chờ duyệt nên không thể thay thế; tuần đó được giữ nguyên.",
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe("bad input: a clear error per file, and nothing written", () => {
  async function expectRefused(files: UploadedFile[], errors: Record<string, string | RegExp>) {
    const before = await rowCounts();
    const result = await importWorklog(intern, files, { mode: "replace" });
    expect(result.saved).toBe(false);
    expect(result.preview.ok).toBe(false);
    const preview = previewInWords(result.preview, translatorFor("en"));
    for (const [name, message] of Object.entries(errors)) {
      expect(fileReport(preview, name), name).toMatchObject({
        status: "error",
        message: typeof message === "string" ? message : expect.stringMatching(message),
      });
    }
    expect(result.preview.counts.errors).toBe(Object.keys(errors).length);
    expect(await rowCounts()).toEqual(before);
  }

  it("a bad file among good ones: binary, not a worklog, wrong type, empty, HTML that runs script", async () => {
    await expectRefused(
      [
        upload("_index.md", week5),
        upload("week6.md", read("import/week6.en.md")),
        upload("photo.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x00])),
        upload("notes.md", read("worklog/not-a-worklog.md")),
        upload("photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
        upload("empty.md", ""),
        upload("xss.md", read("import/script-in-cell.en.md")),
        upload("xss2.md", read("worklog/en-html-in-cells.en.md")),
        upload(
          "link.md",
          read("import/week6.en.md").replace(
            "<https://cloudjourney.awsstudygroup.com/>",
            "[docs](javascript:alert(1))",
          ),
        ),
      ],
      {
        "photo.md": /not UTF-8 text \(it looks binary\)/,
        "notes.md": /doesn't look like a worklog page/,
        "photo.png": "This is not a Markdown page (.md) or a .zip of your content/1-Worklog folder.",
        "empty.md": /The file is empty/,
        "xss.md": /^Line 13 holds HTML that Worklog does not keep \(<img src=x onerror=alert\(1\)>\): <img> is refused/,
        "xss2.md": /^Line 11 holds HTML that Worklog does not keep \(<script>\): <script> is refused/,
        "link.md": /^Line 18 links to "javascript:alert\(1\)"/,
      },
    );
  });

  it("pages over the size limit, and weeks beyond the cohort or without a number", async () => {
    expect(IMPORT_LIMITS.pageBytes).toBe(MAX_WORKLOG_BYTES);
    const huge = `${week5}\n${"x".repeat(IMPORT_LIMITS.pageBytes)}`;
    await expectRefused(
      [
        upload("huge.md", huge),
        upload("week13.md", week5.replaceAll("Week 5", "Week 13").replace("1.5.", "1.13.")),
        upload("nonumber.md", "### Objectives:\n\n* Learn\n"),
      ],
      {
        "huge.md": `This page is larger than ${sizeInWords(IMPORT_LIMITS.pageBytes)}; a worklog page is a few kilobytes.`,
        "week13.md": "This page is week 13, but your cohort has 12 weeks.",
        "nonumber.md": /No week number found/,
      },
    );
  });

  it("two pages of the same week and language", async () => {
    await expectRefused([upload("a.md", week5), upload("b.md", week5)], {
      "b.md": "Another uploaded page (a.md) is week 5 too. Upload one page per week and language.",
    });
  });

  it("a day with more tasks than the editors allow", async () => {
    const crowded = week5.replace(
      "- Practice the related labs of week 5",
      Array.from({ length: 21 }, (_, i) => `- Lab ${i + 1}`).join(" <br> "),
    );
    await expectRefused([upload("_index.md", crowded)], {
      "_index.md": "Sat (row 6): The day has more than 20 tasks.",
    });
  });

  it("a zip with a path escaping its folder", async () => {
    for (const evil of ["../evil.md", "content/../../evil.md", "/etc/evil.md", "C:/evil.md", "..\\evil.md"]) {
      await expectRefused(
        [
          upload("_index.md", week5),
          upload(
            "worklog.zip",
            zip({ "content/1-Worklog/1.6-Week6/_index.md": read("import/week6.en.md"), [evil]: week5 }),
          ),
        ],
        {
          "worklog.zip": /^This zip was refused: ".*evil\.md" points outside the zip's folder/,
        },
      );
    }
  });

  it("a zip with too many files or entries, damaged, or unpacking to too much", async () => {
    const many = Object.fromEntries(
      Array.from({ length: IMPORT_LIMITS.files + 1 }, (_, i) => [`content/1-Worklog/notes/${i}.md`, "x"]),
    );
    const thousands = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`${i}.md`, ""]));
    const bomb = zip({
      "content/1-Worklog/1.5-Week5/_index.md": week5,
      "content/1-Worklog/big/_index.md": "a".repeat(IMPORT_LIMITS.pageBytes * 0.9),
    });
    const bombs = Object.fromEntries(
      // Each page under the page limit, together over the upload limit.
      Array.from({ length: Math.ceil(IMPORT_LIMITS.uploadBytes / (IMPORT_LIMITS.pageBytes * 0.99)) + 1 }, (_, i) => [
        `content/1-Worklog/w${i}/_index.md`,
        "a".repeat(IMPORT_LIMITS.pageBytes * 0.99),
      ]),
    );
    await expectRefused(
      [
        upload("many.zip", zip(many)),
        upload("thousands.zip", zip(thousands)),
        upload("broken.zip", zip({ "a.md": week5 }).slice(0, 100)),
        upload("bombs.zip", zip(bombs)),
        upload("ok-but-big-page.zip", bomb),
      ],
      {
        "many.zip": `This zip holds ${IMPORT_LIMITS.files + 1} files; an import takes at most ${IMPORT_LIMITS.files}. Zip only your content/1-Worklog folder.`,
        "thousands.zip": /^This zip holds more than 200 entries/,
        "broken.zip": /^This zip cannot be read/,
        "bombs.zip": `This zip unpacks to more than ${sizeInWords(IMPORT_LIMITS.uploadBytes)} of pages; a whole worklog is far smaller.`,
        "ok-but-big-page.zip: content/1-Worklog/big/_index.md": /doesn't look like a worklog page/,
      },
    );
  });

  it("more pages in one import than the limit, across several zips", async () => {
    const half = (tag: string) =>
      zip(Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`${tag}/${i}.md`, week5])));
    await expectRefused([upload("a.zip", half("a")), upload("b.zip", half("b"))], {
      "These files": `They hold 62 pages; one import takes at most ${IMPORT_LIMITS.files}. Import your worklog in smaller groups.`,
    });
  });

  it("uploads over the limits are refused by the shared schema before any reading", () => {
    const file = (name: string, size: number) => new File([new Uint8Array(size)], name);
    const tooBig = importUploadSchema.safeParse({
      mode: "skip",
      files: [file("a.zip", IMPORT_LIMITS.uploadBytes + 1)],
    });
    expect(tooBig.error?.issues.map((i) => inEnglish(i.message))).toContain(
      `a.zip is larger than ${sizeInWords(IMPORT_LIMITS.uploadBytes)}.`,
    );
    const tooMany = importUploadSchema.safeParse({
      files: Array.from({ length: IMPORT_LIMITS.files + 1 }, (_, i) => file(`${i}.md`, 10)),
    });
    expect(tooMany.success).toBe(false);
    expect(inEnglish(importUploadSchema.safeParse({ files: [] }).error?.issues[0]?.message)).toMatch(
      /Choose at least one/,
    );
    expect(importUploadSchema.safeParse({ mode: "overwrite", files: [file("a.md", 1)] }).success).toBe(false);
  });

  it("only interns import, into their own cohort's weeks", async () => {
    await expect(previewImport(mentor, [upload("_index.md", week5)], { mode: "skip" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(importWorklog(mentor, [upload("_index.md", week5)], { mode: "skip" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const loner = (await viewerById((await createIntern({ cohortId })).id))!;
    await db.enrollment.delete({ where: { userId: loner.id } });
    await expect(importWorklog(loner, [upload("_index.md", week5)], { mode: "skip" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await db.week.count({ where: { internId: { in: [intern.id, loner.id] } } })).toBe(0);
  });
});

describe("export follows the week's access rules", () => {
  let weekId: string;
  beforeEach(async () => {
    weekId = await importFixtureWeek5();
  });

  it("another intern, a mentor of another cohort: not found, the same as a week that does not exist", async () => {
    const other = (await viewerById((await createIntern({ cohortId })).id))!;
    const otherCohort = await createCohort();
    const otherMentor = (await viewerById((await createMentor({ cohortIds: [otherCohort.id] })).id))!;
    for (const viewer of [other, otherMentor]) {
      await expect(exportWeek(viewer, weekId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportWorklog(viewer, { internId: intern.id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportWorklogZip(viewer, { internId: intern.id })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(exportWeek(intern, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportWeek(intern, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    // A mentor has no worklog of their own.
    await expect(exportWorklogZip(mentor)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the intern's mentor exports the week and the intern's whole worklog", async () => {
    expect((await exportWeek(mentor, weekId)).own).toBe(false);
    await createWeek({ internId: intern.id, cohortId, number: 1 });
    const { fileName, bytes } = await exportWorklogZip(mentor, { internId: intern.id });
    expect(fileName).toMatch(/^worklog-user-[0-9a-f]{8}\.zip$/);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      "content/1-Worklog/_index.md",
      "content/1-Worklog/_index.vi.md",
      "content/1-Worklog/1.1-Week1/_index.md",
      "content/1-Worklog/1.1-Week1/_index.vi.md",
      "content/1-Worklog/1.5-Week5/_index.md",
      "content/1-Worklog/1.5-Week5/_index.vi.md",
    ]);
    const text = (name: string) => new TextDecoder().decode(files[name]);
    expect(normalisePage(text("content/1-Worklog/1.5-Week5/_index.md"))).toBe(normalisePage(week5));
    expect(text("content/1-Worklog/_index.md")).toContain("**Week 5:** [Week 5 Worklog](1.5-week5/)");
    expect(text("content/1-Worklog/_index.vi.md")).toContain("**Tuần 5:** [Worklog Tuần 5](1.5-week5/)");
  });

  it("one week in one language, as the command line asks", async () => {
    const { files } = await exportWorklog(intern, { weekNumber: 5, langs: ["vi"] });
    expect(files.map((f) => f.path)).toEqual(["content/1-Worklog/1.5-Week5/_index.vi.md"]);
    await expect(exportWorklog(intern, { weekNumber: 9 })).rejects.toBeInstanceOf(NotFoundError);
  });
});
