// Every data-layer read and write, for every kind of viewer, on their own and on someone else's
// week: the answer must be the one in this table. Denied writes must change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { assignInterns, removeMentorFromCohort } from "@/lib/server/data/assignment";
import { listCohorts } from "@/lib/server/data/cohorts";
import { saveDigestScope } from "@/lib/server/data/notifications/preferences";
import { getWorkload } from "@/lib/server/data/workload";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/data/errors";
import { exportCohortHeatmapCsv, getCohortHeatmap } from "@/lib/server/data/heatmap";
import { extendWeek, removeExtension } from "@/lib/server/data/extensions";
import { getProgramOverview } from "@/lib/server/data/program";
import { getRiskSettings, readRiskSettings, saveRiskSettings } from "@/lib/server/data/program-settings";
import { addReviewComment, decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { approveWeeks } from "@/lib/server/data/bulk-approve";
import { deleteSavedReply, listSavedReplies, updateSavedReply } from "@/lib/server/data/saved-replies";
import { setTaskDone } from "@/lib/server/data/tasks";
import { replyToComment, resolveThread } from "@/lib/server/data/threads";
import { recordSignIn } from "@/lib/server/data/users";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { getWeek, listWeeksOfIntern } from "@/lib/server/data/weeks";
import { createCohort, createIntern, createMentor, createUser, createWeek } from "../factories";

type Actor = "intern" | "otherIntern" | "mentor" | "otherMentor" | "admin" | "noGroup";
type Resource = "own" | "other";
type Outcome = "ok" | "404" | "403";

type Row = Record<Actor, [own: Outcome, other: Outcome]>;

/** Reading a week: its intern, its cohort's mentors and admins see it; to anyone else it does not exist. */
const SEEN_BY_ITS_PEOPLE: Row = {
  intern: ["ok", "404"],
  otherIntern: ["404", "ok"],
  mentor: ["ok", "404"],
  otherMentor: ["404", "ok"],
  admin: ["ok", "ok"],
  noGroup: ["404", "404"],
};

/** The intern's own changes: only the week's intern; a reviewer who can see the week is refused. */
const ITS_INTERN_ONLY: Row = {
  intern: ["ok", "404"],
  otherIntern: ["404", "ok"],
  mentor: ["403", "404"],
  otherMentor: ["404", "403"],
  admin: ["403", "403"],
  noGroup: ["404", "404"],
};

/** Reviewing: the cohort's mentors and admins; the week's own intern, who can see it, is refused. */
const ITS_REVIEWERS_ONLY: Row = {
  intern: ["403", "404"],
  otherIntern: ["404", "403"],
  mentor: ["ok", "404"],
  otherMentor: ["404", "ok"],
  admin: ["ok", "ok"],
  noGroup: ["404", "404"],
};

/** The cohort's reviewing pages (grid, heatmap): its mentors and admins; to anyone else the cohort does not exist. */
const ITS_COHORTS_REVIEWERS: Row = {
  intern: ["404", "404"],
  otherIntern: ["404", "404"],
  mentor: ["ok", "404"],
  otherMentor: ["404", "ok"],
  admin: ["ok", "ok"],
  noGroup: ["404", "404"],
};

/** The program's pages (the overview of every cohort): admins only; other roles are told who may. */
const ADMINS_ONLY: Row = {
  intern: ["403", "403"],
  otherIntern: ["403", "403"],
  mentor: ["403", "403"],
  otherMentor: ["403", "403"],
  admin: ["ok", "ok"],
  noGroup: ["404", "404"],
};

// Bulk approve and saved replies (issue 15). Bulk approving is for reviewers by role (an intern is
// told so), then week by week as one approval; a saved reply is its owner's ("own": `mentor`'s,
// "other": `otherMentor`'s), unseen by anyone else, admins included.
const REVIEWERS_BY_ROLE: Row = {
  intern: ["403", "403"],
  otherIntern: ["403", "403"],
  mentor: ["ok", "404"],
  otherMentor: ["404", "ok"],
  admin: ["ok", "ok"],
  noGroup: ["404", "404"],
};

// Interns assigned to mentors (issue 15): the admin's changes; the workload view (admins all, a
// mentor their own cohorts); a mentor's digest scope (mentors only, on themselves).
/** The workload view: admins, and a mentor for their own cohorts; interns are told who may. */
const WORKLOAD: Row = REVIEWERS_BY_ROLE;
/** A mentor's own setting: any mentor, whoever's week is at hand; others are told who may. */
const MENTORS_ONLY: Row = {
  intern: ["403", "403"],
  otherIntern: ["403", "403"],
  mentor: ["ok", "ok"],
  otherMentor: ["ok", "ok"],
  admin: ["403", "403"],
  noGroup: ["404", "404"],
};
const ASSIGNMENT_TABLE: Record<string, Row> = {
  assignInterns: ADMINS_ONLY,
  removeMentorFromCohort: ADMINS_ONLY,
  getWorkload: WORKLOAD,
  saveDigestScope: MENTORS_ONLY,
};
const ITS_OWNER_AMONG_REVIEWERS: Row = { ...REVIEWERS_BY_ROLE, admin: ["404", "404"] };

/**
 * Two weeks: "own" is the week of `intern`, in the cohort `mentor` mentors; "other" is the week of
 * `otherIntern`, in another cohort that only `otherMentor` mentors. So each row reads: this
 * viewer, on the first intern's week and on the other intern's week.
 */
const TABLE: Record<string, Row> = {
  getWeek: SEEN_BY_ITS_PEOPLE,
  listWeeksOfIntern: SEEN_BY_ITS_PEOPLE,
  listCohorts: SEEN_BY_ITS_PEOPLE,
  setTaskDone: ITS_INTERN_ONLY,
  submitWeek: ITS_INTERN_ONLY,
  decideWeek: ITS_REVIEWERS_ONLY,
  addReviewComment: ITS_REVIEWERS_ONLY,
  getCohortHeatmap: ITS_COHORTS_REVIEWERS,
  exportCohortHeatmapCsv: ITS_COHORTS_REVIEWERS,
  getProgramOverview: ADMINS_ONLY,
  // Deadline extensions (issue 15): only the cohort's mentors and admins; the intern 403, others 404.
  extendWeek: ITS_REVIEWERS_ONLY,
  removeExtension: ITS_REVIEWERS_ONLY,
  // Conversations (issue 15): the week's intern and its reviewers reply; only its reviewers resolve.
  replyToComment: SEEN_BY_ITS_PEOPLE,
  resolveThread: ITS_REVIEWERS_ONLY,
  ...ASSIGNMENT_TABLE,
  // At-risk interns (issue 15): the thresholds are the admins'.
  getRiskSettings: ADMINS_ONLY,
  saveRiskSettings: ADMINS_ONLY,
  approveWeeks: REVIEWERS_BY_ROLE,
  listSavedReplies: ITS_OWNER_AMONG_REVIEWERS,
  updateSavedReply: ITS_OWNER_AMONG_REVIEWERS,
  deleteSavedReply: ITS_OWNER_AMONG_REVIEWERS,
};

interface Fixture {
  viewers: Record<Actor, Viewer>;
  weeks: Record<
    "intern" | "otherIntern",
    { id: string; internId: string; cohortId: string; taskId: string; replyId: string }
  >;
}

let fx: Fixture;
/** Each week's thread: a reviewer's comment, by week id. */
const threadOf: Record<string, string> = {};

beforeAll(async () => {
  const cohort = await createCohort();
  const otherCohort = await createCohort();
  const intern = await createIntern({ cohortId: cohort.id });
  const otherIntern = await createIntern({ cohortId: otherCohort.id });
  const mentor = await createMentor({ cohortIds: [cohort.id] });
  const otherMentor = await createMentor({ cohortIds: [otherCohort.id] });
  const admin = await createUser({ role: "ADMIN" });
  const noGroup = await createUser({ role: null });
  const weekOf = async (internId: string, cohortId: string, replyOwnerId: string) => {
    const week = await createWeek({ internId, cohortId, number: 1 });
    const task = await db.task.findFirstOrThrow({ where: { day: { weekId: week.id } }, select: { id: true } });
    const reply = await db.savedReply.create({ data: { ownerId: replyOwnerId, body: "Looks good", position: 0 } });
    return { id: week.id, internId, cohortId, taskId: task.id, replyId: reply.id };
  };
  const viewer = async (id: string) => (await viewerById(id))!;
  fx = {
    viewers: {
      intern: await viewer(intern.id),
      otherIntern: await viewer(otherIntern.id),
      mentor: await viewer(mentor.id),
      otherMentor: await viewer(otherMentor.id),
      admin: await viewer(admin.id),
      noGroup: await viewer(noGroup.id),
    },
    weeks: {
      intern: await weekOf(intern.id, cohort.id, mentor.id),
      otherIntern: await weekOf(otherIntern.id, otherCohort.id, otherMentor.id),
    },
  };
  for (const week of Object.values(fx.weeks)) {
    const opening = await db.reviewComment.create({ data: { weekId: week.id, authorId: admin.id, body: "Why?" } });
    threadOf[week.id] = opening.id;
  }
});

function weekFor(resource: Resource) {
  return resource === "own" ? fx.weeks.intern : fx.weeks.otherIntern;
}

/** Everything a write could touch, to prove that a denied one touched nothing. */
async function snapshot(weekId: string) {
  const week = await db.week.findUniqueOrThrow({
    where: { id: weekId },
    select: {
      status: true,
      submittedAt: true,
      approvedAt: true,
      extendedUntil: true,
      extendedById: true,
      days: { select: { tasks: { select: { done: true, doneAt: true } } } },
      _count: { select: { reviewComments: true, reviewDecisions: true, auditEvents: true } },
      reviewComments: { orderBy: { id: "asc" }, select: { resolvedAt: true, awaitingReviewer: true } },
    },
  });
  const replies = await db.savedReply.findMany({ orderBy: { id: "asc" } });
  return JSON.stringify({ week, replies });
}

const OPERATIONS: Record<string, (viewer: Viewer, week: Fixture["weeks"]["intern"]) => Promise<unknown>> = {
  getWeek: (viewer, week) => getWeek(viewer, week.id),
  listWeeksOfIntern: async (viewer, week) => {
    const weeks = await listWeeksOfIntern(viewer, week.internId);
    if (!weeks.some((w) => w.id === week.id)) throw new NotFoundError(); // an empty list is the denial
  },
  listCohorts: async (viewer, week) => {
    if (!(await listCohorts(viewer)).some((c) => c.id === week.cohortId)) throw new NotFoundError();
  },
  getCohortHeatmap: (viewer, week) => getCohortHeatmap(viewer, week.cohortId),
  exportCohortHeatmapCsv: (viewer, week) => exportCohortHeatmapCsv(viewer, week.cohortId),
  getProgramOverview: async (viewer, week) => {
    if (!(await getProgramOverview(viewer)).some((c) => c.id === week.cohortId)) throw new NotFoundError();
  },
  setTaskDone: (viewer, week) => setTaskDone(viewer, { taskId: week.taskId, done: true }),
  submitWeek: (viewer, week) => submitWeek(viewer, week.id),
  decideWeek: (viewer, week) => decideWeek(viewer, { weekId: week.id, decision: "APPROVED" }),
  addReviewComment: (viewer, week) => addReviewComment(viewer, { weekId: week.id, body: "Looks good" }),
  extendWeek: (viewer, week) => extendWeek(viewer, { weekId: week.id, until: "2026-01-20", reason: "Ill" }),
  removeExtension: (viewer, week) => removeExtension(viewer, { weekId: week.id }),
  replyToComment: (viewer, week) => replyToComment(viewer, { commentId: threadOf[week.id]!, body: "Thanks" }),
  resolveThread: (viewer, week) => resolveThread(viewer, { commentId: threadOf[week.id]!, resolved: true }),
  // h-assign: the intern unassigned (as they are), a mentor added for the case taken off again.
  assignInterns: (viewer, week) =>
    assignInterns(viewer, { cohortId: week.cohortId, internIds: [week.internId], mentorId: null }),
  removeMentorFromCohort: async (viewer, week) => {
    const extra = await createMentor({ cohortIds: [week.cohortId] });
    await removeMentorFromCohort(viewer, { cohortId: week.cohortId, mentorId: extra.id });
  },
  getWorkload: async (viewer, week) => {
    const { mentors, unassigned } = await getWorkload(viewer);
    const cohorts = [...unassigned, ...mentors.flatMap((m) => m.cohorts)];
    if (!cohorts.some((c) => c.id === week.cohortId)) throw new NotFoundError();
  },
  saveDigestScope: (viewer) => saveDigestScope(viewer, { wholeCohort: false }),
  // At-risk interns: a refused save leaves the thresholds and the trail as they were.
  getRiskSettings: (viewer) => getRiskSettings(viewer),
  saveRiskSettings: async (viewer) => {
    const before = JSON.stringify([await readRiskSettings(db), await db.auditEvent.count()]);
    return saveRiskSettings(viewer, { behindWeeks: 2, fallingWeeks: 3, idleDays: 5 }).catch(async (error: unknown) => {
      expect(JSON.stringify([await readRiskSettings(db), await db.auditEvent.count()])).toBe(before);
      throw error;
    });
  },
  approveWeeks: async (viewer, week) => {
    const { refused } = await approveWeeks(viewer, { weekIds: [week.id] });
    if (refused[0]?.reason === "notFound") throw new NotFoundError();
    if (refused[0]) throw new ForbiddenError(refused[0].reason);
  },
  listSavedReplies: async (viewer, week) => {
    if (!(await listSavedReplies(viewer)).some((r) => r.id === week.replyId)) throw new NotFoundError();
  },
  updateSavedReply: (viewer, week) => updateSavedReply(viewer, { id: week.replyId, body: "Looks good" }),
  deleteSavedReply: async (viewer, week) => {
    await deleteSavedReply(viewer, { id: week.replyId });
    // Put it back for the next case: the same id, the same place.
    await db.savedReply.create({ data: { id: week.replyId, ownerId: viewer.id, body: "Looks good", position: 0 } });
  },
};

const WRITES = new Set([
  "setTaskDone",
  "submitWeek",
  "decideWeek",
  "addReviewComment",
  "extendWeek",
  "removeExtension",
  "replyToComment",
  "resolveThread",
  "assignInterns",
  "removeMentorFromCohort",
  "saveDigestScope",
  "approveWeeks",
  "updateSavedReply",
  "deleteSavedReply",
]);

async function resetWeeks(operation: string) {
  // Each case starts from the state its operation needs: decisions need a submitted week.
  const submitted = operation === "decideWeek" || operation === "approveWeeks";
  await db.week.updateMany({
    where: { id: { in: [fx.weeks.intern.id, fx.weeks.otherIntern.id] } },
    data: {
      status: submitted ? "SUBMITTED" : "DRAFT",
      submittedAt: submitted ? new Date() : null,
      approvedAt: null,
      // Removing an extension needs one (the weeks end on 11 January).
      extendedUntil: operation === "removeExtension" ? new Date("2026-01-15") : null,
      extendedById: null,
    },
  });
  await db.task.updateMany({
    where: { id: { in: [fx.weeks.intern.taskId, fx.weeks.otherIntern.taskId] } },
    data: { done: false, doneAt: null },
  });
  await db.reviewComment.updateMany({
    where: { weekId: { in: [fx.weeks.intern.id, fx.weeks.otherIntern.id] }, parentId: null },
    data: { resolvedAt: null, resolvedById: null, awaitingReviewer: false },
  });
}

const cases = Object.entries(TABLE).flatMap(([operation, row]) =>
  (Object.keys(row) as Actor[]).flatMap((actor) =>
    (["own", "other"] as Resource[]).map((resource, i) => ({ operation, actor, resource, expected: row[actor][i]! })),
  ),
);

let denials = 0;
afterAll(() => {
  console.log(`access matrix: ${cases.length} cases, ${denials} denials checked (writes left nothing changed)`);
});

describe("access matrix", () => {
  it.each(cases)(
    "$operation by $actor on the $resource week → $expected",
    async ({ operation, actor, resource, expected }) => {
      await resetWeeks(operation);
      const week = weekFor(resource);
      const before = await snapshot(week.id);
      const outcome = await OPERATIONS[operation]!(fx.viewers[actor], week).then(
        () => "ok" as Outcome,
        (error: unknown) => {
          if (error instanceof NotFoundError) return "404" as Outcome;
          if (error instanceof ForbiddenError) return "403" as Outcome;
          throw error;
        },
      );
      expect(outcome).toBe(expected);
      if (outcome !== "ok") {
        denials += 1;
        if (WRITES.has(operation)) expect(await snapshot(week.id)).toBe(before);
      }
    },
  );
});

describe("access follows the database, not the session", () => {
  it("a mentor removed from a cohort loses access at their next request", async () => {
    const cohort = await createCohort();
    const intern = await createIntern({ cohortId: cohort.id });
    const mentor = await createMentor({ cohortIds: [cohort.id] });
    const week = await createWeek({ internId: intern.id, cohortId: cohort.id, number: 2 });
    const viewer = (await viewerById(mentor.id))!;
    await expect(getWeek(viewer, week.id)).resolves.toMatchObject({ id: week.id });
    await db.cohortMentor.delete({ where: { cohortId_mentorId: { cohortId: cohort.id, mentorId: mentor.id } } });
    await expect(getWeek(viewer, week.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a changed group takes effect at the next sign-in", async () => {
    const first = await recordSignIn({
      subject: "sub-change",
      email: "Change@Example.com",
      name: "Chi",
      groups: ["interns"],
      emailVerified: true,
    });
    expect(first).toMatchObject({ user: { role: "INTERN" } });
    expect(first).toMatchObject({ user: { email: "change@example.com" } });
    const second = await recordSignIn({
      subject: "sub-change",
      email: "change@example.com",
      name: "Chi",
      groups: ["mentors", "interns"],
      emailVerified: true,
    });
    expect(second).toMatchObject({ user: { id: "user" in first ? first.user.id : "", role: "MENTOR" } });
    const third = await recordSignIn({
      subject: "sub-change",
      email: "change@example.com",
      name: "Chi",
      groups: [],
      emailVerified: true,
    });
    expect(third).toMatchObject({ user: { role: null } });
  });

  it("an unverified email cannot claim an account an admin added", async () => {
    const added = await createUser({ email: "pending@example.com", role: "INTERN" });
    await expect(
      recordSignIn({ subject: "sub-x", email: "pending@example.com", name: "X", groups: [], emailVerified: false }),
    ).resolves.toEqual({ refused: "unverified-email" });
    expect(await db.user.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      authSubject: null,
      role: "INTERN",
    });
  });

  it("a user an admin added by email is claimed at their first sign-in", async () => {
    const added = await createUser({ email: "new.intern@example.com", role: "INTERN" });
    const signedIn = await recordSignIn({
      subject: "sub-new",
      email: "new.intern@example.com",
      name: "New",
      groups: ["interns"],
      emailVerified: true,
    });
    expect(signedIn).toMatchObject({ user: { id: added.id } });
  });

  it("an unverified email neither changes a stored address nor lets someone new in", async () => {
    const first = await recordSignIn({
      subject: "sub-kept",
      email: "kept@example.com",
      name: "K",
      groups: ["interns"],
      emailVerified: true,
    });
    const again = await recordSignIn({
      subject: "sub-kept",
      email: "taken@example.com",
      name: "K",
      groups: ["interns"],
      emailVerified: false,
    });
    expect(again).toMatchObject({ user: { email: "kept@example.com" } });
    expect(first).toMatchObject({ user: { email: "kept@example.com" } });
    await expect(
      recordSignIn({
        subject: "sub-stranger",
        email: "stranger@example.com",
        name: "S",
        groups: ["interns"],
        emailVerified: false,
      }),
    ).resolves.toEqual({ refused: "unverified-email" });
    expect(await db.user.count({ where: { email: "stranger@example.com" } })).toBe(0);
  });

  it("a deactivated person cannot sign in", async () => {
    const user = await createUser({ email: "gone@example.com", role: "INTERN" });
    await db.user.update({ where: { id: user.id }, data: { authSubject: "sub-gone", deactivatedAt: new Date() } });
    await expect(
      recordSignIn({
        subject: "sub-gone",
        email: "gone@example.com",
        name: "G",
        groups: ["interns"],
        emailVerified: true,
      }),
    ).resolves.toEqual({ refused: "deactivated" });
  });

  it("review actions on a week that is not submitted are refused and change nothing", async () => {
    await resetWeeks("submitWeek");
    const before = await snapshot(fx.weeks.intern.id);
    await expect(
      decideWeek(fx.viewers.mentor, { weekId: fx.weeks.intern.id, decision: "APPROVED" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await snapshot(fx.weeks.intern.id)).toBe(before);
  });

  it("a malformed id is a 404, not a database error", async () => {
    await expect(getWeek(fx.viewers.admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
