import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { isoDateFromDb } from "@/lib/worklog/dates";
import { ProgramBuilder } from "../../prisma/builder";
import { seed } from "../../prisma/seed";
import { createCohort, createCohortWithWeeks, createIntern, createWeek } from "../factories";

// A Wednesday: the seed places the demo cohort so that this is in week 5.
const today = new Date("2026-11-25T10:00:00Z");

async function counts() {
  return {
    users: await db.user.count(),
    cohorts: await db.cohort.count(),
    modules: await db.module.count(),
    weeks: await db.week.count(),
    tasks: await db.task.count(),
    done: await db.task.count({ where: { done: true } }),
  };
}

describe("demo seed", () => {
  it("loads the demo program, and a second run changes nothing", async () => {
    await seed({ today, quiet: true });
    const first = await counts();
    expect(first).toMatchObject({ users: 5, cohorts: 1, modules: 29, weeks: 12 });
    // The demo cohort's one mentor has its three interns assigned.
    const mentor = await db.user.findUniqueOrThrow({ where: { email: "mentor@example.com" } });
    expect(await db.enrollment.count({ where: { mentorId: mentor.id } })).toBe(3);
    await db.task.updateMany({ where: { text: { contains: "05-01" } }, data: { done: true, doneAt: new Date() } });
    const afterUserChange = await counts();
    await seed({ today, quiet: true });
    expect(await counts()).toEqual(afterUserChange);
  });

  it("gives the first intern the real week 5 as the current week, with today's tasks to tick", async () => {
    await seed({ today, quiet: true });
    const week = await db.week.findFirstOrThrow({
      where: { number: 5, intern: { email: "intern@example.com" } },
      include: {
        items: { orderBy: { position: "asc" } },
        days: {
          orderBy: { position: "asc" },
          include: { tasks: { orderBy: { position: "asc" }, include: { modules: { include: { module: true } } } } },
        },
      },
    });
    expect(week.startDate.toISOString().slice(0, 10)).toBe("2026-11-23");
    expect(week.endDate.toISOString().slice(0, 10)).toBe("2026-11-29");
    expect((week.frontMatter as { date?: string }).date).toBe("2025-09-09");
    expect(week.days.map((d) => d.label)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(week.items.filter((i) => i.kind === "OBJECTIVE")).toHaveLength(5);
    expect(week.items.filter((i) => i.kind === "ACHIEVEMENT")).toHaveLength(8);
    const wednesday = week.days[2]!;
    expect(wednesday.startDate?.toISOString().slice(0, 10)).toBe("2026-11-25");
    expect(wednesday.tasks.map((t) => t.modules.map((m) => m.module.code))).toEqual([["05-03"], ["05-04"]]);
    expect(wednesday.tasks.every((t) => !t.done)).toBe(true); // today: still to tick
    expect(week.days[0]!.tasks.every((t) => t.done)).toBe(true); // Monday: done
    expect(week.days[0]!.tasks[0]!.modules[0]!.module.title).toBe("Shared Responsibility Model");
  });

  it("leaves weeks 1 to 4 partly ticked, with reviews in several states", async () => {
    await seed({ today, quiet: true });
    const weeks = await db.week.findMany({
      where: { intern: { email: "intern@example.com" }, number: { lte: 4 } },
      orderBy: { number: "asc" },
      include: { days: { include: { tasks: true } } },
    });
    const share = weeks.map((w) => {
      const tasks = w.days.flatMap((d) => d.tasks);
      return tasks.filter((t) => t.done).length / tasks.length;
    });
    expect(share[0]).toBe(1);
    expect(share[3]).toBeGreaterThan(0);
    expect(share[3]).toBeLessThan(1);
    expect(weeks.map((w) => w.status)).toEqual(["APPROVED", "APPROVED", "SUBMITTED", "DRAFT"]);
    const statuses = await db.week.groupBy({ by: ["status"], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(["APPROVED", "CHANGES_REQUESTED", "DRAFT", "SUBMITTED"]);
  });
});

// The builder the demo seed, the large dataset and the test factories write through.
const iso = (date: Date | null) => (date ? isoDateFromDb(date) : null);

describe("the data builder (prisma/builder.ts): calendar", () => {
  it("places each week on its cohort's calendar, week N from the start + 7(N-1) days, to the last week", async () => {
    const cohort = await createCohort({ startDate: "2026-03-02", weekCount: 12 });
    const intern = await createIntern({ cohortId: cohort.id });
    for (const number of [1, 5, 12]) await createWeek({ internId: intern.id, cohortId: cohort.id, number });
    const weeks = await db.week.findMany({
      where: { internId: intern.id },
      orderBy: { number: "asc" },
      include: { days: { orderBy: { position: "asc" } } },
    });
    expect(weeks.map((w) => [w.number, iso(w.startDate), iso(w.endDate), w.days.map((d) => iso(d.startDate))])).toEqual(
      [
        [1, "2026-03-02", "2026-03-08", ["2026-03-02", "2026-03-03"]],
        [5, "2026-03-30", "2026-04-05", ["2026-03-30", "2026-03-31"]],
        [12, "2026-05-18", "2026-05-24", ["2026-05-18", "2026-05-19"]],
      ],
    );

    const { weeks: grid } = await createCohortWithWeeks({ interns: 1, weeks: 12, startDate: "2026-09-07" });
    const last = await db.week.findUniqueOrThrow({ where: { id: grid[11]!.id }, include: { days: true } });
    expect([iso(last.startDate), iso(last.endDate), iso(last.days[0]!.startDate)]).toEqual([
      "2026-11-23",
      "2026-11-29",
      "2026-11-23",
    ]);
  });
});

describe("the data builder (prisma/builder.ts): ids", () => {
  it("writes the ids a deterministic dataset chose, and refuses fewer ids than the week has rows", async () => {
    const program = new ProgramBuilder();
    const cohort = program.cohort({ id: randomUUID(), name: `Cohort ${randomUUID()}`, startDate: "2026-01-05" });
    const intern = program.person({
      id: randomUUID(),
      email: `${randomUUID()}@example.com`,
      name: "A",
      role: "INTERN",
    });
    program.enroll(cohort, intern.id);
    const ids = {
      week: randomUUID(),
      items: [randomUUID()],
      days: [randomUUID()],
      tasks: [[randomUUID(), randomUUID()]],
    };
    const page = {
      number: 2,
      frontMatter: { title: "Week 2 Worklog" },
      objectives: ["Learn"],
      achievements: [],
      days: [
        {
          label: "Mon",
          references: [],
          tasks: ["One", "Two"].map((text) => ({ text, subItems: [], moduleCodes: [] })),
        },
      ],
      extraSections: [],
    };
    program.week(cohort, intern.id, { week: page, ids, doneAt: (_day, task) => (task === 1 ? new Date() : null) });
    await program.write(db);
    const week = await db.week.findUniqueOrThrow({
      where: { id: ids.week },
      include: { items: true, days: { include: { tasks: { orderBy: { position: "asc" } } } } },
    });
    expect([week.items[0]!.id, week.days[0]!.id, week.days[0]!.tasks.map((t) => [t.id, t.done])]).toEqual([
      ids.items[0],
      ids.days[0],
      [
        [ids.tasks[0]![0], false],
        [ids.tasks[0]![1], true],
      ],
    ]);
    expect([week.taskCount, week.doneCount, iso(week.startDate)]).toEqual([2, 1, "2026-01-12"]);

    const short = new ProgramBuilder();
    short.week(cohort, intern.id, {
      week: { ...page, number: 3 },
      ids: { ...ids, week: randomUUID(), tasks: [[randomUUID()]] },
    });
    await expect(short.write(db)).rejects.toThrow(/fewer ids were given than the week has rows/);
    expect(await db.week.count({ where: { internId: intern.id } })).toBe(1);
  });
});
