// Every week's kept task counts (weeks.task_count / done_count, written by the triggers of migration
// week_task_counters) equal its real counts after every write path of the data layer: ticks, day
// edits, new weeks, imports, reviews, an intern moved to another cohort, cascades, concurrent ticks.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8 } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { canEditWeek } from "@/lib/server/data/access";
import { moveIntern } from "@/lib/server/data/admin";
import { decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { setTaskDone } from "@/lib/server/data/tasks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { createWeek, moveDay, removeDay, saveDay } from "@/lib/server/data/week-editing";
import { getWeek, type DayView } from "@/lib/server/data/weeks";
import { importWorklog, previewImport, type UploadedFile } from "@/lib/server/data/worklog-io";
import type { DayInput } from "@/lib/schemas/week";
import {
  createCohort,
  createIntern,
  createMentor,
  createModuleCatalogue,
  createUser,
  createWeek as makeWeek,
} from "../factories";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");
const read = (file: string) => readFileSync(path.join(fixtures, file), "utf8");
const week5Page = read("fcj-week5.en.md");
const week6Page = read("import/week6.en.md");
const upload = (name: string, text: string): UploadedFile => ({ name, bytes: strToU8(text) });

let intern: Viewer;
let cohortId: string;
/** Week 1 from the factory: Mon and Tue, two tasks each, nothing ticked. */
let weekId: string;

beforeEach(async ({ onTestFailed }) => {
  // A test that finds drifted counts fails; set them right afterwards so that the tests after it
  // (which check every week of the database) report only their own drift.
  onTestFailed(recount);
  await createModuleCatalogue();
  cohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  intern = (await viewerById((await createIntern({ cohortId })).id))!;
  weekId = (await makeWeek({ internId: intern.id, cohortId, number: 1 })).id;
});

interface Disagreement {
  id: string;
  number: number;
  intern_id: string;
  task_count: number;
  done_count: number;
  tasks: number;
  done: number;
}

/**
 * One query over ALL weeks of the database: each week's kept counts against its tasks counted
 * through its days. Fails naming every week that disagrees; answers how many weeks were checked.
 */
async function expectCountsKept(): Promise<number> {
  const [result] = await db.$queryRaw<{ weeks: number; disagreeing: Disagreement[] }[]>`
    WITH real AS (
      SELECT w.id, w.number, w.intern_id, w.task_count, w.done_count,
             count(t.id)::int AS tasks, (count(t.id) FILTER (WHERE t.done))::int AS done
      FROM weeks w
      LEFT JOIN days d ON d.week_id = w.id
      LEFT JOIN tasks t ON t.day_id = d.id
      GROUP BY w.id
    )
    SELECT count(*)::int AS weeks,
           coalesce(
             json_agg(json_build_object('id', id, 'number', number, 'intern_id', intern_id, 'task_count', task_count,
                                        'done_count', done_count, 'tasks', tasks, 'done', done))
               FILTER (WHERE task_count <> tasks OR done_count <> done),
             '[]'::json) AS disagreeing
    FROM real`;
  const { weeks, disagreeing } = result!;
  const message = disagreeing
    .map(
      (w) =>
        `week ${w.number} ${w.id} (intern ${w.intern_id}): kept ${w.done_count}/${w.task_count} done/tasks, real ${w.done}/${w.tasks}`,
    )
    .join("; ");
  expect(disagreeing, `weeks whose kept counts disagree with their tasks: ${message}`).toEqual([]);
  expect(weeks).toBeGreaterThan(0);
  return weeks;
}

/** Every week's counts counted again from its tasks. */
async function recount() {
  await db.$executeRaw`
    UPDATE weeks w SET task_count = c.tasks, done_count = c.done
    FROM (
      SELECT w2.id, count(t.id)::int AS tasks, (count(t.id) FILTER (WHERE t.done))::int AS done
      FROM weeks w2 LEFT JOIN days d ON d.week_id = w2.id LEFT JOIN tasks t ON t.day_id = d.id
      GROUP BY w2.id
    ) c
    WHERE w.id = c.id AND (w.task_count <> c.tasks OR w.done_count <> c.done)`;
}

/** The counts kept on the week row. */
async function kept(id: string) {
  const week = await db.week.findUniqueOrThrow({ where: { id }, select: { taskCount: true, doneCount: true } });
  return { tasks: week.taskCount, done: week.doneCount };
}

/** After a write: every week agrees, and this week keeps these numbers. */
async function expectWeek(id: string, counts: { tasks: number; done: number }) {
  await expectCountsKept();
  expect(await kept(id)).toEqual(counts);
}

const days = async (id = weekId) => (await getWeek(intern, id)).days;

/** saveDay's input for an existing day, with these tasks. */
function dayInput(day: DayView, tasks: DayInput["tasks"], id = weekId): DayInput {
  return {
    weekId: id,
    dayId: day.id,
    label: day.label,
    startDate: day.startDate ?? undefined,
    endDate: day.endDate ?? undefined,
    references: day.references,
    tasks,
  };
}

const keep = (task: { id: string; text: string }, text = task.text) => ({ id: task.id, text, moduleCodes: [] });
const add = (text: string) => ({ text, moduleCodes: [] });

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

describe("saveDay", () => {
  it("adds tasks to a day, and a new day with tasks", async () => {
    const [mon] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    await saveDay(intern, dayInput(mon!, [...mon!.tasks.map((t) => keep(t)), add("Added 1"), add("Added 2")]));
    await expectWeek(weekId, { tasks: 6, done: 1 });
    await saveDay(intern, {
      weekId,
      label: "Wed",
      startDate: "2026-01-07",
      endDate: "2026-01-07",
      references: [],
      tasks: [add("W1"), add("W2"), add("W3")],
    });
    await expectWeek(weekId, { tasks: 9, done: 1 });
    // A new day with no tasks.
    await saveDay(intern, { weekId, label: "Thu", references: [], tasks: [] });
    await expectWeek(weekId, { tasks: 9, done: 1 });
  });

  it("removes tasks, a ticked one included", async () => {
    const [mon, tue] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    await setTaskDone(intern, { taskId: tue!.tasks[0]!.id, done: true });
    await expectWeek(weekId, { tasks: 4, done: 2 });
    // Mon loses its ticked task.
    await saveDay(intern, dayInput(mon!, [keep(mon!.tasks[1]!)]));
    await expectWeek(weekId, { tasks: 3, done: 1 });
    // Tue loses all of its tasks (one ticked).
    await saveDay(intern, dayInput(tue!, []));
    await expectWeek(weekId, { tasks: 1, done: 0 });
  });

  it("edits task text only: no count changes and the ticks stay", async () => {
    const [mon] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[1]!.id, done: true });
    await saveDay(
      intern,
      dayInput(
        mon!,
        mon!.tasks.map((t) => keep(t, `${t.text}, edited`)),
      ),
    );
    await expectWeek(weekId, { tasks: 4, done: 1 });
    expect(await doneOf(mon!.tasks.map((t) => t.id))).toEqual([false, true]);
    // Only the label and references changed: the same.
    await saveDay(intern, {
      ...dayInput(
        mon!,
        mon!.tasks.map((t) => keep(t)),
      ),
      label: "Monday",
      references: ["https://cloudjourney.awsstudygroup.com/"],
    });
    await expectWeek(weekId, { tasks: 4, done: 1 });
  });

  it("reorders tasks: no count changes and the ticks stay with their tasks", async () => {
    const [mon] = await days();
    await setTaskDone(intern, { taskId: mon!.tasks[0]!.id, done: true });
    await saveDay(
      intern,
      dayInput(
        mon!,
        [...mon!.tasks].reverse().map((t) => keep(t)),
      ),
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
    await saveDay(intern, dayInput(mon!, [...mon!.tasks.map((t) => keep(t)), add("Third"), add("Fourth")]));
    const four = (await days())[0]!.tasks;
    for (const task of four.slice(0, 3)) await setTaskDone(intern, { taskId: task.id, done: true });
    await expectWeek(weekId, { tasks: 6, done: 3 });
    // Drop ticked #1 and unticked #4, rename ticked #2, keep ticked #3, add two, all reordered.
    await saveDay(
      intern,
      dayInput(mon!, [add("New A"), keep(four[2]!), keep(four[1]!, "Second, renamed"), add("New B")]),
    );
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
    await removeDay(intern, { weekId, dayId: mon!.id });
    await expectWeek(weekId, { tasks: 2, done: 1 });
    await removeDay(intern, { weekId, dayId: tue!.id });
    await expectWeek(weekId, { tasks: 0, done: 0 });
  });

  it("moving a day within the week changes no count", async () => {
    const [mon, tue] = await days();
    await setTaskDone(intern, { taskId: tue!.tasks[1]!.id, done: true });
    await moveDay(intern, { weekId, dayId: tue!.id, direction: "up" });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    await moveDay(intern, { weekId, dayId: tue!.id, direction: "down" });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    // Already first: nothing moves.
    await moveDay(intern, { weekId, dayId: mon!.id, direction: "up" });
    await expectWeek(weekId, { tasks: 4, done: 1 });
    expect((await days()).map((d) => d.id)).toEqual([mon!.id, tue!.id]);
  });
});

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

describe("concurrency", () => {
  it("20 ticks and unticks of one week's tasks sent at once from two sessions of its intern", async () => {
    // Two sessions of the intern: the only viewers allowed to tick (a mentor of the cohort may not).
    const sessionA = (await viewerById(intern.id))!;
    const sessionB = (await viewerById(intern.id))!;
    const mentor = (await viewerById((await createMentor({ cohortIds: [cohortId] })).id))!;
    const concurrentId = (await createWeek(intern, { number: 5, template: "curriculum" })).weekId;
    const row = await db.week.findUniqueOrThrow({
      where: { id: concurrentId },
      select: { internId: true, status: true },
    });
    expect([canEditWeek(sessionA, row), canEditWeek(sessionB, row), canEditWeek(mentor, row)]).toEqual([
      true,
      true,
      false,
    ]);
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
