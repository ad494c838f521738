// The database itself refuses data that would break the model, whatever code writes it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createCohort, createIntern } from "../factories";

describe("database constraints", () => {
  it("allow one week N per intern", async () => {
    const cohort = await createCohort();
    const intern = await createIntern({ cohortId: cohort.id });
    const week = {
      internId: intern.id,
      cohortId: cohort.id,
      number: 3,
      title: "Week 3 Worklog",
      startDate: new Date("2026-01-12"),
      endDate: new Date("2026-01-18"),
      frontMatter: {},
    };
    await db.week.create({ data: week });
    await expect(db.week.create({ data: week })).rejects.toThrow(/Unique constraint/);
  });

  it("refuse a week that ends before it starts, or a number outside 1..52", async () => {
    const cohort = await createCohort();
    const intern = await createIntern({ cohortId: cohort.id });
    const base = { internId: intern.id, cohortId: cohort.id, title: "W", frontMatter: {} };
    await expect(
      db.week.create({
        data: { ...base, number: 1, startDate: new Date("2026-01-12"), endDate: new Date("2026-01-11") },
      }),
    ).rejects.toThrow(/weeks_dates_ordered/);
    await expect(
      db.week.create({
        data: { ...base, number: 53, startDate: new Date("2026-01-12"), endDate: new Date("2026-01-18") },
      }),
    ).rejects.toThrow(/weeks_number_range/);
  });

  it("refuse a module code that is not NN-NN, and a blank task", async () => {
    await expect(db.module.create({ data: { code: "5-1", title: "x", curriculumWeek: 5 } })).rejects.toThrow(
      /modules_code_format/,
    );
    const cohort = await createCohort();
    const intern = await createIntern({ cohortId: cohort.id });
    const week = await db.week.create({
      data: {
        internId: intern.id,
        cohortId: cohort.id,
        number: 1,
        title: "W",
        startDate: new Date("2026-01-12"),
        endDate: new Date("2026-01-18"),
        frontMatter: {},
        days: { create: { position: 0, label: "Mon" } },
      },
      include: { days: true },
    });
    await expect(db.task.create({ data: { dayId: week.days[0]!.id, position: 0, text: "   " } })).rejects.toThrow(
      /tasks_text_nonblank/,
    );
  });
});
