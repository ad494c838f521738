// The intern's dashboard through the data layer: what it shows of the demo intern (the seed's
// intern@, on the Wednesday of week 5) against the same tasks read one by one and judged by the
// domain's rules (lib/worklog/schedule.ts), an intern with nothing yet, and one statement whatever
// the number of weeks.
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getInternDashboard } from "@/lib/server/data/dashboard";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { db } from "@/lib/server/db";
import { isoDateFromDb } from "@/lib/worklog/dates";
import { isTaskOverdue } from "@/lib/worklog/schedule";
import { isEditableStatus } from "@/lib/worklog/status";
import { createCohort, createCohortWithWeeks, createIntern, createUser, seedDemo } from "../factories";

const TODAY = "2026-11-25";
/** 10:00 in Ho Chi Minh City on TODAY. */
const NOW = new Date(`${TODAY}T10:00:00+07:00`);

let intern: Viewer;
beforeAll(async () => {
  await seedDemo(TODAY);
  intern = (await viewerById((await db.user.findUniqueOrThrow({ where: { email: "intern@example.com" } })).id))!;
});

/** The demo intern's tasks, read through Prisma with their day and week. */
async function tasksOfIntern(internId: string) {
  const weeks = await db.week.findMany({
    where: { internId },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      status: true,
      extendedUntil: true,
      days: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          label: true,
          position: true,
          startDate: true,
          endDate: true,
          tasks: { orderBy: { position: "asc" }, select: { id: true, text: true, done: true, position: true } },
        },
      },
    },
  });
  return weeks.flatMap((week) =>
    week.days.flatMap((day) =>
      day.tasks.map((task) => ({
        ...task,
        week,
        day,
        dayStart: day.startDate ? isoDateFromDb(day.startDate) : null,
        dayEnd: day.endDate ? isoDateFromDb(day.endDate) : null,
      })),
    ),
  );
}

describe("the demo intern's dashboard", () => {
  it("shows the program, the weeks, today's and the overdue tasks, the current week's days and the latest comments", async () => {
    const dash = await getInternDashboard(intern, NOW);
    expect(dash.today).toBe(TODAY);
    expect(dash.cohort).toMatchObject({ weekCount: 12, phase: expect.anything() });
    expect(dash.weeks.map((w) => `${w.number} ${w.status} ${w.progress.done}/${w.progress.total}`)).toEqual([
      "1 APPROVED 10/10",
      "2 APPROVED 7/7",
      "3 SUBMITTED 6/7",
      "4 DRAFT 5/9",
      "5 DRAFT 2/12",
    ]);
    expect(dash.weeks[4]).toMatchObject({ startDate: "2026-11-23", endDate: "2026-11-29", extendedUntil: null });
    expect(dash.nextWeek).toBe(6);
    expect(dash.overall).toEqual({ done: 30, total: 45, percent: 66 }); // rounded down: 100% only when all are done

    const tasks = await tasksOfIntern(intern.id);
    const shown = (t: (typeof tasks)[number]) => ({
      id: t.id,
      text: t.text,
      done: t.done,
      weekId: t.week.id,
      weekNumber: t.week.number,
      dayLabel: t.day.label,
      endDate: t.dayEnd,
      editable: isEditableStatus(t.week.status),
    });
    const today = tasks.filter((t) => t.dayStart !== null && t.dayStart <= TODAY && (t.dayEnd ?? t.dayStart) >= TODAY);
    expect(today.length).toBeGreaterThan(0);
    expect(dash.todayTasks).toEqual(today.map(shown));
    const overdue = tasks
      .filter((t) =>
        isTaskOverdue(
          {
            done: t.done,
            dayEndDate: t.dayEnd,
            weekExtendedUntil: t.week.extendedUntil ? isoDateFromDb(t.week.extendedUntil) : null,
            weekStatus: t.week.status,
          },
          TODAY,
        ),
      )
      .sort((a, b) => a.dayEnd!.localeCompare(b.dayEnd!) || a.position - b.position);
    expect(overdue.length).toBeGreaterThan(0);
    expect(dash.overdueCount).toBe(overdue.length);
    expect(dash.overdueTasks).toEqual(overdue.slice(0, 10).map(shown));

    const week5 = dash.weeks[4]!;
    expect(dash.currentWeek).toMatchObject({ id: week5.id, number: 5 });
    const days = tasks.filter((t) => t.week.id === week5.id);
    const expectedDays = [...new Map(days.map((t) => [t.day.id, t.day])).values()].map((day) => {
      const own = days.filter((t) => t.day.id === day.id);
      return {
        id: day.id,
        label: day.label,
        startDate: day.startDate ? isoDateFromDb(day.startDate) : null,
        done: own.filter((t) => t.done).length,
        total: own.length,
      };
    });
    expect(
      dash.currentWeek!.days.map(({ progress, ...day }) => ({ ...day, done: progress.done, total: progress.total })),
    ).toEqual(expectedDays);

    // Six comments of the mentor's on weeks 3 and 4, a minute apart: the five latest are shown.
    const mentor = await db.user.findUniqueOrThrow({ where: { email: "mentor@example.com" } });
    for (let i = 0; i < 6; i++) {
      await db.reviewComment.create({
        data: {
          weekId: dash.weeks[2 + (i % 2)]!.id,
          authorId: mentor.id,
          body: `Comment ${i + 1}`,
          createdAt: new Date(Date.UTC(2026, 10, 24, 9, i, 0, 123)),
        },
      });
    }
    const latest = (await getInternDashboard(intern, NOW)).latestComments;
    expect(latest.map((c) => c.body)).toEqual(["Comment 6", "Comment 5", "Comment 4", "Comment 3", "Comment 2"]);
    const comments = await db.reviewComment.findMany({
      where: { week: { internId: intern.id } },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } }, week: true },
    });
    expect(latest).toEqual(
      comments.map((c) => ({
        id: c.id,
        body: c.body,
        authorName: c.author.name,
        createdAt: c.createdAt.toISOString(),
        weekId: c.week.id,
        weekNumber: c.week.number,
      })),
    );
  });

  it("of an intern with no cohort or no weeks yet is empty, not an error", async () => {
    const loner = (await viewerById((await createUser({ role: "INTERN" })).id))!;
    expect(await getInternDashboard(loner, NOW)).toMatchObject({
      cohort: null,
      weeks: [],
      nextWeek: null,
      currentWeek: null,
      todayTasks: [],
      overdueTasks: [],
      overdueCount: 0,
      latestComments: [],
      overall: { done: 0, total: 0 },
    });
    const cohort = await createCohort({ startDate: "2026-11-02", weekCount: 12 });
    const newcomer = (await viewerById((await createIntern({ cohortId: cohort.id })).id))!;
    expect(await getInternDashboard(newcomer, NOW)).toMatchObject({
      cohort: { weekCount: 12 },
      weeks: [],
      nextWeek: 1,
      currentWeek: null,
    });
  });
});

describe("query count", () => {
  // Every SQL statement the app sends goes through pg's Client#query (the Prisma adapter uses a pg pool).
  const spy = vi.spyOn(pg.Client.prototype, "query");

  it("reads the dashboard in one statement, with 1 week as with 12", async () => {
    const { interns } = await createCohortWithWeeks({ interns: 2, weeks: 12, done: (i, w) => (i + w) % 3 });
    const many = (await viewerById(interns[0]!.id))!;
    const few = (await viewerById((await createIntern({ cohortId: (await createCohort()).id })).id))!;
    await getInternDashboard(few, NOW); // warm up: the pool's first connection
    const statements = async (viewer: Viewer) => {
      spy.mockClear();
      const dash = await getInternDashboard(viewer, NOW);
      return { weeks: dash.weeks.length, statements: spy.mock.calls.length };
    };
    expect(await statements(many)).toEqual({ weeks: 12, statements: 1 });
    expect(await statements(few)).toEqual({ weeks: 0, statements: 1 });
  });
});
