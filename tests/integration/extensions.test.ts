// Deadline extensions through the data layer: an extended week is due on its extended date
// everywhere "behind" and "overdue" are counted (the grid, the cohort cards, the program overview,
// the digest, the intern's dashboard, the reminders); who may give one; refusals change nothing;
// the audit trail keeps the reason; the intern is told.
import { describe, expect, it } from "vitest";
import { listCohorts } from "@/lib/server/data/cohorts";
import { getInternDashboard } from "@/lib/server/data/dashboard";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/data/errors";
import { extendWeek, removeExtension } from "@/lib/server/data/extensions";
import { getCohortGrid } from "@/lib/server/data/grid";
import { runDueNotifications } from "@/lib/server/data/notifications/due";
import { getProgramOverview } from "@/lib/server/data/program";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { db } from "@/lib/server/db";
import type { NotificationData } from "@/lib/worklog/notifications/facts";
import { createCohort, createIntern, createMentor, createUser, createWeek } from "../factories";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;
/** An instant given as Ho Chi Minh City's wall clock (the program's time zone). */
const hcm = (local: string) => new Date(`${local}:00+07:00`);
const count = (userId: string, kind: string) => db.notification.count({ where: { userId, kind: kind as never } });

/** A cohort with its mentor (every intern assigned to them), an admin, and interns each with a week 1 of 4 undone tasks. */
async function cohortWithWeeks(startDate: string, names: string[]) {
  const cohort = await createCohort({ startDate, weekCount: 4 });
  const mentor = await viewer((await createMentor({ cohortIds: [cohort.id] })).id);
  const admin = await viewer((await createUser({ role: "ADMIN" })).id);
  const interns = [];
  for (const name of names) {
    const intern = await createIntern({ cohortId: cohort.id, name });
    const week = await createWeek({ internId: intern.id, cohortId: cohort.id, number: 1 });
    interns.push({ viewer: await viewer(intern.id), weekId: week.id, name });
  }
  // A mentor's digest may cover only their own interns: these are theirs.
  await db.enrollment.updateMany({ where: { cohortId: cohort.id }, data: { mentorId: mentor.id } });
  return { cohort, mentor, admin, interns };
}

describe("'behind' counts from the extended date", () => {
  it("in the grid, the cohort cards and the program overview", async () => {
    // Week 1 runs Monday 2 – Sunday 8 March; on Wednesday 18 March it is behind (4 tasks undone).
    const { cohort, mentor, admin, interns } = await cohortWithWeeks("2026-03-02", ["An"]);
    const [an] = interns;
    const cell = async (today: string) => (await getCohortGrid(mentor, cohort.id, { today })).rows[0]!.cells[0]!;
    const overview = async (today: string) =>
      (await getProgramOverview(admin, { today })).find((c) => c.id === cohort.id)!.internsBehind;
    const card = async (today: string) =>
      (await listCohorts(mentor, { today })).find((c) => c.id === cohort.id)!.internsBehind;
    expect(await cell("2026-03-18")).toMatchObject({ behind: true, extendedUntil: null });
    expect([await overview("2026-03-18"), await card("2026-03-18")]).toEqual([1, 1]);

    await extendWeek(mentor, { weekId: an!.weekId, until: "2026-03-20", reason: "Ill for a week" });
    expect(await cell("2026-03-18")).toMatchObject({ behind: false, extendedUntil: "2026-03-20" });
    expect([await overview("2026-03-18"), await card("2026-03-18")]).toEqual([0, 0]);
    // Due on the extended date itself; behind the day after.
    expect((await cell("2026-03-20")).behind).toBe(false);
    expect(await cell("2026-03-21")).toMatchObject({ behind: true, extendedUntil: "2026-03-20" });
    expect([await overview("2026-03-21"), await card("2026-03-21")]).toEqual([1, 1]);

    await removeExtension(mentor, { weekId: an!.weekId });
    expect(await cell("2026-03-18")).toMatchObject({ behind: true, extendedUntil: null });
  });

  it("in the weekly digest", async () => {
    // Monday 16 March, 08:00: week 1 (2–8 March) is behind for Binh; An's is extended to 20 March.
    const { mentor, interns } = await cohortWithWeeks("2026-03-02", ["An", "Binh"]);
    await extendWeek(mentor, { weekId: interns[0]!.weekId, until: "2026-03-20", reason: "Family matters" });
    await runDueNotifications(hcm("2026-03-16T08:00"));
    const digest = await db.notification.findFirstOrThrow({ where: { userId: mentor.id, kind: "DIGEST" } });
    expect((digest.data as NotificationData).cohorts?.map((c) => c.behind)).toEqual([["Binh"]]);
  });
});

describe("'overdue' and the reminders count from the extended date", () => {
  it("the dashboard's overdue tasks, the overdue-task reminder and the not-submitted reminder", async () => {
    // Week 1 runs Wednesday 1 – Tuesday 7 April; its days (two tasks each) are 1 and 2 April.
    const { mentor, interns } = await cohortWithWeeks("2026-04-01", ["An", "Binh"]);
    const [an, binh] = interns;
    await extendWeek(mentor, { weekId: an!.weekId, until: "2026-04-10", reason: "Laptop repair" });

    const overdue = async (who: typeof an, at: string) => (await getInternDashboard(who!.viewer, hcm(at))).overdueCount;
    expect([await overdue(an, "2026-04-08T12:00"), await overdue(binh, "2026-04-08T12:00")]).toEqual([0, 4]);
    expect(await overdue(an, "2026-04-10T12:00")).toBe(0);
    expect(await overdue(an, "2026-04-11T12:00")).toBe(4);
    const dashboard = await getInternDashboard(an!.viewer, hcm("2026-04-08T12:00"));
    expect(dashboard.weeks.map((w) => [w.number, w.extendedUntil])).toEqual([[1, "2026-04-10"]]);

    // Tasks overdue by more than two days: Binh's on 4 and 5 April, An's only three days after the extension.
    for (const at of ["2026-04-04T09:00", "2026-04-05T09:00", "2026-04-08T09:00"]) await runDueNotifications(hcm(at));
    expect([await count(an!.viewer.id, "TASKS_OVERDUE"), await count(binh!.viewer.id, "TASKS_OVERDUE")]).toEqual([
      0, 2,
    ]);
    // Not submitted: the morning after the week's end (8 April) for Binh; after the extension (11 April) for An.
    expect([
      await count(an!.viewer.id, "WEEK_NOT_SUBMITTED"),
      await count(binh!.viewer.id, "WEEK_NOT_SUBMITTED"),
    ]).toEqual([0, 1]);
    await runDueNotifications(hcm("2026-04-11T09:00"));
    const reminder = await db.notification.findFirstOrThrow({
      where: { userId: an!.viewer.id, kind: "WEEK_NOT_SUBMITTED" },
    });
    expect(reminder.data).toMatchObject({ weekNumber: 1 });
    await runDueNotifications(hcm("2026-04-12T09:00"));
    expect(await count(an!.viewer.id, "TASKS_OVERDUE")).toBe(0);
    await runDueNotifications(hcm("2026-04-13T09:00"));
    const tasks = await db.notification.findMany({ where: { userId: an!.viewer.id, kind: "TASKS_OVERDUE" } });
    expect(tasks.map((n) => (n.data as NotificationData).count)).toEqual([4]);
  });

  it("an intern reminded before the extension is reminded again after it", async () => {
    const { mentor, interns } = await cohortWithWeeks("2026-05-06", ["Chi"]); // week 1: 6–12 May
    const [chi] = interns;
    await runDueNotifications(hcm("2026-05-13T09:00"));
    expect(await count(chi!.viewer.id, "WEEK_NOT_SUBMITTED")).toBe(1);
    await extendWeek(mentor, { weekId: chi!.weekId, until: "2026-05-15", reason: "Exams" });
    await runDueNotifications(hcm("2026-05-15T09:00")); // the first reminder's second would have been today
    expect(await count(chi!.viewer.id, "WEEK_NOT_SUBMITTED")).toBe(1);
    await runDueNotifications(hcm("2026-05-16T09:00"));
    expect(await count(chi!.viewer.id, "WEEK_NOT_SUBMITTED")).toBe(2);
  });
});

describe("giving, changing and removing an extension", () => {
  it("is audited with its reason, tells the intern, and can be changed and removed", async () => {
    const { mentor, admin, interns } = await cohortWithWeeks("2026-06-01", ["Dung"]); // week 1 ends 7 June
    const [dung] = interns;
    await expect(
      extendWeek(mentor, { weekId: dung!.weekId, until: "2026-06-12", reason: "  Sick leave, with a note  " }),
    ).resolves.toEqual({ until: "2026-06-12" });
    const week = () =>
      db.week.findUniqueOrThrow({ where: { id: dung!.weekId }, select: { extendedUntil: true, extendedById: true } });
    expect(await week()).toEqual({ extendedUntil: new Date("2026-06-12"), extendedById: mentor.id });

    await extendWeek(admin, { weekId: dung!.weekId, until: "2026-06-20", reason: "Still ill" });
    expect(await week()).toEqual({ extendedUntil: new Date("2026-06-20"), extendedById: admin.id });
    await removeExtension(mentor, { weekId: dung!.weekId });
    expect(await week()).toEqual({ extendedUntil: null, extendedById: null });

    const trail = await db.auditEvent.findMany({
      where: { weekId: dung!.weekId, action: { startsWith: "week.extension" } },
      orderBy: { id: "asc" },
    });
    const extended = await db.auditEvent.findMany({
      where: { weekId: dung!.weekId, action: "week.extended" },
      orderBy: { id: "asc" },
      select: { actorId: true, entity: true, data: true },
    });
    expect(extended).toEqual([
      {
        actorId: mentor.id,
        entity: "week",
        data: { until: "2026-06-12", reason: "Sick leave, with a note", previous: null },
      },
      { actorId: admin.id, entity: "week", data: { until: "2026-06-20", reason: "Still ill", previous: "2026-06-12" } },
    ]);
    expect(trail.map((e) => [e.action, e.actorId, e.data])).toEqual([
      ["week.extension-removed", mentor.id, { previous: "2026-06-20" }],
    ]);

    const told = await db.notification.findMany({
      where: { userId: dung!.viewer.id, kind: "WEEK_EXTENDED" },
      orderBy: { createdAt: "asc" },
      select: { weekId: true, actorId: true, data: true },
    });
    expect(told).toEqual([
      { weekId: dung!.weekId, actorId: mentor.id, data: { weekNumber: 1, until: "2026-06-12" } },
      { weekId: dung!.weekId, actorId: admin.id, data: { weekNumber: 1, until: "2026-06-20" } },
    ]);
  });

  it("refuses a date not after the week's end, too late, an approved week, a removal of nothing, and other people: nothing changes", async () => {
    const { cohort, mentor, interns } = await cohortWithWeeks("2026-07-06", ["Em", "Giang"]); // week 1 ends 12 July
    const [em, giang] = interns;
    const approved = await createWeek({ internId: em!.viewer.id, cohortId: cohort.id, number: 2, status: "APPROVED" });
    const otherCohort = await createCohort();
    const stranger = await viewer((await createMentor({ cohortIds: [otherCohort.id] })).id);
    const outsider = await viewer((await createIntern({ cohortId: otherCohort.id })).id);
    const state = async () =>
      JSON.stringify([
        await db.week.findMany({
          where: { cohortId: cohort.id },
          orderBy: { id: "asc" },
          select: { extendedUntil: true, extendedById: true, updatedAt: true },
        }),
        await db.auditEvent.count({ where: { week: { cohortId: cohort.id } } }),
        await db.notification.count({ where: { kind: "WEEK_EXTENDED", week: { cohortId: cohort.id } } }),
      ]);
    const before = await state();
    const extend = (who: Viewer, until: string, weekId = em!.weekId) =>
      extendWeek(who, { weekId, until, reason: "Because" });

    await expect(extend(mentor, "2026-07-12")).rejects.toThrow(ConflictError); // its end date: not later
    await expect(extend(mentor, "2026-07-01")).rejects.toThrow(ConflictError);
    await expect(extend(mentor, "2026-09-11")).rejects.toThrow(ConflictError); // 61 days after
    await expect(extend(mentor, "2026-08-01", approved.id)).rejects.toThrow(ConflictError);
    await expect(removeExtension(mentor, { weekId: em!.weekId })).rejects.toThrow(ConflictError);
    await expect(extend(em!.viewer, "2026-07-20")).rejects.toThrow(ForbiddenError); // the week's own intern
    await expect(extend(giang!.viewer, "2026-07-20")).rejects.toThrow(NotFoundError);
    await expect(extend(stranger, "2026-07-20")).rejects.toThrow(NotFoundError);
    await expect(extend(outsider, "2026-07-20")).rejects.toThrow(NotFoundError);
    await expect(extend(mentor, "2026-07-20", "not-a-uuid")).rejects.toThrow(NotFoundError);
    expect(await state()).toBe(before);

    // The bounds themselves are allowed: the day after the end, and 60 days after it.
    await expect(extend(mentor, "2026-07-13")).resolves.toEqual({ until: "2026-07-13" });
    await expect(extend(mentor, "2026-09-10")).resolves.toEqual({ until: "2026-09-10" });
  });
});
