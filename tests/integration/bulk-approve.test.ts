// A reviewer approves many weeks at once: each week decided on its own by the status machine, the
// refused ones reported by name and untouched, the rest approved in one transaction with the same
// rows a single approval writes, in a number of statements that does not grow with the count.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { approveWeeks } from "@/lib/server/data/bulk-approve";
import { ConflictError, ForbiddenError } from "@/lib/server/data/errors";
import { decideWeek } from "@/lib/server/data/reviews";
import { setTaskDone } from "@/lib/server/data/tasks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { bulkApproveSchema } from "@/lib/schemas/review";
import { createCohort, createCohortWithWeeks, createIntern, createMentor, createUser, createWeek } from "../factories";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

/** What a week's review left behind: its status and the rows an approval writes. */
async function trail(weekId: string) {
  const week = await db.week.findUniqueOrThrow({
    where: { id: weekId },
    select: {
      status: true,
      approvedAt: true,
      _count: { select: { reviewComments: true, reviewDecisions: true, auditEvents: true, notifications: true } },
    },
  });
  return { status: week.status, approved: week.approvedAt !== null, ...week._count };
}

async function firstTask(weekId: string) {
  return db.task.findFirstOrThrow({ where: { day: { weekId } }, orderBy: { position: "asc" }, select: { id: true } });
}

describe("bulk approve", () => {
  it("approves the approvable weeks and reports every other one by name, changing none of them", async () => {
    const cohort = await createCohort();
    const otherCohort = await createCohort();
    const mentor = await createMentor({ cohortIds: [cohort.id] });
    const lan = await createIntern({ cohortId: cohort.id, name: "Lan Nguyen" });
    const binh = await createIntern({ cohortId: cohort.id, name: "Binh Tran" });
    const stranger = await createIntern({ cohortId: otherCohort.id, name: "Someone Else" });
    const ready = await createWeek({ internId: lan.id, cohortId: cohort.id, number: 3, status: "SUBMITTED" });
    const alsoReady = await createWeek({ internId: binh.id, cohortId: cohort.id, number: 3, status: "SUBMITTED" });
    const approved = await createWeek({ internId: lan.id, cohortId: cohort.id, number: 2, status: "APPROVED" });
    const draft = await createWeek({ internId: binh.id, cohortId: cohort.id, number: 4 });
    const otherCohorts = await createWeek({
      internId: stranger.id,
      cohortId: otherCohort.id,
      number: 3,
      status: "SUBMITTED",
    });
    // An admin who is also an intern of the cohort: they may review every week but their own.
    const adminIntern = await createIntern({ cohortId: cohort.id, name: "Admin Intern" });
    const own = await createWeek({ internId: adminIntern.id, cohortId: cohort.id, number: 1, status: "SUBMITTED" });
    await db.user.update({ where: { id: adminIntern.id }, data: { role: "ADMIN" } });
    const nowhere = randomUUID();

    const refusedIds = [approved.id, draft.id, otherCohorts.id, own.id];
    const before = await Promise.all(refusedIds.map(trail));
    const result = await approveWeeks(await viewer(mentor.id), {
      weekIds: [ready.id, approved.id, draft.id, otherCohorts.id, nowhere, alsoReady.id],
      comment: "Well done.",
    });
    expect(result.approved).toEqual([
      { weekId: ready.id, internName: "Lan Nguyen", number: 3 },
      { weekId: alsoReady.id, internName: "Binh Tran", number: 3 },
    ]);
    // Another cohort's week is not found, as any week the mentor cannot see: nothing of it is told.
    expect(result.refused).toEqual([
      { weekId: approved.id, internName: "Lan Nguyen", number: 2, reason: "conflict", status: "APPROVED" },
      { weekId: draft.id, internName: "Binh Tran", number: 4, reason: "conflict", status: "DRAFT" },
      { weekId: otherCohorts.id, reason: "notFound" },
      { weekId: nowhere, reason: "notFound" },
    ]);
    const byAdmin = await approveWeeks(await viewer(adminIntern.id), { weekIds: [own.id] });
    expect(byAdmin).toEqual({
      approved: [],
      refused: [{ weekId: own.id, internName: "Admin Intern", number: 1, reason: "forbidden" }],
    });
    expect(await Promise.all(refusedIds.map(trail))).toEqual(before);
    for (const weekId of [ready.id, alsoReady.id]) {
      expect(await trail(weekId)).toMatchObject({
        status: "APPROVED",
        approved: true,
        reviewDecisions: 1,
        reviewComments: 1,
      });
    }
  });

  it("writes what a single approval writes: decision, comment, audit event, the intern's own notification", async () => {
    const { cohort, weeks, interns } = await createCohortWithWeeks({ interns: 2, weeks: 1, status: () => "SUBMITTED" });
    const mentor = await viewer((await createMentor({ cohortIds: [cohort.id] })).id);
    await decideWeek(mentor, { weekId: weeks[0]!.id, decision: "APPROVED", comment: "Good week." });
    await approveWeeks(mentor, { weekIds: [weeks[1]!.id], comment: "Good week." });
    const rowsOf = async (weekId: string, internId: string) => {
      const [decisions, comments, audits, notifications] = await Promise.all([
        db.reviewDecision.findMany({ where: { weekId }, select: { reviewerId: true, decision: true } }),
        db.reviewComment.findMany({ where: { weekId }, select: { authorId: true, body: true, dayId: true } }),
        db.auditEvent.findMany({ where: { weekId, action: "week.approved" }, select: { actorId: true, entity: true } }),
        db.notification.findMany({
          where: { weekId },
          select: { userId: true, kind: true, actorId: true, data: true, mailStatus: true, commentId: true },
        }),
      ]);
      const commentId = (await db.reviewComment.findFirstOrThrow({ where: { weekId } })).id;
      expect(notifications).toEqual([expect.objectContaining({ userId: internId, commentId })]);
      return {
        decisions,
        comments,
        audits,
        notifications: notifications.map(({ commentId: _c, userId: _u, ...n }) => n),
      };
    };
    const single = await rowsOf(weeks[0]!.id, interns[0]!.id);
    const bulk = await rowsOf(weeks[1]!.id, interns[1]!.id);
    expect(bulk).toEqual(single);
    expect(bulk.notifications).toEqual([
      { kind: "WEEK_APPROVED", actorId: mentor.id, data: { weekNumber: 1 }, mailStatus: "PENDING" },
    ]);
  });

  it("is for reviewers only, and its schema bounds what one request may name", async () => {
    const intern = await createUser({ role: "INTERN" });
    await expect(approveWeeks(await viewer(intern.id), { weekIds: [randomUUID()] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
    expect(bulkApproveSchema.safeParse({ weekIds: ids(200) }).success).toBe(true);
    expect(bulkApproveSchema.safeParse({ weekIds: ids(201) }).success).toBe(false);
    expect(bulkApproveSchema.safeParse({ weekIds: [] }).success).toBe(false);
    expect(bulkApproveSchema.safeParse({ weekIds: ["1; DROP TABLE weeks"] }).success).toBe(false);
    expect(bulkApproveSchema.safeParse({ weekIds: ids(1), comment: "x".repeat(2001) }).success).toBe(false);
    const twice = randomUUID();
    expect(bulkApproveSchema.parse({ weekIds: [twice, twice.toUpperCase()], comment: "  " })).toEqual({
      weekIds: [twice],
      comment: undefined,
    });
  });

  it("approves 50 weeks consistently while their interns edit and another mentor returns one of them", async () => {
    for (let round = 0; round < 3; round++) {
      const { cohort, weeks } = await createCohortWithWeeks({
        interns: 50,
        weeks: 2,
        status: (_intern, week) => (week === 1 ? "SUBMITTED" : "DRAFT"),
      });
      const mentor = await viewer((await createMentor({ cohortIds: [cohort.id] })).id);
      const otherMentor = await viewer((await createMentor({ cohortIds: [cohort.id] })).id);
      const submitted = weeks.filter((w) => w.number === 1);
      const draftOf = (internId: string) => weeks.find((w) => w.internId === internId && w.number === 2)!;
      const [first, second, third] = submitted;
      const draftTask = await firstTask(draftOf(first!.internId).id);
      const inReviewTask = await firstTask(second!.id);
      const [bulk, tick, blockedTick, returned] = await Promise.allSettled([
        approveWeeks(mentor, { weekIds: submitted.map((w) => w.id), comment: "Approved together." }),
        // The intern ticks their draft week meanwhile: untouched by the approval, and it lands.
        setTaskDone(await viewer(first!.internId), { taskId: draftTask.id, done: true }),
        // Another intern tries to tick the week being approved: refused, before or after.
        setTaskDone(await viewer(second!.internId), { taskId: inReviewTask.id, done: true }),
        decideWeek(otherMentor, { weekId: third!.id, decision: "CHANGES_REQUESTED", comment: "Please add day 3." }),
      ]);
      expect(bulk.status).toBe("fulfilled");
      expect(tick.status).toBe("fulfilled");
      expect(blockedTick.status === "rejected" && blockedTick.reason instanceof ConflictError).toBe(true);
      const result = (bulk as PromiseFulfilledResult<Awaited<ReturnType<typeof approveWeeks>>>).value;
      const thirdTrail = await trail(third!.id);
      if (returned.status === "fulfilled") {
        // The return landed first: the bulk approval saw it under its lock and left the week alone.
        expect(result.approved).toHaveLength(49);
        expect(result.refused).toEqual([expect.objectContaining({ weekId: third!.id, status: "CHANGES_REQUESTED" })]);
        expect(thirdTrail).toMatchObject({ status: "CHANGES_REQUESTED", reviewDecisions: 1, notifications: 1 });
      } else {
        expect(returned.reason).toBeInstanceOf(ConflictError);
        expect(result.approved).toHaveLength(50);
        expect(thirdTrail).toMatchObject({ status: "APPROVED", reviewDecisions: 1, reviewComments: 1 });
      }
      for (const week of submitted.filter((w) => w.id !== third!.id)) {
        expect(await trail(week.id)).toEqual({
          status: "APPROVED",
          approved: true,
          reviewComments: 1,
          reviewDecisions: 1,
          auditEvents: 1,
          notifications: 1,
        });
      }
      expect(await db.task.findUniqueOrThrow({ where: { id: draftTask.id } })).toMatchObject({ done: true });
      expect(await db.task.findUniqueOrThrow({ where: { id: inReviewTask.id } })).toMatchObject({ done: false });
    }
  });

  it("sends the same number of SQL statements for 5 weeks as for 50", async () => {
    const spy = vi.spyOn(pg.Client.prototype, "query");
    const count = async (n: number) => {
      const { cohort, weeks } = await createCohortWithWeeks({ interns: n, weeks: 1, status: () => "SUBMITTED" });
      const mentor = await viewer((await createMentor({ cohortIds: [cohort.id] })).id);
      spy.mockClear();
      const result = await approveWeeks(mentor, { weekIds: weeks.map((w) => w.id), comment: "Fine." });
      expect(result.approved).toHaveLength(n);
      return spy.mock.calls.length;
    };
    await count(1); // warm up: the pool's first connection
    const five = await count(5);
    const fifty = await count(50);
    spy.mockRestore();
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(9);
    console.log(`bulk approve: ${five} SQL statements for 5 weeks, ${fifty} for 50`);
  });
});
