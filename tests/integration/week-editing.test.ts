// The intern's edits through the data layer: what is saved, and every rejection, which must
// leave the week exactly as it was.
import { inEnglish, inVietnamese, refusalInEnglish } from "../support/words";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/data/errors";
import { submitWeek } from "@/lib/server/data/reviews";
import { setTaskDone } from "@/lib/server/data/tasks";
import { createWeek } from "@/lib/server/data/create-week";
import { moveDay, removeDay, saveDay } from "@/lib/server/data/days";
import { saveWeekItems } from "@/lib/server/data/week-items";
import { getWeek, listWeeksOfIntern } from "@/lib/server/data/weeks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { daySchema, LIMITS, weekItemsSchema } from "@/lib/schemas/week";
import { createCohort, createIntern, createWeek as makeWeek } from "../factories";
import { MODULE_CATALOGUE } from "../../prisma/demo-data";
import { dayInput, keep, newDayInput } from "../support/day-input";

let intern: Viewer;
let weekId: string;
let cohortId: string;

beforeEach(async () => {
  await db.module.createMany({ data: MODULE_CATALOGUE, skipDuplicates: true });
  const cohort = await createCohort({ startDate: "2026-01-05" });
  cohortId = cohort.id;
  const user = await createIntern({ cohortId });
  intern = (await viewerById(user.id))!;
  weekId = (await makeWeek({ internId: user.id, cohortId, number: 1 })).id;
});

/** The week as its page shows it (less the time it was read). */
async function snapshot() {
  const { readAt: _readAt, ...week } = await getWeek(intern, weekId);
  return JSON.stringify(week);
}

async function expectUnchanged<T>(attempt: () => Promise<T>, error: new (...args: never[]) => Error) {
  const before = await snapshot();
  await expect(attempt()).rejects.toBeInstanceOf(error);
  expect(await snapshot()).toBe(before);
}

describe("progress", () => {
  it("counts done over all tasks per day and per week, and follows ticks", async () => {
    let week = await getWeek(intern, weekId);
    expect(week.progress).toEqual({ done: 0, total: 4, percent: 0 });
    const [mon, tue] = week.days;
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    await setTaskDone(intern, { taskId: mon!.tasks[1]!.id, done: true });
    await setTaskDone(intern, { taskId: tue!.tasks[0]!.id, done: true });
    week = await getWeek(intern, weekId);
    expect(week.days.map((d) => d.progress)).toEqual([
      { done: 2, total: 2, percent: 100 },
      { done: 1, total: 2, percent: 50 },
    ]);
    expect(week.progress).toEqual({ done: 3, total: 4, percent: 75 });
    expect((await listWeeksOfIntern(intern, intern.id))[0]!.progress).toEqual(week.progress);
  });

  it("sets the state it is given (a repeated tick changes nothing) and records when and who", async () => {
    const taskId = (await getWeek(intern, weekId)).days[0]!.tasks[0]!.id;
    const first = await setTaskDone(intern, { taskId, done: true });
    const again = await setTaskDone(intern, { taskId, done: true });
    expect(again.doneAt).toBe(first.doneAt);
    await setTaskDone(intern, { taskId, done: false });
    const events = await db.auditEvent.findMany({ where: { entityId: taskId }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["task.ticked", intern.id],
      ["task.unticked", intern.id],
    ]);
  });

  it("answers a tick with the task's state and its week's and day's counts after it, stamped after the commit", async () => {
    const week = await getWeek(intern, weekId);
    const [mon, tue] = week.days;
    const before = Date.now();
    const first = await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    expect(first).toMatchObject({
      taskId: mon!.tasks[0]!.id,
      weekId,
      dayId: mon!.id,
      done: true,
      week: { done: 1, total: 4 },
      day: { done: 1, total: 2 },
    });
    expect(first.at).toBeGreaterThanOrEqual(before);
    const second = await setTaskDone(intern, { taskId: tue!.tasks[1]!.id, done: true });
    expect(second).toMatchObject({ dayId: tue!.id, week: { done: 2, total: 4 }, day: { done: 1, total: 2 } });
    expect(second.at).toBeGreaterThanOrEqual(first.at);
    // A repeated tick answers the same counts; unticking takes them back.
    expect(await setTaskDone(intern, { taskId: tue!.tasks[1]!.id, done: true })).toMatchObject({
      week: { done: 2, total: 4 },
      day: { done: 1 },
    });
    expect(await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: false })).toMatchObject({
      done: false,
      week: { done: 1, total: 4 },
      day: { done: 0, total: 2 },
    });
    // The same numbers as the page shows when it is rendered again.
    const after = await getWeek(intern, weekId);
    expect(after.progress).toMatchObject({ done: 1, total: 4 });
    expect(after.readAt).toBeGreaterThanOrEqual(second.at);
  });
});

describe("editing a week", () => {
  it("saves objectives with order, edits and removals in one go", async () => {
    const week = await getWeek(intern, weekId);
    await saveWeekItems(intern, {
      weekId,
      kind: "OBJECTIVE",
      baseVersion: week.versions.objectives,
      items: [{ text: "New first" }, { id: week.objectives[0]!.id, text: "Learn the basics, edited" }],
    });
    expect((await getWeek(intern, weekId)).objectives.map((o) => o.text)).toEqual([
      "New first",
      "Learn the basics, edited",
    ]);
    await saveWeekItems(intern, { weekId, kind: "OBJECTIVE", baseVersion: week.versions.objectives + 1, items: [] });
    expect((await getWeek(intern, weekId)).objectives).toEqual([]);
    expect((await getWeek(intern, weekId)).achievements).toHaveLength(1);
  });

  it("saves a day's tasks, keeping ticks of the tasks it keeps, with module links", async () => {
    const week = await getWeek(intern, weekId);
    const mon = week.days[0]!;
    await setTaskDone(intern, { taskId: mon.tasks[1]!.id, done: true });
    await saveDay(intern, {
      ...dayInput(
        mon,
        [
          keep(mon.tasks[1]!, "Task 1.2 moved first"),
          { text: "Study Module 05-03: Amazon Cognito", moduleCodes: ["05-03"] },
        ],
        weekId,
      ),
      references: ["https://cloudjourney.awsstudygroup.com/"],
    });
    const saved = (await getWeek(intern, weekId)).days[0]!;
    expect(saved.tasks.map((t) => [t.text, t.done, t.modules.map((m) => m.code)])).toEqual([
      ["Task 1.2 moved first", true, []],
      ["Study Module 05-03: Amazon Cognito", false, ["05-03"]],
    ]);
  });

  it("adds, moves and removes days", async () => {
    const { dayId, version } = await saveDay(intern, newDayInput(weekId, "Wed", "2026-01-07", []));
    const { versions } = await getWeek(intern, weekId);
    await moveDay(intern, { weekId, dayId, direction: "up", baseVersion: versions.days });
    expect((await getWeek(intern, weekId)).days.map((d) => d.label)).toEqual(["Mon", "Wed", "Tue"]);
    await removeDay(intern, { weekId, dayId, baseVersion: version });
    expect((await getWeek(intern, weekId)).days.map((d) => d.label)).toEqual(["Mon", "Tue"]);
  });

  it("creates week N from the curriculum, blank, or as a copy of week N-1 with nothing ticked", async () => {
    const taskId = (await getWeek(intern, weekId)).days[0]!.tasks[0]!.id;
    await setTaskDone(intern, { taskId, done: true });
    const copy = await getWeek(intern, (await createWeek(intern, { number: 2, template: "copy-previous" })).weekId);
    expect(copy.days.map((d) => [d.label, d.startDate, d.tasks.length])).toEqual([
      ["Mon", "2026-01-12", 2],
      ["Tue", "2026-01-13", 2],
    ]);
    expect(copy.progress.done).toBe(0);
    const fromCurriculum = await getWeek(
      intern,
      (await createWeek(intern, { number: 5, template: "curriculum" })).weekId,
    );
    expect(fromCurriculum.startDate).toBe("2026-02-02");
    expect(fromCurriculum.days).toHaveLength(7);
    expect(fromCurriculum.days[0]!.tasks.map((t) => t.modules.map((m) => m.code))).toEqual([["05-01"], ["05-02"]]);
    expect(fromCurriculum.uncoveredModules).toEqual([]);
    const blank = await getWeek(intern, (await createWeek(intern, { number: 3, template: "blank" })).weekId);
    expect(blank.days.map((d) => d.tasks.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(blank.uncoveredModules.map((m) => m.code)).toEqual(["03-01", "03-02", "03-03", "03-04"]);
  });
});

describe("bad input is refused with a clear message and changes nothing", () => {
  const day = () => ({
    weekId,
    baseVersion: 0,
    label: "Mon",
    startDate: "2026-01-05",
    endDate: "2026-01-05",
    references: [] as string[],
  });

  it("empty task text, and text over the limit (schema, shared with the form)", () => {
    const empty = daySchema.safeParse({ ...day(), tasks: [{ text: "   ", moduleCodes: [] }] });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.path).toEqual(["tasks", 0, "text"]);
    expect(inEnglish(empty.error?.issues[0]?.message)).toBe("The task cannot be empty.");
    expect(inVietnamese(empty.error?.issues[0]?.message)).toBe("Công việc không được để trống.");
    const long = daySchema.safeParse({ ...day(), tasks: [{ text: "x".repeat(LIMITS.taskText + 1), moduleCodes: [] }] });
    expect(inEnglish(long.error?.issues[0]?.message)).toBe(
      `The task is too long (at most ${LIMITS.taskText} characters).`,
    );
    expect(inVietnamese(long.error?.issues[0]?.message)).toBe(`Công việc quá dài (tối đa ${LIMITS.taskText} ký tự).`);
    const item = weekItemsSchema.safeParse({
      weekId,
      kind: "OBJECTIVE",
      items: [{ text: "y".repeat(LIMITS.itemText + 1) }],
    });
    expect(item.success).toBe(false);
  });

  it("an end date before the start date", () => {
    const parsed = daySchema.safeParse({ ...day(), startDate: "2026-01-06", endDate: "2026-01-05", tasks: [] });
    expect(parsed.error?.issues[0]?.path).toEqual(["endDate"]);
    expect(inEnglish(parsed.error?.issues[0]?.message)).toBe("The end date is before the start date.");
    expect(inVietnamese(parsed.error?.issues[0]?.message)).toBe("Ngày hoàn thành đang trước ngày bắt đầu.");
  });

  it("a day outside the week", async () => {
    const attempt = () => saveDay(intern, { ...day(), startDate: "2026-01-20", endDate: "2026-01-20", tasks: [] });
    await expectUnchanged(attempt, ValidationError);
    await attempt().catch((e: ValidationError) =>
      expect(inEnglish(e.fieldErrors.startDate?.[0])).toBe(
        "This date is outside this week's dates (2026-01-05 to 2026-01-11).",
      ),
    );
  });

  it("a module code that does not exist", async () => {
    const attempt = () => saveDay(intern, { ...day(), tasks: [{ text: "Study", moduleCodes: ["99-99"] }] });
    await expectUnchanged(attempt, ValidationError);
    await attempt().catch((e: ValidationError) =>
      expect(e.fieldErrors["tasks.0.moduleCodes"]?.map(inEnglish)).toEqual(["No module 99-99 in the catalogue."]),
    );
  });

  it("editing a submitted or an approved week", async () => {
    await submitWeek(intern, weekId);
    const taskId = (await getWeek(intern, weekId)).days[0]!.tasks[0]!.id;
    await expectUnchanged(() => setTaskDone(intern, { taskId, done: true }), ConflictError);
    await db.week.update({ where: { id: weekId }, data: { status: "APPROVED", approvedAt: new Date() } });
    await expectUnchanged(
      () => saveWeekItems(intern, { weekId, kind: "ACHIEVEMENT", baseVersion: 0, items: [] }),
      ConflictError,
    );
    await expectUnchanged(() => saveDay(intern, { ...day(), tasks: [] }), ConflictError);
    expect(await refusalInEnglish(saveDay(intern, { ...day(), tasks: [] }))).toBe(
      "This week is approved and can no longer be changed.",
    );
  });

  it("a multi-row edit that fails half-way leaves nothing half-saved", async () => {
    const week = await getWeek(intern, weekId);
    const mon = week.days[0]!;
    // The second task's id belongs to another day: the whole save is refused, the first task keeps its text.
    await expectUnchanged(
      () =>
        saveDay(intern, {
          ...day(),
          dayId: mon.id,
          baseVersion: mon.version,
          tasks: [
            { id: mon.tasks[0]!.id, text: "Renamed", moduleCodes: [] },
            { id: week.days[1]!.tasks[0]!.id, text: "Stolen", moduleCodes: [] },
          ],
        }),
      ValidationError,
    );
  });

  it("a week number that exists, or beyond the cohort", async () => {
    await expect(createWeek(intern, { number: 1, template: "blank" })).rejects.toThrow(ValidationError);
    await expect(createWeek(intern, { number: 13, template: "blank" })).rejects.toThrow(ValidationError);
    expect(await db.week.count({ where: { internId: intern.id } })).toBe(1);
  });

  it("another intern's week, by a crafted call", async () => {
    const other = (await viewerById((await createIntern({ cohortId })).id))!;
    const taskId = (await getWeek(intern, weekId)).days[0]!.tasks[0]!.id;
    const before = await snapshot();
    expect(await refusalInEnglish(setTaskDone(other, { taskId, done: true }))).toBe(
      "This task does not exist, or you may not see it.",
    );
    expect(await refusalInEnglish(saveWeekItems(other, { weekId, kind: "OBJECTIVE", baseVersion: 0, items: [] }))).toBe(
      "This week does not exist, or you may not see it.",
    );
    expect(await snapshot()).toBe(before);
    await expect(createWeek({ ...other, role: "MENTOR" }, { number: 2, template: "blank" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
