// The cohort's grid version (migration grid_versions, docs/decisions/022) moves on every write path
// that changes what its grid, module heatmap or program overview row shows, once per transaction,
// and stays put for writes those views do not show. The cached views themselves: view-cache.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8 } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { addPersonToCohort, moveIntern, saveModule } from "@/lib/server/data/admin";
import { assignInterns, removeMentorFromCohort } from "@/lib/server/data/assignment";
import { approveWeeks } from "@/lib/server/data/bulk-approve";
import { createWeek } from "@/lib/server/data/create-week";
import { saveDay } from "@/lib/server/data/days";
import { extendWeek } from "@/lib/server/data/extensions";
import { setPersonActive } from "@/lib/server/data/people";
import { saveRiskSettings } from "@/lib/server/data/program-settings";
import { addReviewComment, decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { setTaskDone } from "@/lib/server/data/tasks";
import { recordSignIn } from "@/lib/server/data/users";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { saveWeekItems } from "@/lib/server/data/week-items";
import { getWeek } from "@/lib/server/data/weeks";
import { importWorklog } from "@/lib/server/data/worklog-io/import-worklog";
import { db } from "@/lib/server/db";
import {
  createCohort,
  createIntern,
  createMentor,
  createModuleCatalogue,
  createUser,
  createWeek as makeWeek,
} from "../factories";
import { add, dayInput } from "../support/day-input";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;
const version = async (cohortId: string) =>
  (await db.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { gridVersion: true } })).gridVersion;

let cohortId: string;
let otherCohortId: string;
let intern: Viewer;
let mentor: Viewer;
let admin: Viewer;
let weekId: string;

beforeEach(async () => {
  await createModuleCatalogue();
  cohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  otherCohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  intern = await viewer((await createIntern({ cohortId, name: "An" })).id);
  mentor = await viewer((await createMentor({ cohortIds: [cohortId], name: "Minh" })).id);
  admin = await viewer((await createUser({ role: "ADMIN" })).id);
  weekId = (await makeWeek({ internId: intern.id, cohortId, number: 1 })).id;
});

/** Runs the write and answers by how much each cohort's version moved (this one, the other). */
async function moves(write: () => Promise<unknown>): Promise<[number, number]> {
  const before = [await version(cohortId), await version(otherCohortId)];
  await write();
  return [Number((await version(cohortId)) - before[0]!), Number((await version(otherCohortId)) - before[1]!)];
}

const firstTask = async () => (await getWeek(intern, weekId)).days[0]!.tasks[0]!;

describe("every write path the views show moves the version once", () => {
  it("a tick and an untick", async () => {
    const task = await firstTask();
    expect(await moves(() => setTaskDone(intern, { taskId: task.id, done: true }))).toEqual([1, 0]);
    expect(await moves(() => setTaskDone(intern, { taskId: task.id, done: false }))).toEqual([1, 0]);
  });

  it("a day's tasks edited (one save, several rows: still once)", async () => {
    const [day] = (await getWeek(intern, weekId)).days;
    const tasks = [...day!.tasks.map((t) => ({ id: t.id, text: t.text, moduleCodes: [] })), add("More"), add("Again")];
    expect(await moves(() => saveDay(intern, dayInput(day!, tasks, weekId)))).toEqual([1, 0]);
  });

  it("a module referenced by a task (the heatmap's counts)", async () => {
    const [day] = (await getWeek(intern, weekId)).days;
    const tasks = day!.tasks.map((t, i) => ({ id: t.id, text: t.text, moduleCodes: i === 0 ? ["01-01"] : [] }));
    expect(await moves(() => saveDay(intern, dayInput(day!, tasks, weekId)))).toEqual([1, 0]);
  });

  it("a new week, a submission, a decision, a bulk approval", async () => {
    expect(await moves(() => createWeek(intern, { number: 2, template: "blank" }))).toEqual([1, 0]);
    expect(await moves(() => submitWeek(intern, weekId))).toEqual([1, 0]);
    expect(
      await moves(() => decideWeek(mentor, { weekId, decision: "CHANGES_REQUESTED", comment: "Add the lab" })),
    ).toEqual([1, 0]);
    await submitWeek(intern, weekId);
    expect(await moves(() => approveWeeks(mentor, { weekIds: [weekId] }))).toEqual([1, 0]);
  });

  it("an extension", async () => {
    expect(await moves(() => extendWeek(mentor, { weekId, until: "2026-01-20", reason: "Ill" }))).toEqual([1, 0]);
  });

  it("an import", async () => {
    const page = readFileSync(path.resolve(import.meta.dirname, "../fixtures/fcj-week5.en.md"), "utf8");
    const files = [{ name: "_index.md", bytes: strToU8(page) }];
    expect(await moves(() => importWorklog(intern, files, { mode: "skip" }))).toEqual([1, 0]);
  });

  it("an assignment, a mentor added and removed", async () => {
    expect(await moves(() => assignInterns(admin, { cohortId, internIds: [intern.id], mentorId: mentor.id }))).toEqual([
      1, 0,
    ]);
    expect(
      await moves(() => addPersonToCohort(admin, { cohortId, email: "second@example.com", role: "MENTOR" })),
    ).toEqual([1, 0]);
    expect(await moves(() => removeMentorFromCohort(admin, { cohortId, mentorId: mentor.id }))).toEqual([1, 0]);
  });

  it("a new intern, and an intern moved (both cohorts)", async () => {
    expect(await moves(() => addPersonToCohort(admin, { cohortId, email: "new@example.com", role: "INTERN" }))).toEqual(
      [1, 0],
    );
    expect(await moves(() => moveIntern(admin, { internId: intern.id, cohortId: otherCohortId }))).toEqual([1, 1]);
  });

  it("a person renamed at sign-in or deactivated: the cohort they are in and the one they mentor", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: intern.id } });
    await db.user.update({ where: { id: intern.id }, data: { authSubject: "sub-an" } });
    const signIn = (name: string) =>
      recordSignIn({ subject: "sub-an", email: user.email, name, groups: ["interns"], emailVerified: true });
    expect(await moves(() => signIn("An Nguyen"))).toEqual([1, 0]);
    expect(await moves(() => signIn("An Nguyen"))).toEqual([0, 0]);
    expect(await moves(() => setPersonActive(admin, { userId: mentor.id, active: false }))).toEqual([1, 0]);
  });

  it("the cohort renamed, the module catalogue and the at-risk thresholds (every cohort)", async () => {
    expect(await moves(() => db.cohort.update({ where: { id: cohortId }, data: { name: "Renamed" } }))).toEqual([1, 0]);
    expect(await moves(() => saveModule(admin, { code: "13-01", title: "New", curriculumWeek: 13 }))).toEqual([1, 1]);
    expect(await moves(() => saveRiskSettings(admin, { behindWeeks: 1, fallingWeeks: 4, idleDays: 4 }))).toEqual([
      1, 1,
    ]);
  });
});

describe("writes the views do not show leave it", () => {
  it("objectives and comments", async () => {
    const week = await getWeek(intern, weekId);
    expect(
      await moves(() =>
        saveWeekItems(intern, {
          weekId,
          kind: "OBJECTIVE",
          baseVersion: week.versions.objectives,
          items: [{ text: "Learn" }],
        }),
      ),
    ).toEqual([0, 0]);
    expect(await moves(() => addReviewComment(mentor, { weekId, body: "Nice" }))).toEqual([0, 0]);
  });

  it("two moves at once in opposite directions both land (the cohorts locked in one order)", async () => {
    const other = await viewer((await createIntern({ cohortId: otherCohortId })).id);
    const results = await Promise.allSettled([
      moveIntern(admin, { internId: intern.id, cohortId: otherCohortId }),
      moveIntern(admin, { internId: other.id, cohortId }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
  });

  it("a write rolled back", async () => {
    const task = await firstTask();
    const rollback = () =>
      db
        .$transaction(async (tx) => {
          await tx.task.update({ where: { id: task.id }, data: { done: true, doneAt: new Date() } });
          throw new Error("rolled back");
        })
        .catch(() => null);
    expect(await moves(rollback)).toEqual([0, 0]);
    expect((await firstTask()).done).toBe(false);
  });
});
