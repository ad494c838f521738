// Every week's kept task counts (weeks.task_count / done_count, written by the triggers of migration
// week_task_counters) equal its real counts after every write of whole weeks: new weeks, imports,
// the seeds' and the factories' bulk writes, reviews, an intern moved to another cohort, cascades.
// The intern's edits of tasks and days: week-counters.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8 } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { moveIntern } from "@/lib/server/data/admin";
import { decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { setTaskDone } from "@/lib/server/data/tasks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { insertWeeks } from "@/lib/server/data/week-content";
import { createWeek } from "@/lib/server/data/create-week";
import { getWeek } from "@/lib/server/data/weeks";
import { importWorklog } from "@/lib/server/data/worklog-io/import-worklog";
import { previewImport } from "@/lib/server/data/worklog-io/preview-import";
import type { UploadedFile } from "@/lib/worklog/import/uploads";
import { cohortWeekDates } from "@/lib/worklog/dates";
import {
  createCohort,
  createCohortWithWeeks,
  createIntern,
  createMentor,
  createUser,
  createWeek as makeWeek,
  seedDemo,
} from "../factories";
import { expectCountsKept, expectWeek, kept, startFromInternWithWeek } from "./week-counts";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const read = (file: string) => readFileSync(path.join(fixtures, file), "utf8");
const week5Page = read("fcj-week5.en.md");
const week6Page = read("import/week6.en.md");
const upload = (name: string, text: string): UploadedFile => ({ name, bytes: strToU8(text) });

let intern: Viewer;
let cohortId: string;
/** Week 1 from the factory: Mon and Tue, two tasks each, nothing ticked. */
let weekId: string;

beforeEach(async (context) => {
  ({ intern, cohortId, weekId } = await startFromInternWithWeek(context));
});

const days = async (id = weekId) => (await getWeek(intern, id)).days;

describe("createWeek", () => {
  it("from the curriculum, blank, and as a copy of the previous week (copied ticks are not)", async () => {
    const [mon] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    // Week 5 of the curriculum: modules 05-01 to 05-08 two a day Mon-Thu, one lab task Sat, two tasks Sun.
    const fromCurriculum = (await createWeek(intern, { number: 5, template: "curriculum" })).weekId;
    await expectWeek(fromCurriculum, { tasks: 11, done: 0 });
    const blank = (await createWeek(intern, { number: 3, template: "blank" })).weekId;
    await expectWeek(blank, { tasks: 0, done: 0 });
    const copy = (await createWeek(intern, { number: 2, template: "copy-previous" })).weekId;
    await expectWeek(copy, { tasks: 4, done: 0 });
    expect(await kept(weekId)).toEqual({ tasks: 4, done: 1 });
    // A copy of a curriculum week.
    const copyOfCurriculum = (await createWeek(intern, { number: 6, template: "copy-previous" })).weekId;
    await expectWeek(copyOfCurriculum, { tasks: 11, done: 0 });
  });
});

describe("import", () => {
  it("previewing writes no counts; importing creates weeks with their tasks counted", async () => {
    const files = [upload("_index.md", week5Page), upload("week6.md", week6Page)];
    const before = await expectCountsKept();
    const preview = await previewImport(intern, files, { mode: "skip" });
    expect(preview.weeks.map((w) => [w.number, w.action])).toEqual([
      [5, "create"],
      [6, "create"],
    ]);
    expect(await expectCountsKept()).toBe(before);
    const result = await importWorklog(intern, files, { mode: "skip" });
    if (!result.saved) throw new Error("The import was not saved");
    const [five, six] = result.weeks;
    await expectWeek(five!.weekId, { tasks: 12, done: 0 });
    await expectWeek(six!.weekId, { tasks: preview.weeks[1]!.taskCount, done: 0 });
    expect(preview.weeks[1]!.taskCount).toBeGreaterThan(0);
    expect(await expectCountsKept()).toBe(before + 2);
  });

  it("replacing a week that had ticked tasks: unchanged ticked tasks stay counted, the others go", async () => {
    const existingId = (await createWeek(intern, { number: 5, template: "curriculum" })).weekId;
    const old = await days(existingId);
    // Kept by the page (Monday, same text); moved by the page to Wednesday (05-03) and to Friday (05-08).
    const monday = old[0]!.tasks.find((t) => t.text === "Study Module 05-01: Shared Responsibility Model")!;
    for (const taskId of [monday.id, old[1]!.tasks[0]!.id, old[3]!.tasks[1]!.id])
      await setTaskDone(intern, { taskId, done: true });
    await expectWeek(existingId, { tasks: 11, done: 3 });
    const files = [upload("_index.md", week5Page)];
    expect((await previewImport(intern, files, { mode: "replace" })).weeks[0]).toMatchObject({
      action: "replace",
      taskCount: 12,
    });
    await expectWeek(existingId, { tasks: 11, done: 3 });
    const result = await importWorklog(intern, files, { mode: "replace" });
    expect(result.saved && result.weeks).toEqual([{ number: 5, weekId: existingId, action: "replace" }]);
    await expectWeek(existingId, { tasks: 12, done: 1 });
    // Replaced again by the same page: the tick is kept once, not added again.
    await setTaskDone(intern, { taskId: (await days(existingId))[6]!.tasks[0]!.id, done: true });
    await expectWeek(existingId, { tasks: 12, done: 2 });
    await importWorklog(intern, files, { mode: "replace" });
    await expectWeek(existingId, { tasks: 12, done: 2 });
    // Skipped: nothing changes.
    await importWorklog(intern, files, { mode: "skip" });
    await expectWeek(existingId, { tasks: 12, done: 2 });
  });
});

describe("bulk writes (insertWeeks, behind the seeds' and the factories' builder)", () => {
  it("weeks written several batches at a time, with ticked tasks and module links, are counted", async () => {
    const cohort = await createCohort({ startDate: "2026-01-05" });
    const interns = [await createIntern({ cohortId: cohort.id }), await createIntern({ cohortId: cohort.id })];
    // Week 5 of the curriculum (as a new week from the curriculum has it), Monday's and Tuesday's tasks ticked.
    const template = await getWeek(intern, (await createWeek(intern, { number: 5, template: "curriculum" })).weekId);
    const page = {
      number: 5,
      frontMatter: { title: "Week 5 Worklog" },
      objectives: ["Learn IAM"],
      achievements: [],
      days: template.days.map((d) => ({
        label: d.label,
        references: [],
        tasks: d.tasks.map((t) => ({ text: t.text, subItems: [], moduleCodes: t.modules.map((m) => m.code) })),
      })),
      extraSections: [],
    };
    const batches: number[] = [];
    const written = await db.$transaction((tx) =>
      insertWeeks(
        tx,
        interns.flatMap((u) =>
          [5, 6, 7].map((number) => ({
            internId: u.id,
            cohortId: cohort.id,
            week: { ...page, number },
            ...cohortWeekDates("2026-01-05", number),
            doneAt: (day: number) => (day < 2 ? new Date() : null),
          })),
        ),
        { batchSize: 4, onBatch: (done) => batches.push(done) },
      ),
    );
    expect(batches).toEqual([4, 6]);
    for (const { id } of written) await expectWeek(id, { tasks: 11, done: 4 });
    const links = await db.taskModule.count({ where: { task: { day: { weekId: written[0]!.id } } } });
    expect(links).toBe(template.days.flatMap((d) => d.tasks).filter((t) => t.modules.length > 0).length);
  });

  it("the factories' cohort grid and the demo seed are counted", async () => {
    const { weeks } = await createCohortWithWeeks({ interns: 4, weeks: 3, tasks: 4, done: (i, w) => i + w });
    await expectWeek(weeks.find((w) => w.number === 2)!.id, { tasks: 4, done: 2 });
    await seedDemo("2026-11-25");
    const demoWeeks = await db.week.findMany({ where: { intern: { email: "intern@example.com" } } });
    expect(demoWeeks.map((w) => w.doneCount).every((done) => done > 0)).toBe(true);
    await expectCountsKept();
  });
});

describe("reviews", () => {
  it("submitting, returning and approving a week change no count", async () => {
    const mentor = (await viewerById((await createMentor({ cohortIds: [cohortId] })).id))!;
    await setTaskDone(intern, { taskId: (await days())[0]!.tasks[0]!.id, done: true });
    await submitWeek(intern, weekId);
    await expectWeek(weekId, { tasks: 4, done: 1 });
    await decideWeek(mentor, { weekId, decision: "CHANGES_REQUESTED", comment: "More labs." });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    await submitWeek(intern, weekId);
    await decideWeek(mentor, { weekId, decision: "APPROVED" });
    await expectWeek(weekId, { tasks: 4, done: 1 });
  });
});

describe("admin moveIntern", () => {
  it("moves every week to the other cohort and changes none of their counts", async () => {
    const admin = (await viewerById((await createUser({ role: "ADMIN" })).id))!;
    const target = await createCohort({ startDate: "2026-01-05" });
    await setTaskDone(intern, { taskId: (await days())[1]!.tasks[0]!.id, done: true });
    const fromCurriculum = (await createWeek(intern, { number: 5, template: "curriculum" })).weekId;
    await setTaskDone(intern, { taskId: (await days(fromCurriculum))[0]!.tasks[0]!.id, done: true });
    await setTaskDone(intern, { taskId: (await days(fromCurriculum))[6]!.tasks[1]!.id, done: true });
    expect(await moveIntern(admin, { internId: intern.id, cohortId: target.id })).toEqual({ movedWeeks: 2 });
    expect(await db.week.findMany({ where: { internId: intern.id }, select: { cohortId: true } })).toEqual([
      { cohortId: target.id },
      { cohortId: target.id },
    ]);
    await expectWeek(weekId, { tasks: 4, done: 1 });
    await expectWeek(fromCurriculum, { tasks: 11, done: 2 });
  });
});

describe("deleting (no data-layer path deletes a week, a user or a cohort: raw SQL, as an admin tool would)", () => {
  it("deleting a user cascades to their weeks, days and tasks; every other week keeps its counts", async () => {
    const other = (await viewerById((await createIntern({ cohortId })).id))!;
    const otherWeek = (await makeWeek({ internId: other.id, cohortId, number: 1 })).id;
    await setTaskDone(other, { taskId: (await getWeek(other, otherWeek)).days[0]!.tasks[0]!.id, done: true });
    await setTaskDone(intern, { taskId: (await days())[0]!.tasks[0]!.id, done: true });
    await createWeek(intern, { number: 2, template: "copy-previous" });
    const before = await expectCountsKept();
    await db.$executeRaw`DELETE FROM users WHERE id = ${intern.id}::uuid`;
    expect(await db.week.count({ where: { internId: intern.id } })).toBe(0);
    expect(await expectCountsKept()).toBe(before - 2);
    await expectWeek(otherWeek, { tasks: 4, done: 1 });
  });

  it("deleting a single week (its days and tasks go with it) leaves the other weeks' counts", async () => {
    const second = (await makeWeek({ internId: intern.id, cohortId, number: 2 })).id;
    await setTaskDone(intern, { taskId: (await days(second))[0]!.tasks[0]!.id, done: true });
    await db.$executeRaw`DELETE FROM weeks WHERE id = ${second}::uuid`;
    expect(await db.day.count({ where: { weekId: second } })).toBe(0);
    await expectWeek(weekId, { tasks: 4, done: 0 });
  });

  it("a cohort with interns and weeks cannot be deleted (no cascade): nothing changes", async () => {
    await setTaskDone(intern, { taskId: (await days())[0]!.tasks[0]!.id, done: true });
    const before = await expectCountsKept();
    await expect(db.$executeRaw`DELETE FROM cohorts WHERE id = ${cohortId}::uuid`).rejects.toThrow();
    expect(await expectCountsKept()).toBe(before);
    await expectWeek(weekId, { tasks: 4, done: 1 });
  });
});
