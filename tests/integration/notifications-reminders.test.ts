// Reminders and the weekly digest at the right moments of the program's clock (Asia/Ho_Chi_Minh,
// UTC+7; the clock is injected), each at most once, and a digest never empty.
import { describe, expect, it } from "vitest";
import { installQueryCounter, queryCount } from "@/lib/server/bench/query-counter";
import { writeDueDigests } from "@/lib/server/data/notifications/digest";
import { deleteOldNotifications } from "@/lib/server/data/notifications/outbox";
import { runDueNotifications } from "@/lib/server/data/notifications/due";
import { db } from "@/lib/server/db";
import { addDaysIso } from "@/lib/worklog/dates";
import type { NotificationData } from "@/lib/worklog/notifications/facts";
import { RETENTION_DAYS } from "@/lib/worklog/notifications/kinds";
import { createCohort, createCohortWithWeeks, createIntern, createMentor, createUser, createWeek } from "../factories";

/** An instant given as Ho Chi Minh City's wall clock. */
const hcm = (local: string) => new Date(`${local}:00+07:00`);
const count = (userId: string, kind: string) => db.notification.count({ where: { userId, kind: kind as never } });

describe("reminders", () => {
  it("an intern whose week ended unsubmitted: 09:00 the day after its last day, again two days later, never a third", async () => {
    // Starts on a Wednesday: week 1 runs 7–13 January (Tuesday), a day no other test's weeks end on.
    const cohort = await createCohort({ startDate: "2026-01-07" });
    const late = await createIntern({ cohortId: cohort.id });
    const onTime = await createIntern({ cohortId: cohort.id });
    await createWeek({ internId: onTime.id, cohortId: cohort.id, number: 1, status: "SUBMITTED" });
    await createWeek({ internId: late.id, cohortId: cohort.id, number: 1, status: "DRAFT" });

    await runDueNotifications(hcm("2026-01-14T08:59"));
    expect(await count(late.id, "WEEK_NOT_SUBMITTED")).toBe(0);
    await runDueNotifications(hcm("2026-01-14T09:00"));
    expect(await count(late.id, "WEEK_NOT_SUBMITTED")).toBe(1);
    await runDueNotifications(hcm("2026-01-14T09:05"));
    await runDueNotifications(hcm("2026-01-15T09:00"));
    expect(await count(late.id, "WEEK_NOT_SUBMITTED")).toBe(1);
    await runDueNotifications(hcm("2026-01-16T09:00"));
    expect(await count(late.id, "WEEK_NOT_SUBMITTED")).toBe(2);
    await runDueNotifications(hcm("2026-01-18T09:00"));
    await runDueNotifications(hcm("2026-01-19T09:00"));
    expect(await count(late.id, "WEEK_NOT_SUBMITTED")).toBe(2);
    expect(await count(onTime.id, "WEEK_NOT_SUBMITTED")).toBe(0);
    const reminder = await db.notification.findFirstOrThrow({ where: { userId: late.id, kind: "WEEK_NOT_SUBMITTED" } });
    expect(reminder.data).toMatchObject({ weekNumber: 1 });
    expect(reminder.mailStatus).toBe("PENDING");
  });

  it("tasks overdue by more than two days: one notification listing them, each task once, mail off by default", async () => {
    const cohort = await createCohort({ startDate: "2026-02-04" }); // a Wednesday
    const intern = await createIntern({ cohortId: cohort.id });
    // Days Mon and Tue of the factory's week fall on 4 and 5 February, two tasks each, none done.
    await createWeek({ internId: intern.id, cohortId: cohort.id, number: 1 });
    await runDueNotifications(hcm("2026-02-07T08:59"));
    expect(await count(intern.id, "TASKS_OVERDUE")).toBe(0);
    await runDueNotifications(hcm("2026-02-07T09:00"));
    await runDueNotifications(hcm("2026-02-07T12:00"));
    const first = await db.notification.findMany({ where: { userId: intern.id, kind: "TASKS_OVERDUE" } });
    expect(first).toHaveLength(1);
    expect((first[0]!.data as NotificationData).tasks?.map((t) => t.text)).toEqual(["Task 1.1", "Task 1.2"]);
    expect(first[0]!.mailStatus).toBe("SKIPPED");
    await runDueNotifications(hcm("2026-02-08T09:00"));
    const all = await db.notification.findMany({
      where: { userId: intern.id, kind: "TASKS_OVERDUE" },
      orderBy: { createdAt: "asc" },
    });
    expect(all.map((n) => (n.data as NotificationData).tasks?.map((t) => t.text))).toEqual([
      ["Task 1.1", "Task 1.2"],
      ["Task 2.1", "Task 2.2"],
    ]);
  });

  it("a week waiting for review: its mentors after 3 days, the admins after 5, once each; not another cohort's mentor", async () => {
    const cohort = await createCohort();
    const other = await createCohort();
    const mentor = await createMentor({ cohortIds: [cohort.id] });
    const stranger = await createMentor({ cohortIds: [other.id] });
    const admin = await createUser({ role: "ADMIN" });
    const intern = await createIntern({ cohortId: cohort.id });
    const week = await createWeek({ internId: intern.id, cohortId: cohort.id, number: 2, status: "SUBMITTED" });
    const submitted = new Date("2026-05-04T03:00:00Z");
    await db.week.update({ where: { id: week.id }, data: { submittedAt: submitted } });
    const after = (hours: number) => new Date(submitted.getTime() + hours * 3_600_000);

    await runDueNotifications(after(71.9));
    expect(await count(mentor.id, "REVIEW_WAITING")).toBe(0);
    await runDueNotifications(after(72));
    await runDueNotifications(after(80));
    expect(await count(mentor.id, "REVIEW_WAITING")).toBe(1);
    expect(await count(stranger.id, "REVIEW_WAITING")).toBe(0);
    expect(await count(admin.id, "REVIEW_ESCALATED")).toBe(0);
    await runDueNotifications(after(120));
    await runDueNotifications(after(121));
    expect(await count(admin.id, "REVIEW_ESCALATED")).toBe(1);
    expect(await count(mentor.id, "REVIEW_ESCALATED")).toBe(0);
    expect(await count(intern.id, "REVIEW_WAITING")).toBe(0);
  });
});

describe("the weekly digest", () => {
  it("Monday 08:00: per cohort the weeks waiting (oldest first, with age), interns behind, interns at risk; once", async () => {
    const cohort = await createCohort({ name: "FCJ Digest", startDate: "2026-06-01" });
    const mentor = await createMentor({ cohortIds: [cohort.id] });
    const [an, binh, chi] = [
      await createIntern({ cohortId: cohort.id, name: "An" }),
      await createIntern({ cohortId: cohort.id, name: "Binh" }),
      await createIntern({ cohortId: cohort.id, name: "Chi" }),
    ];
    const anWeek = await createWeek({ internId: an.id, cohortId: cohort.id, number: 1, status: "SUBMITTED" });
    await db.week.update({ where: { id: anWeek.id }, data: { submittedAt: hcm("2026-06-08T10:00") } });
    const binhWeek = await createWeek({ internId: binh.id, cohortId: cohort.id, number: 1, status: "SUBMITTED" });
    await db.week.update({ where: { id: binhWeek.id }, data: { submittedAt: hcm("2026-06-12T10:00") } });
    // Chi ticked a task on Saturday: not idle.
    const chiWeek = await createWeek({ internId: chi.id, cohortId: cohort.id, number: 2 });
    const task = await db.task.findFirstOrThrow({ where: { day: { weekId: chiWeek.id } } });
    await db.task.update({ where: { id: task.id }, data: { done: true, doneAt: hcm("2026-06-13T10:00") } });
    // A mentor whose cohort has nothing to say gets no digest.
    const quiet = await createCohort({ startDate: "2026-06-01" });
    const quietMentor = await createMentor({ cohortIds: [quiet.id] });

    await runDueNotifications(hcm("2026-06-15T07:59"));
    expect(await count(mentor.id, "DIGEST")).toBe(0);
    await runDueNotifications(hcm("2026-06-15T08:00"));
    await runDueNotifications(hcm("2026-06-15T12:00"));
    expect(await count(mentor.id, "DIGEST")).toBe(1);
    expect(await count(quietMentor.id, "DIGEST")).toBe(0);
    const digest = await db.notification.findFirstOrThrow({ where: { userId: mentor.id, kind: "DIGEST" } });
    expect((digest.data as NotificationData).cohorts).toEqual([
      {
        name: "FCJ Digest",
        waiting: [
          { intern: "An", week: 1, days: 7 },
          { intern: "Binh", week: 1, days: 3 },
        ],
        waitingMore: 0,
        // Chi's week 2 ended on Sunday with tasks undone.
        behind: ["An", "Binh", "Chi"],
        behindMore: 0,
        // One week behind each, An's and Binh's submitted (nothing of theirs is due), Chi's tick of Saturday:
        // nobody is at risk yet (tests/integration/at-risk.test.ts has a digest that lists some).
        atRisk: [],
        atRiskMore: 0,
      },
    ]);
    // The next Monday's is a new one; a Tuesday brings none.
    await runDueNotifications(hcm("2026-06-16T08:00"));
    expect(await count(mentor.id, "DIGEST")).toBe(1);
    await runDueNotifications(hcm("2026-06-22T08:00"));
    expect(await count(mentor.id, "DIGEST")).toBe(2);
  });
});

describe("the digest's cost", () => {
  it("takes the same number of statements for a 3-intern and a 40-intern cohort", async () => {
    installQueryCounter();
    const counted = async (interns: number, startDate: string) => {
      const mentor = await createUser({ role: "MENTOR" });
      await createCohortWithWeeks({
        interns,
        weeks: 3,
        startDate,
        mentorIds: [mentor.id],
        status: (_, w) => (w === 1 ? "SUBMITTED" : "DRAFT"),
      });
      const before = queryCount();
      let written = 0;
      await db
        .$transaction(async (tx) => {
          written = await writeDueDigests(tx, {
            now: hcm(`${addDaysIso(startDate, 14)}T08:05`),
            timeZone: "Asia/Ho_Chi_Minh",
          });
          throw new Error("rollback");
        })
        .catch(() => {});
      expect(written).toBeGreaterThanOrEqual(1);
      return queryCount() - before;
    };
    // Mondays no other test's digest falls on.
    const small = await counted(3, "2026-08-03");
    const large = await counted(40, "2026-09-07");
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });
});

describe("retention", () => {
  it("keeps 90 days of notifications, read or not", async () => {
    const intern = await createUser();
    const day = 86_400_000;
    // Before every other test's clock, so that only these rows can be old enough.
    const now = Date.parse("2025-06-01T00:00:00Z");
    await db.notification.createMany({
      data: [91, 89, 1].map((age) => ({
        userId: intern.id,
        kind: "WELCOME" as const,
        createdAt: new Date(now - age * day),
        mailStatus: "SENT" as const,
      })),
    });
    expect(await deleteOldNotifications(new Date(now - RETENTION_DAYS * day))).toBe(1);
    expect(await db.notification.count({ where: { userId: intern.id } })).toBe(2);
  });
});
