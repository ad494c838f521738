// Two sessions working on the same week at once end in a consistent state: nothing lost or
// duplicated, every change in the audit trail.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { setTaskDone } from "@/lib/server/data/tasks";
import { moveDay, saveDay } from "@/lib/server/data/days";
import { decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { saveWeekItems } from "@/lib/server/data/week-items";
import { StaleEditError } from "@/lib/server/data/errors";
import { viewerById } from "@/lib/server/data/viewer";
import { getWeek } from "@/lib/server/data/weeks";
import { createCohort, createIntern, createMentor, createWeek } from "../factories";
import { add, dayInput, keep } from "../support/day-input";

async function setup() {
  const cohort = await createCohort({ startDate: "2026-01-05" });
  const user = await createIntern({ cohortId: cohort.id });
  const intern = (await viewerById(user.id))!;
  const week = await createWeek({ internId: user.id, cohortId: cohort.id, number: 1 });
  return { intern, weekId: week.id };
}

describe("concurrent edits of one week", () => {
  it("ticks from two sessions at once all land, each once in the audit trail", async () => {
    const { intern, weekId } = await setup();
    const tasks = (await getWeek(intern, weekId)).days.flatMap((d) => d.tasks);
    // Both "sessions" tick every task, interleaved.
    await Promise.all([...tasks, ...tasks].map((t) => setTaskDone(intern, { taskId: t.id, done: true })));
    const after = await getWeek(intern, weekId);
    expect(after.progress).toMatchObject({ done: tasks.length, total: tasks.length });
    const ticks = await db.auditEvent.count({ where: { weekId, action: "task.ticked" } });
    expect(ticks).toBe(tasks.length); // the second tick of a task found it done: no change, no entry
  });

  it("a day edit and an objectives edit at the same time both land", async () => {
    const { intern, weekId } = await setup();
    const week = await getWeek(intern, weekId);
    const mon = week.days[0]!;
    await Promise.all([
      saveDay(intern, dayInput(mon, [...mon.tasks.map((t) => keep(t)), add("Added in tab A")], weekId)),
      saveWeekItems(intern, {
        weekId,
        kind: "OBJECTIVE",
        baseVersion: week.versions.objectives,
        items: [{ text: "Added in tab B" }],
      }),
      setTaskDone(intern, { taskId: mon.tasks[0]!.id, done: true }),
    ]);
    const after = await getWeek(intern, weekId);
    expect(after.days[0]!.tasks.map((t) => t.text)).toEqual([...mon.tasks.map((t) => t.text), "Added in tab A"]);
    expect(after.days[0]!.tasks[0]!.done).toBe(true);
    expect(after.objectives.map((o) => o.text)).toEqual(["Added in tab B"]);
    const actions = (await db.auditEvent.findMany({ where: { weekId }, select: { action: true } }))
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual(["day.saved", "objectives.saved", "task.ticked"]);
  });

  it("moves of days sent at once from two sessions, all based on one order: one applies, the rest are refused, no day is lost", async () => {
    const { intern, weekId } = await setup();
    for (const label of ["Wed", "Thu", "Fri"]) {
      await saveDay(intern, {
        weekId,
        baseVersion: 0,
        label,
        references: [],
        tasks: [{ text: `${label} task`, moduleCodes: [] }],
      });
    }
    const { days, versions } = await getWeek(intern, weekId);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        moveDay(intern, {
          weekId,
          dayId: days[1 + (i % (days.length - 2))]!.id, // never the first or last: every move moves
          baseVersion: versions.days,
          direction: i % 2 ? "up" : "down",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(refusals).toHaveLength(19);
    for (const reason of refusals) expect(reason).toBeInstanceOf(StaleEditError);
    const after = await db.day.findMany({ where: { weekId }, orderBy: { position: "asc" }, include: { tasks: true } });
    expect(after.map((d) => d.position)).toEqual([0, 1, 2, 3, 4]);
    expect(after.map((d) => d.label).sort()).toEqual(["Fri", "Mon", "Thu", "Tue", "Wed"]);
    expect(after.flatMap((d) => d.tasks)).toHaveLength(7);
    expect(await db.auditEvent.count({ where: { weekId, action: "day.moved" } })).toBe(1);
  });

  it("a day saved in two tabs from the same version: the second save is refused and shows what the first saved", async () => {
    const { intern, weekId } = await setup();
    const mon = (await getWeek(intern, weekId)).days[0]!;
    const save = (text: string) =>
      saveDay(intern, {
        weekId,
        dayId: mon.id,
        baseVersion: mon.version,
        label: mon.label,
        references: [],
        tasks: [{ text, moduleCodes: [] }],
      });
    await save("Saved in tab A");
    const refused = await save("Saved in tab B").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StaleEditError);
    expect((refused as StaleEditError).stale.now).toContain("• Saved in tab A");
    expect((await getWeek(intern, weekId)).days[0]!.tasks.map((t) => t.text)).toEqual(["Saved in tab A"]);
  });

  it("a tab opened before the week was handed in and returned cannot save over it unseen; a tick never moves a version", async () => {
    const { intern, weekId } = await setup();
    const before = await getWeek(intern, weekId);
    const mon = before.days[0]!;
    await setTaskDone(intern, { taskId: mon.tasks[0]!.id, done: true });
    await submitWeek(intern, weekId);
    const cohortId = (await db.week.findUniqueOrThrow({ where: { id: weekId } })).cohortId;
    const mentor = (await viewerById((await createMentor({ cohortIds: [cohortId] })).id))!;
    await decideWeek(mentor, { weekId, decision: "CHANGES_REQUESTED", comment: "Add Monday's lab." });
    const stale = await saveWeekItems(intern, {
      weekId,
      kind: "OBJECTIVE",
      baseVersion: before.versions.objectives,
      items: [{ text: "From the old tab" }],
    }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(StaleEditError);
    const staleDay = await saveDay(intern, {
      weekId,
      dayId: mon.id,
      baseVersion: mon.version,
      label: mon.label,
      references: [],
      tasks: [],
    }).catch((error: unknown) => error);
    expect(staleDay).toBeInstanceOf(StaleEditError);
    const after = await getWeek(intern, weekId);
    expect(after.days[0]!.tasks.map((t) => [t.text, t.done])).toEqual(mon.tasks.map((t, i) => [t.text, i === 0]));
  });
});
