// Two sessions working on the same week at once end in a consistent state: nothing lost or
// duplicated, every change in the audit trail.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { setTaskDone } from "@/lib/server/data/tasks";
import { moveDay, saveDay, saveWeekItems } from "@/lib/server/data/week-editing";
import { viewerById } from "@/lib/server/data/viewer";
import { getWeek } from "@/lib/server/data/weeks";
import { createCohort, createIntern, createWeek } from "../factories";

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
      saveDay(intern, {
        weekId,
        dayId: mon.id,
        label: "Mon",
        startDate: "2026-01-05",
        endDate: "2026-01-05",
        references: [],
        tasks: [
          ...mon.tasks.map((t) => ({ id: t.id, text: t.text, moduleCodes: [] })),
          { text: "Added in tab A", moduleCodes: [] },
        ],
      }),
      saveWeekItems(intern, { weekId, kind: "OBJECTIVE", items: [{ text: "Added in tab B" }] }),
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

  it("reordering days from two sessions at once never loses or duplicates a day", async () => {
    const { intern, weekId } = await setup();
    for (const label of ["Wed", "Thu", "Fri"]) {
      await saveDay(intern, { weekId, label, references: [], tasks: [{ text: `${label} task`, moduleCodes: [] }] });
    }
    const days = (await getWeek(intern, weekId)).days;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        moveDay(intern, { weekId, dayId: days[i % days.length]!.id, direction: i % 2 ? "up" : "down" }),
      ),
    );
    const after = await db.day.findMany({ where: { weekId }, orderBy: { position: "asc" }, include: { tasks: true } });
    expect(after.map((d) => d.position)).toEqual([0, 1, 2, 3, 4]);
    expect(after.map((d) => d.label).sort()).toEqual(["Fri", "Mon", "Thu", "Tue", "Wed"]);
    expect(after.flatMap((d) => d.tasks)).toHaveLength(7);
  });
});
