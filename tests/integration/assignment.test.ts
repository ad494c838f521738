// Interns assigned to one of their cohort's mentors: the admin's changes (one, many, none), the
// database's rule refusing a mentor of another cohort (as a clear error), a mentor taken off a
// cohort or an intern moved ending the assignment; "my interns" in the grid, the queue and the
// digest against the whole cohort, and the workload view against a case worked out by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { say } from "@/lib/i18n/said";
import { installQueryCounter, queryCount } from "@/lib/server/bench/query-counter";
import { moveIntern } from "@/lib/server/data/admin";
import { assignInterns, removeMentorFromCohort } from "@/lib/server/data/assignment";
import { ForbiddenError, ValidationError } from "@/lib/server/data/errors";
import { exportCohortGridCsv, getCohortGrid } from "@/lib/server/data/grid";
import { writeDueDigests } from "@/lib/server/data/notifications/digest";
import { getDigestScope, saveDigestScope } from "@/lib/server/data/notifications/preferences";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { getWorkload } from "@/lib/server/data/workload";
import { db } from "@/lib/server/db";
import { DEFAULT_GRID_FILTER } from "@/lib/schemas/cohort";
import type { NotificationData } from "@/lib/worklog/notifications/facts";
import { createCohort, createCohortWithWeeks, createIntern, createMentor, createUser } from "../factories";

const TODAY = "2026-03-18";
const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;
const mentorOf = async (userId: string) =>
  (await db.enrollment.findUniqueOrThrow({ where: { userId }, select: { mentorId: true } })).mentorId;
const auditCount = (action: string) => db.auditEvent.count({ where: { action } });

let admin: Viewer;
beforeAll(async () => {
  admin = await viewer((await createUser({ role: "ADMIN" })).id);
  installQueryCounter();
});

describe("assigning interns", () => {
  it("assigns, moves between mentors and unassigns, one audit entry per intern changed", async () => {
    const cohort = await createCohort();
    const [a, b] = [await createMentor({ cohortIds: [cohort.id] }), await createMentor({ cohortIds: [cohort.id] })];
    const [i1, i2] = [await createIntern({ cohortId: cohort.id }), await createIntern({ cohortId: cohort.id })];
    const before = await auditCount("intern.assigned");

    expect(await assignInterns(admin, { cohortId: cohort.id, internIds: [i1.id, i2.id], mentorId: a.id })).toEqual({
      changed: 2,
    });
    expect([await mentorOf(i1.id), await mentorOf(i2.id)]).toEqual([a.id, a.id]);
    expect(await assignInterns(admin, { cohortId: cohort.id, internIds: [i2.id], mentorId: b.id })).toEqual({
      changed: 1,
    });
    expect(await mentorOf(i2.id)).toBe(b.id);
    expect(await assignInterns(admin, { cohortId: cohort.id, internIds: [i1.id], mentorId: null })).toEqual({
      changed: 1,
    });
    expect(await mentorOf(i1.id)).toBeNull();
    // Nothing to change: nothing written.
    expect(await assignInterns(admin, { cohortId: cohort.id, internIds: [i1.id], mentorId: null })).toEqual({
      changed: 0,
    });
    expect((await auditCount("intern.assigned")) - before).toBe(4);
    const moved = await db.auditEvent.findFirstOrThrow({
      where: { action: "intern.assigned", entityId: i2.id, data: { path: ["to"], equals: b.id } },
    });
    expect(moved).toMatchObject({ actorId: admin.id, entity: "enrollment", data: { from: a.id, to: b.id } });
  });

  it("refuses a mentor of another cohort by the database's rule, with a clear error, and changes nothing", async () => {
    const cohort = await createCohort();
    const other = await createCohort();
    const stranger = await createMentor({ cohortIds: [other.id] });
    const intern = await createIntern({ cohortId: cohort.id });
    const before = await auditCount("intern.assigned");
    const refusal = await assignInterns(admin, {
      cohortId: cohort.id,
      internIds: [intern.id],
      mentorId: stranger.id,
    }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).fieldErrors).toEqual({
      mentorId: [say("assignment.errors.notMentorOfCohort")],
    });
    expect(await mentorOf(intern.id)).toBeNull();
    expect(await auditCount("intern.assigned")).toBe(before);

    // An intern of another cohort among the ids: the whole change is refused.
    const elsewhere = await createIntern({ cohortId: other.id });
    const mentor = await createMentor({ cohortIds: [cohort.id] });
    await expect(
      assignInterns(admin, { cohortId: cohort.id, internIds: [intern.id, elsewhere.id], mentorId: mentor.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await mentorOf(intern.id)).toBeNull();
  });

  it("is for admins only", async () => {
    const cohort = await createCohort();
    const mentor = await createMentor({ cohortIds: [cohort.id] });
    const intern = await createIntern({ cohortId: cohort.id });
    await expect(
      assignInterns(await viewer(mentor.id), { cohortId: cohort.id, internIds: [intern.id], mentorId: mentor.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      removeMentorFromCohort(await viewer(mentor.id), { cohortId: cohort.id, mentorId: mentor.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await mentorOf(intern.id)).toBeNull();
  });

  it("a mentor taken off a cohort leaves their interns there unassigned, and keeps those of their other cohorts", async () => {
    const [x, y] = [await createCohort(), await createCohort()];
    const mentor = await createMentor({ cohortIds: [x.id, y.id] });
    const inX = await createIntern({ cohortId: x.id, mentorId: mentor.id });
    const inY = await createIntern({ cohortId: y.id, mentorId: mentor.id });
    expect(await removeMentorFromCohort(admin, { cohortId: x.id, mentorId: mentor.id })).toEqual({ unassigned: 1 });
    expect(await mentorOf(inX.id)).toBeNull();
    expect(await mentorOf(inY.id)).toBe(mentor.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "cohort.mentor-removed", entityId: x.id } });
    expect(event.data).toMatchObject({ mentorId: mentor.id, unassigned: 1, internIds: [inX.id] });
    // No longer a mentor of x: refused, nothing more written.
    await expect(removeMentorFromCohort(admin, { cohortId: x.id, mentorId: mentor.id })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("an assignment and the mentor's removal at the same moment never leave an intern with a mentor who left", async () => {
    for (let round = 0; round < 8; round++) {
      const cohort = await createCohort();
      const mentor = await createMentor({ cohortIds: [cohort.id] });
      const interns = [await createIntern({ cohortId: cohort.id }), await createIntern({ cohortId: cohort.id })];
      await Promise.allSettled([
        assignInterns(admin, { cohortId: cohort.id, internIds: interns.map((i) => i.id), mentorId: mentor.id }),
        removeMentorFromCohort(admin, { cohortId: cohort.id, mentorId: mentor.id }),
      ]);
      // Whichever went first, the mentor has left the cohort and nobody there is assigned to them.
      expect(await db.cohortMentor.count({ where: { cohortId: cohort.id, mentorId: mentor.id } })).toBe(0);
      expect(await db.enrollment.count({ where: { cohortId: cohort.id, mentorId: mentor.id } })).toBe(0);
    }
  });

  it("an intern moved to another cohort keeps their mentor only if that mentor mentors it too", async () => {
    const [from, shared, apart] = [await createCohort(), await createCohort(), await createCohort()];
    const mentor = await createMentor({ cohortIds: [from.id, shared.id] });
    const one = await createIntern({ cohortId: from.id, mentorId: mentor.id });
    const two = await createIntern({ cohortId: from.id, mentorId: mentor.id });
    await moveIntern(admin, { internId: one.id, cohortId: shared.id });
    await moveIntern(admin, { internId: two.id, cohortId: apart.id });
    expect(await mentorOf(one.id)).toBe(mentor.id);
    expect(await mentorOf(two.id)).toBeNull();
  });
});

/**
 * A cohort with mentors A, B and C, four interns each with week 1 submitted: interns 0 and 1 are A's,
 * 2 is B's, 3 is nobody's; C has none. A also mentors a second cohort where nobody is theirs.
 */
async function assignedCohort() {
  const [a, b, c] = [
    await createUser({ role: "MENTOR" }),
    await createUser({ role: "MENTOR" }),
    await createUser({ role: "MENTOR" }),
  ];
  const mentorOfIntern = [a.id, a.id, b.id, null];
  const main = await createCohortWithWeeks({
    interns: 4,
    weeks: 2,
    startDate: "2026-03-02",
    mentorIds: [a.id, b.id, c.id],
    mentorOf: (i) => mentorOfIntern[i] ?? null,
    status: (_i, w) => (w === 1 ? "SUBMITTED" : "DRAFT"),
  });
  const second = await createCohortWithWeeks({
    interns: 1,
    weeks: 2,
    startDate: "2026-03-02",
    mentorIds: [a.id],
    status: (_i, w) => (w === 1 ? "SUBMITTED" : "DRAFT"),
  });
  return { a: await viewer(a.id), b: await viewer(b.id), c: await viewer(c.id), main, second };
}

describe("my interns and the whole cohort", () => {
  let fx: Awaited<ReturnType<typeof assignedCohort>>;
  beforeAll(async () => {
    fx = await assignedCohort();
  });
  const ids = (interns: { id: string }[], picks: number[]) => picks.map((i) => interns[i]!.id).sort();

  it("the grid shows a mentor's own interns by default, the whole cohort on asking, with each intern's mentor", async () => {
    const cohortId = fx.main.cohort.id;
    const before = queryCount();
    const mine = await getCohortGrid(fx.a, cohortId, { today: TODAY });
    expect(queryCount() - before).toBe(2); // the version, then the grid's one query
    expect(mine.rows.map((r) => r.intern.id).sort()).toEqual(ids(fx.main.interns, [0, 1]));
    expect(mine.scope).toEqual({ ownOnly: true, own: 2, whole: 4 });
    const all = await getCohortGrid(fx.a, cohortId, { today: TODAY, scope: "all" });
    expect(all.rows).toHaveLength(4);
    expect(all.scope).toEqual({ ownOnly: false, own: 2, whole: 4 });
    const names = new Map(all.rows.map((r) => [r.intern.id, r.intern.mentor?.id ?? null]));
    expect(fx.main.interns.map((i) => names.get(i.id))).toEqual([fx.a.id, fx.a.id, fx.b.id, null]);
    // No intern of C's: the whole cohort. Admins: the whole cohort.
    expect((await getCohortGrid(fx.c, cohortId, { today: TODAY })).scope).toEqual({ ownOnly: false, own: 0, whole: 4 });
    expect((await getCohortGrid(admin, cohortId, { today: TODAY })).rows).toHaveLength(4);
    // The CSV export follows the same filter.
    const csv = await exportCohortGridCsv(fx.a, cohortId, DEFAULT_GRID_FILTER, { today: TODAY });
    expect(csv.csv.trim().split("\r\n")).toHaveLength(1 + 2 * 2);
    const whole = await exportCohortGridCsv(fx.a, cohortId, { ...DEFAULT_GRID_FILTER, scope: "all" }, { today: TODAY });
    expect(whole.csv.trim().split("\r\n")).toHaveLength(1 + 4 * 2);
  });

  it("the queue lists a mentor's own interns' weeks, and every week of a cohort where none is theirs", async () => {
    const queue = await listReviewQueue(fx.a, { today: TODAY });
    const interns = new Set(queue.items.map((i) => i.intern.id));
    expect([...interns].sort()).toEqual([...ids(fx.main.interns, [0, 1]), fx.second.interns[0]!.id].sort());
    expect(queue.scope).toEqual({ ownOnly: true, own: 2 });
    const all = await listReviewQueue(fx.a, { today: TODAY, scope: "all" });
    expect(all.total).toBe(5);
    expect(all.scope.ownOnly).toBe(false);
    expect((await listReviewQueue(fx.c, { today: TODAY })).total).toBe(4);
    // The grid and the queue agree on whose interns are A's.
    const grid = await getCohortGrid(fx.a, fx.main.cohort.id, { today: TODAY });
    const inMain = queue.items.filter((i) => i.cohort.id === fx.main.cohort.id).map((i) => i.intern.id);
    expect(inMain.sort()).toEqual(grid.rows.map((r) => r.intern.id).sort());
  });

  it("the queue takes the same number of statements for a mentor whatever the cohort's size", async () => {
    const count = async (run: () => Promise<unknown>) => {
      const before = queryCount();
      await run();
      return queryCount() - before;
    };
    const small = await count(() => listReviewQueue(fx.a, { today: TODAY }));
    const asAdmin = await count(() => listReviewQueue(admin, { today: TODAY }));
    await createCohortWithWeeks({
      interns: 30,
      weeks: 2,
      mentorIds: [fx.a.id],
      mentorOf: (i) => (i % 2 ? fx.a.id : null),
      status: () => "SUBMITTED",
    });
    const large = await count(() => listReviewQueue(fx.a, { today: TODAY }));
    expect(large).toBe(small);
    expect(small).toBe(asAdmin + 1); // the mentor's own interns per cohort: one statement more
  });
});

describe("the digest", () => {
  /** The digests written for Monday 16 March 2026, 08:05 in Ho Chi Minh City (rolled back after). */
  async function digests(): Promise<Map<string, NotificationData>> {
    let rows: { userId: string; data: unknown }[] = [];
    await db
      .$transaction(async (tx) => {
        await writeDueDigests(tx, { now: new Date("2026-03-16T08:05:00+07:00"), timeZone: "Asia/Ho_Chi_Minh" });
        rows = await tx.notification.findMany({ where: { kind: "DIGEST" }, select: { userId: true, data: true } });
        throw new Error("rollback");
      })
      .catch(() => {});
    return new Map(rows.map((r) => [r.userId, r.data as NotificationData]));
  }
  const waitingOf = (data: NotificationData | undefined, cohort: string) =>
    (data?.cohorts?.find((c) => c.name === cohort)?.waiting.map((w) => w.intern) ?? []).sort();

  it("covers a mentor's own interns; their preference (or having none) widens it to the whole cohort", async () => {
    const fx = await assignedCohort();
    const names = fx.main.interns.map((i) => i.name);
    const cohort = fx.main.cohort.name;
    let written = await digests();
    expect(waitingOf(written.get(fx.a.id), cohort)).toEqual([names[0], names[1]].sort());
    expect(waitingOf(written.get(fx.b.id), cohort)).toEqual([names[2]]);
    expect(waitingOf(written.get(fx.c.id), cohort)).toEqual([...names].sort());
    // A's other cohort has none of theirs: the whole of it.
    expect(waitingOf(written.get(fx.a.id), fx.second.cohort.name)).toEqual([fx.second.interns[0]!.name]);

    expect(await getDigestScope(fx.a)).toEqual({ wholeCohort: false });
    await saveDigestScope(fx.a, { wholeCohort: true });
    expect(await getDigestScope(fx.a)).toEqual({ wholeCohort: true });
    written = await digests();
    expect(waitingOf(written.get(fx.a.id), cohort)).toEqual([...names].sort());
    expect(waitingOf(written.get(fx.b.id), cohort)).toEqual([names[2]]);
    await expect(saveDigestScope(admin, { wholeCohort: true })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the workload view", () => {
  it("matches a case worked out by hand, in one statement whatever the number of mentors", async () => {
    // A cohort of its own start (no other test's cohort has mentors A2/B2): 2 mentors, 5 interns.
    const [a, b] = [
      await createUser({ role: "MENTOR", name: "Workload A" }),
      await createUser({ role: "MENTOR", name: "Workload B" }),
    ];
    const assigned = [a.id, a.id, b.id, null, null];
    const { cohort, interns, weeks } = await createCohortWithWeeks({
      interns: 5,
      weeks: 2,
      startDate: "2026-02-02",
      mentorIds: [a.id, b.id],
      mentorOf: (i) => assigned[i] ?? null,
      // Submitted: A's interns 0 (weeks 1, 2) and 1 (week 1); B's intern: none; unassigned intern 3 (week 2).
      status: (i, w) => (i === 0 || (i === 1 && w === 1) || (i === 3 && w === 2) ? "SUBMITTED" : "DRAFT"),
    });
    const at = (intern: number, week: number, day: string) =>
      db.week.update({
        where: { id: weeks.find((w) => w.internId === interns[intern]!.id && w.number === week)!.id },
        data: { submittedAt: new Date(`${day}T03:00:00Z`) },
      });
    await at(0, 1, "2026-03-08"); // 10 days before TODAY
    await at(0, 2, "2026-03-15"); // 3 days
    await at(1, 1, "2026-03-11"); // 7 days
    await at(3, 2, "2026-03-17"); // 1 day

    const before = queryCount();
    const workload = await getWorkload(admin, { today: TODAY });
    expect(queryCount() - before).toBe(1);
    const row = (id: string) => workload.mentors.find((m) => m.id === id);
    expect(row(a.id)).toMatchObject({
      name: "Workload A",
      interns: 2,
      waiting: 3,
      oldestWaitingDays: 10,
      cohorts: [{ id: cohort.id, interns: 2, waiting: 3, oldestWaitingDays: 10 }],
    });
    expect(row(b.id)).toMatchObject({ interns: 1, waiting: 0, oldestWaitingDays: null });
    expect(workload.unassigned.find((c) => c.id === cohort.id)).toEqual({
      id: cohort.id,
      name: cohort.name,
      interns: 2,
      waiting: 1,
      oldestWaitingDays: 1,
    });

    // More mentors, still one statement; a mentor sees their own row and their cohorts' unassigned.
    for (let i = 0; i < 8; i++) await createMentor({ cohortIds: [cohort.id] });
    const again = queryCount();
    expect((await getWorkload(admin, { today: TODAY })).mentors.length).toBe(workload.mentors.length + 8);
    expect(queryCount() - again).toBe(1);
    const own = await getWorkload(await viewer(a.id), { today: TODAY });
    expect(own.mentors.map((m) => m.id)).toEqual([a.id]);
    expect(own.unassigned.map((c) => c.id)).toEqual([cohort.id]);
  });
});
