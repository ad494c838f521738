import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { seed } from "../../prisma/seed";

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
