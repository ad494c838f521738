// The admins' program overview through the data layer: three cohorts at different stages against a
// table worked out by hand, the same numbers as the cohort cards, who may see it, and one query
// whatever the number of cohorts.
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { listCohorts } from "@/lib/server/data/cohorts";
import { ForbiddenError, NotFoundError } from "@/lib/server/data/errors";
import { getProgramOverview, type ProgramCohort } from "@/lib/server/data/program";
import { listReviewQueue } from "@/lib/server/data/review-queue";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { createCohort, createCohortWithWeeks, createMentor, createUser } from "../factories";

// A Wednesday.
const TODAY = "2026-11-25";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

let admin: Viewer;
let ids: { running: string; future: string; finished: string };

beforeAll(async () => {
  admin = await viewer((await createUser({ role: "ADMIN" })).id);
  // Week 4 of 12 today. Weeks 1-3 (3 tasks each) have ended; each is submitted at the start of its
  // last day (UTC), which is that day in Ho Chi Minh City too.
  const running = await createCohortWithWeeks({
    name: "Running cohort",
    startDate: "2026-11-02",
    interns: 3,
    weeks: 3,
    status: (i, w) =>
      (
        [
          ["APPROVED", "APPROVED", "APPROVED"],
          ["APPROVED", "SUBMITTED", "SUBMITTED"],
          ["DRAFT", "DRAFT", "CHANGES_REQUESTED"],
        ] as const
      )[i]![w - 1]!,
    done: (i, w) =>
      [
        [3, 3, 3],
        [3, 2, 3],
        [0, 1, 3],
      ][i]![w - 1]!,
  });
  await db.cohort.update({ where: { id: running.cohort.id }, data: { weekCount: 12 } });
  const future = await createCohort({ name: "Future cohort", startDate: "2027-01-04" });
  // Ended in March; one intern's week waits since 11 January; a second intern left the cohort
  // (their week still waits for review, as in the queue, but counts no more for progress and "behind").
  const finished = await createCohortWithWeeks({
    name: "Finished cohort",
    startDate: "2026-01-05",
    interns: 2,
    weeks: 1,
    status: () => "SUBMITTED",
    done: (i) => (i === 0 ? 3 : 1),
  });
  await db.enrollment.delete({ where: { userId: finished.interns[1]!.id } });
  ids = { running: running.cohort.id, future: future.id, finished: finished.cohort.id };
});

/** Worked out by hand from the plan above. */
const EXPECTED: Record<keyof typeof ids, Omit<ProgramCohort, "id" | "startDate">> = {
  future: {
    name: "Future cohort",
    weekCount: 12,
    internCount: 0,
    phase: { kind: "not-started" },
    progress: { done: 0, total: 0, percent: 0 },
    waiting: 0,
    oldestWaitingDays: null,
    internsBehind: 0,
    // Never counted: the worker's refresh has not run (tests/integration/program-risk.test.ts).
    atRisk: null,
  },
  running: {
    name: "Running cohort",
    weekCount: 12,
    internCount: 3,
    phase: { kind: "running", week: 4, weekCount: 12 },
    // 9 + 8 + 4 of 27 tasks.
    progress: { done: 21, total: 27, percent: 77 },
    // The second intern's weeks 2 and 3; week 2 was handed in on 15 November.
    waiting: 2,
    oldestWaitingDays: 10,
    // The second intern's week 2 (submitted, 2 of 3), the third's weeks 1 and 2 (drafts, undone).
    internsBehind: 2,
    atRisk: null,
  },
  finished: {
    name: "Finished cohort",
    weekCount: 1,
    internCount: 1,
    phase: { kind: "finished", weekCount: 1 },
    progress: { done: 3, total: 3, percent: 100 },
    // 11 January to 25 November.
    waiting: 2,
    oldestWaitingDays: 318,
    internsBehind: 0,
    atRisk: null,
  },
};

describe("the program overview", () => {
  it("matches the table worked out by hand, newest cohort first", async () => {
    const overview = await getProgramOverview(admin, { today: TODAY });
    expect(overview.map((c) => c.id)).toEqual([ids.future, ids.running, ids.finished]);
    for (const [key, expected] of Object.entries(EXPECTED)) {
      expect(
        overview.find((c) => c.id === ids[key as keyof typeof ids]),
        key,
      ).toMatchObject(expected);
    }
  });

  it("gives the cohort cards' numbers and the review queue's oldest wait (the rules are not restated)", async () => {
    const [overview, cards] = await Promise.all([
      getProgramOverview(admin, { today: TODAY }),
      listCohorts(admin, { today: TODAY }),
    ]);
    for (const card of cards) {
      const row = overview.find((c) => c.id === card.id)!;
      expect(row).toMatchObject({
        internCount: card.internCount,
        waiting: card.waitingForReview,
        progress: card.progress!,
        internsBehind: card.internsBehind!,
        phase: card.phase,
      });
      const queue = await listReviewQueue(admin, { cohortId: card.id, today: TODAY });
      expect(row.oldestWaitingDays).toBe(
        queue.items.length ? Math.max(...queue.items.map((i) => i.waitingDays)) : null,
      );
    }
  });

  it("is for admins only", async () => {
    const mentor = await viewer((await createMentor({ cohortIds: [ids.running] })).id);
    const intern = await viewer((await db.enrollment.findFirstOrThrow({ where: { cohortId: ids.running } })).userId);
    const noGroup = await viewer((await createUser({ role: null })).id);
    await expect(getProgramOverview(mentor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getProgramOverview(intern)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getProgramOverview(noGroup)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("takes as many queries for 3 cohorts as for 23: one with every row kept, two when some are not", async () => {
    // Every SQL statement the app sends goes through pg's Client#query (the Prisma adapter uses a pg pool).
    const spy = vi.spyOn(pg.Client.prototype, "query");
    const queries = async () => {
      spy.mockClear();
      const overview = await getProgramOverview(admin, { today: TODAY });
      return { cohorts: overview.length, queries: spy.mock.calls.length };
    };
    await getProgramOverview(admin, { today: TODAY }); // every row kept
    const three = await queries();
    for (let n = 0; n < 20; n++) {
      await createCohortWithWeeks({ interns: 2, weeks: 2, status: () => "SUBMITTED", done: () => 1 });
    }
    const twentyNew = await queries();
    const twentyThree = await queries();
    spy.mockRestore();
    expect([three, twentyNew, twentyThree]).toEqual([
      { cohorts: 3, queries: 1 },
      { cohorts: 23, queries: 2 },
      { cohorts: 23, queries: 1 },
    ]);
  });
});
