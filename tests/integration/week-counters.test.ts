// Every week's kept task counts (weeks.task_count / done_count, written by the triggers of migration
// week_task_counters) equal its real counts after the intern's edits of tasks and days: ticks, day
// edits, days removed and moved, concurrent ticks. Whole weeks written, moved and deleted:
// week-counters-whole-weeks.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { canEdit } from "@/lib/worklog/status";
import { setTaskDone } from "@/lib/server/data/tasks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { createWeek } from "@/lib/server/data/create-week";
import { moveDay, removeDay, saveDay } from "@/lib/server/data/days";
import { getWeek, type DayView } from "@/lib/server/data/weeks";
import type { DayInput } from "@/lib/schemas/week";
import { createMentor } from "../factories";
import { add, dayInput, keep, newDayInput } from "../support/day-input";
import { expectCountsKept, expectWeek, startFromInternWithWeek } from "./week-counts";

let intern: Viewer;
/** Week 1 from the factory: Mon and Tue, two tasks each, nothing ticked. */
let weekId: string;

beforeEach(async (context) => {
  ({ intern, weekId } = await startFromInternWithWeek(context));
});

const days = async (id = weekId) => (await getWeek(intern, id)).days;

/** Saves this day of the week with these tasks, the rest of it as it is. */
const saveTasks = (day: DayView, tasks: DayInput["tasks"]) => saveDay(intern, dayInput(day, tasks, weekId));

async function doneOf(taskIds: string[]) {
  const tasks = await db.task.findMany({ where: { id: { in: taskIds } }, select: { id: true, done: true } });
  const byId = new Map(tasks.map((t) => [t.id, t.done]));
  return taskIds.map((id) => byId.get(id));
}

describe("the check itself", () => {
  it("passes on fresh weeks and names a week whose counts drifted", async () => {
    await expectWeek(weekId, { tasks: 4, done: 0 });
    await db.$executeRaw`UPDATE weeks SET done_count = done_count + 1 WHERE id = ${weekId}::uuid`;
    try {
      await expect(expectCountsKept()).rejects.toThrow(
        `week 1 ${weekId} (intern ${intern.id}): kept 1/4 done/tasks, real 0/4`,
      );
    } finally {
      await db.$executeRaw`UPDATE weeks SET done_count = done_count - 1 WHERE id = ${weekId}::uuid`;
    }
    await expectWeek(weekId, { tasks: 4, done: 0 });
  });
});

describe("ticks (setTaskDone)", () => {
  it("tick, repeated tick, untick, repeated untick", async () => {
    const [mon, tue] = await days();
    const first = await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    expect(first.week).toEqual({ done: 1, total: 4 });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    await setTaskDone(intern, { taskId: tue!.tasks[1]!.id, done: true });
    await expectWeek(weekId, { tasks: 4, done: 2 });
    // The same state again: no change, nothing counted twice.
    expect((await setTaskDone(intern, { taskId: tue!.tasks[1]!.id, done: true })).week).toEqual({ done: 2, total: 4 });
    await expectWeek(weekId, { tasks: 4, done: 2 });
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: false });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    expect((await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: false })).week).toEqual({ done: 1, total: 4 });
    await expectWeek(weekId, { tasks: 4, done: 1 });
  });
});

describe("saveDay, tasks added and removed", () => {
  it("adds tasks to a day, and a new day with tasks", async () => {
    const [mon] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    await saveTasks(mon!, [...mon!.tasks.map((t) => keep(t)), add("Added 1"), add("Added 2")]);
    await expectWeek(weekId, { tasks: 6, done: 1 });
    await saveDay(intern, newDayInput(weekId, "Wed", "2026-01-07", [add("W1"), add("W2"), add("W3")]));
    await expectWeek(weekId, { tasks: 9, done: 1 });
    // A new day with no tasks.
    await saveDay(intern, { weekId, baseVersion: 0, label: "Thu", references: [], tasks: [] });
    await expectWeek(weekId, { tasks: 9, done: 1 });
  });

  it("removes tasks, a ticked one included", async () => {
    const [mon, tue] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    await setTaskDone(intern, { taskId: tue!.tasks[0]!.id, done: true });
    await expectWeek(weekId, { tasks: 4, done: 2 });
    // Mon loses its ticked task.
    await saveTasks(mon!, [keep(mon!.tasks[1]!)]);
    await expectWeek(weekId, { tasks: 3, done: 1 });
    // Tue loses all of its tasks (one ticked).
    await saveTasks(tue!, []);
    await expectWeek(weekId, { tasks: 1, done: 0 });
  });
});

describe("saveDay, the same tasks edited", () => {
  it("edits task text only: no count changes and the ticks stay", async () => {
    const [mon] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[1]!.id, done: true });
    await saveTasks(
      mon!,
      mon!.tasks.map((t) => keep(t, `${t.text}, edited`)),
    );
    await expectWeek(weekId, { tasks: 4, done: 1 });
    expect(await doneOf(mon!.tasks.map((t) => t.id))).toEqual([false, true]);
    // Only the label and references changed: the same.
    const edited = (await days())[0]!;
    await saveDay(intern, {
      ...dayInput(
        edited,
        edited.tasks.map((t) => keep(t)),
        weekId,
      ),
      label: "Monday",
      references: ["https://cloudjourney.awsstudygroup.com/"],
    });
    await expectWeek(weekId, { tasks: 4, done: 1 });
  });

  it("reorders tasks: no count changes and the ticks stay with their tasks", async () => {
    const [mon] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    await saveTasks(
      mon!,
      [...mon!.tasks].reverse().map((t) => keep(t)),
    );
    await expectWeek(weekId, { tasks: 4, done: 1 });
    const reordered = (await days())[0]!;
    expect(reordered.tasks.map((t) => [t.id, t.done])).toEqual([
      [mon!.tasks[1]!.id, false],
      [mon!.tasks[0]!.id, true],
    ]);
  });

  it("a day with ticked tasks edited in one save (kept, removed, renamed, added, reordered): kept ticks stay, new tasks are not done", async () => {
    // Mon gets four tasks, three of them ticked.
    const [mon] = await days();
    await saveTasks(mon!, [...mon!.tasks.map((t) => keep(t)), add("Third"), add("Fourth")]);
    const monWithFour = (await days())[0]!;
    const four = monWithFour.tasks;
    for (const task of four.slice(0, 3)) await setTaskDone(intern, { taskId: task.id, done: true });
    await expectWeek(weekId, { tasks: 6, done: 3 });
    // Drop ticked #1 and unticked #4, rename ticked #2, keep ticked #3, add two, all reordered.
    await saveTasks(monWithFour, [add("New A"), keep(four[2]!), keep(four[1]!, "Second, renamed"), add("New B")]);
    await expectWeek(weekId, { tasks: 6, done: 2 });
    expect((await days())[0]!.tasks.map((t) => [t.text, t.done])).toEqual([
      ["New A", false],
      ["Third", true],
      ["Second, renamed", true],
      ["New B", false],
    ]);
  });
});

describe("removeDay and moveDay", () => {
  it("removing a day takes its tasks out of the counts, ticked ones included", async () => {
    const [mon, tue] = await days();
    for (const taskId of [mon!.tasks[0]!.id, mon!.tasks[1]!.id, tue!.tasks[0]!.id])
      await setTaskDone(intern, { taskId, done: true });
    await expectWeek(weekId, { tasks: 4, done: 3 });
    await removeDay(intern, { weekId, dayId: mon!.id, baseVersion: mon!.version });
    await expectWeek(weekId, { tasks: 2, done: 1 });
    await removeDay(intern, { weekId, dayId: tue!.id, baseVersion: tue!.version });
    await expectWeek(weekId, { tasks: 0, done: 0 });
  });

  it("moving a day within the week changes no count", async () => {
    const [mon, tue] = await days();
    await setTaskDone(intern, { taskId: tue!.tasks[1]!.id, done: true });
    const daysVersion = async () => (await getWeek(intern, weekId)).versions.days;
    await moveDay(intern, { weekId, dayId: tue!.id, baseVersion: await daysVersion(), direction: "up" });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    await moveDay(intern, { weekId, dayId: tue!.id, baseVersion: await daysVersion(), direction: "down" });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    // Already first: nothing moves.
    await moveDay(intern, { weekId, dayId: mon!.id, baseVersion: await daysVersion(), direction: "up" });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    expect((await days()).map((d) => d.id)).toEqual([mon!.id, tue!.id]);
  });
});

describe("module counts (the heatmap's week_module_counts)", () => {
  /** The week's kept module counts, as "code done/tasks", rows of zeros left out. */
  const moduleCounts = async () =>
    (
      await db.weekModuleCount.findMany({
        where: { weekId, taskCount: { gt: 0 } },
        select: { taskCount: true, doneCount: true, module: { select: { code: true } } },
        orderBy: { module: { code: "asc" } },
      })
    ).map((k) => `${k.module.code} ${k.doneCount}/${k.taskCount}`);

  it("follow module links added and changed, ticks, and tasks and days removed", async () => {
    const [mon] = await days();
    const [first, second] = mon!.tasks;
    const linked = (task: { id: string; text: string }, moduleCodes: string[]) => ({ ...keep(task), moduleCodes });
    await saveTasks(mon!, [linked(first!, ["01-01", "01-02"]), linked(second!, ["01-01"])]);
    await expectCountsKept();
    expect(await moduleCounts()).toEqual(["01-01 0/2", "01-02 0/1"]);
    await setTaskDone(intern, { taskId: first!.id, done: true });
    await expectCountsKept();
    expect(await moduleCounts()).toEqual(["01-01 1/2", "01-02 1/1"]);
    // The ticked task's links change; the tick stays.
    await saveTasks((await days())[0]!, [linked(first!, ["01-02"]), linked(second!, ["01-01"])]);
    await expectCountsKept();
    expect(await moduleCounts()).toEqual(["01-01 0/1", "01-02 1/1"]);
    await saveTasks((await days())[1]!, [{ ...add("New lab"), moduleCodes: ["01-01"] }]);
    const lab = (await days())[1]!.tasks[0]!;
    await setTaskDone(intern, { taskId: lab.id, done: true });
    await expectCountsKept();
    expect(await moduleCounts()).toEqual(["01-01 1/2", "01-02 1/1"]);
    // The ticked, linked task leaves its day; then the whole day goes.
    await saveTasks((await days())[0]!, [linked(second!, ["01-01"])]);
    await expectCountsKept();
    expect(await moduleCounts()).toEqual(["01-01 1/2"]);
    const monNow = (await days())[0]!;
    await removeDay(intern, { weekId, dayId: monNow.id, baseVersion: monNow.version });
    await expectCountsKept();
    expect(await moduleCounts()).toEqual(["01-01 1/1"]);
  });
});

describe("concurrency", () => {
  it("20 ticks and unticks of one week's tasks sent at once from two sessions of its intern", async () => {
    // Two sessions of the intern: the only viewers allowed to tick (a mentor of the cohort may not).
    const sessionA = (await viewerById(intern.id))!;
    const sessionB = (await viewerById(intern.id))!;
    const { cohortId } = await db.week.findUniqueOrThrow({ where: { id: weekId }, select: { cohortId: true } });
    const mentor = (await viewerById((await createMentor({ cohortIds: [cohortId] })).id))!;
    const concurrentId = (await createWeek(intern, { number: 5, template: "curriculum" })).weekId;
    const row = await db.week.findUniqueOrThrow({
      where: { id: concurrentId },
      select: { internId: true, status: true },
    });
    expect([canEdit(sessionA, row), canEdit(sessionB, row), canEdit(mentor, row)]).toEqual([true, true, false]);
    const tasks = (await days(concurrentId)).flatMap((d) => d.tasks).slice(0, 10);
    expect(tasks).toHaveLength(10);
    // Tasks 5 to 9 start ticked.
    for (const task of tasks.slice(5)) await setTaskDone(intern, { taskId: task.id, done: true });
    await expectWeek(concurrentId, { tasks: 11, done: 5 });

    // Round 1: both sessions tick 0-4 and untick 5-9, interleaved (20 calls, a known end state).
    const round1 = tasks.flatMap((task, i) =>
      [sessionA, sessionB].map((viewer) => () => setTaskDone(viewer, { taskId: task.id, done: i < 5 })),
    );
    const answers = await Promise.all(round1.map((call) => call()));
    expect(answers).toHaveLength(20);
    for (const answer of answers) expect(answer.week.total).toBe(11);
    await expectWeek(concurrentId, { tasks: 11, done: 5 });
    expect(await doneOf(tasks.map((t) => t.id))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);

    // Round 2: session A ticks and session B unticks every one of the ten at the same time (the end
    // state depends on who comes last; the kept counts must follow whatever it is).
    const round2 = tasks.flatMap((task) => [
      () => setTaskDone(sessionA, { taskId: task.id, done: true }),
      () => setTaskDone(sessionB, { taskId: task.id, done: false }),
    ]);
    await Promise.all(round2.map((call) => call()));
    const done = (await doneOf(tasks.map((t) => t.id))).filter(Boolean).length;
    await expectWeek(concurrentId, { tasks: 11, done });
  });
});
