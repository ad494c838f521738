// Conversations on a week, against the real database: who may reply and resolve (and that a refusal
// changes nothing), awaiting_reviewer kept by every reply and resolve as lib/worklog/threads.ts
// says, the week page's open-first order, the review queue's "Replies waiting for you" against a
// hand-built case, and each reply's notification reaching the right person by real mail.
import { describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/data/errors";
import { addReviewComment } from "@/lib/server/data/reviews";
import { replyToComment, resolveThread } from "@/lib/server/data/threads";
import { listUnansweredReplies } from "@/lib/server/data/unanswered-replies";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { getWeek } from "@/lib/server/data/weeks";
import { db } from "@/lib/server/db";
import { replySchema } from "@/lib/schemas/threads";
import { notificationTarget } from "@/lib/worklog/notifications/kinds";
import { awaitsReviewer, groupThreads } from "@/lib/worklog/threads";
import { createCohort, createIntern, createMentor, createUser, createWeek } from "../factories";
import { kindOf, mailForThisFile, outboxSettled, until } from "../support/notifications";

const stack = mailForThisFile();

const viewer = async (id: string) => (await viewerById(id)) as Viewer;

/** A cohort with a mentor, a second mentor, an intern and the intern's week 1 with a mentor's comment. */
async function conversation(names: { intern?: string; mentor?: string } = {}) {
  const cohort = await createCohort();
  const mentor = await createMentor({ cohortIds: [cohort.id], name: names.mentor ?? "Mentor M" });
  const mentor2 = await createMentor({ cohortIds: [cohort.id] });
  const intern = await createIntern({ cohortId: cohort.id, name: names.intern ?? "Lan" });
  const week = await createWeek({ internId: intern.id, cohortId: cohort.id, number: 1 });
  const comment = await addReviewComment(await viewer(mentor.id), { weekId: week.id, body: "Why this VPC layout?" });
  return {
    cohort,
    week,
    comment,
    mentor: await viewer(mentor.id),
    mentor2: await viewer(mentor2.id),
    intern: await viewer(intern.id),
    emails: { mentor: mentor.email, mentor2: mentor2.email, intern: intern.email },
  };
}

/** The opening comment's kept state, and whether it agrees with the rule read from the thread's rows. */
async function threadState(threadId: string) {
  const opening = await db.reviewComment.findUniqueOrThrow({
    where: { id: threadId },
    select: { awaitingReviewer: true, resolvedAt: true, resolvedById: true, week: { select: { internId: true } } },
  });
  const latest = await db.reviewComment.findFirstOrThrow({
    where: { OR: [{ id: threadId }, { parentId: threadId }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { authorId: true },
  });
  const rule = awaitsReviewer({
    resolved: opening.resolvedAt !== null,
    latestByIntern: latest.authorId === opening.week.internId,
  });
  expect(opening.awaitingReviewer).toBe(rule);
  return { awaiting: opening.awaitingReviewer, resolved: opening.resolvedAt !== null, by: opening.resolvedById };
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) =>
      error instanceof NotFoundError
        ? "404"
        : error instanceof ForbiddenError
          ? "403"
          : error instanceof ConflictError
            ? "409"
            : Promise.reject(error),
  );

async function weekRows(weekId: string) {
  return (
    JSON.stringify(
      await db.reviewComment.findMany({
        where: { weekId },
        orderBy: { id: "asc" },
        select: { id: true, resolvedAt: true, awaitingReviewer: true },
      }),
    ) + (await db.auditEvent.count({ where: { weekId } }))
  );
}

// The mail tests come first: the worker sends one mail a second, and the later tests write many.
describe("a reply's notification", () => {
  it("the intern's reaches the mentor who opened the thread, a reviewer's reaches the intern, each by mail", async () => {
    const c = await conversation({ intern: "Lan", mentor: "Mentor M" });
    await until(outboxSettled);
    const before = stack.smtp.mails.length;

    const reply = await replyToComment(c.intern, { commentId: c.comment.id, body: "Two subnets per AZ" });
    const answer = await replyToComment(c.mentor2, { commentId: c.comment.id, body: "Why two?" });
    await until(() => stack.smtp.mails.length >= before + 2);
    await until(outboxSettled);

    const mails = stack.smtp.mails.slice(before);
    expect(mails.map((m) => `${m.to.join(",")} ${kindOf(m)}`).sort()).toEqual(
      [`${c.emails.mentor} COMMENT_REPLIED`, `${c.emails.intern} COMMENT_ADDED`].sort(),
    );
    const replied = mails.find((m) => kindOf(m) === "COMMENT_REPLIED")!;
    expect(replied.subject).toBe("Lan replied to your comment on week 1");
    expect(replied.text).toContain("Why you got this: You wrote the comment they replied to.");
    // The reply's words stay in Worklog.
    expect(replied.text).not.toContain("Two subnets");

    const [toMentor] = await db.notification.findMany({ where: { userId: c.mentor.id, kind: "COMMENT_REPLIED" } });
    expect(toMentor).toMatchObject({ weekId: c.week.id, commentId: reply.id, actorId: c.intern.id });
    expect(notificationTarget({ kind: "COMMENT_REPLIED", weekId: c.week.id, commentId: reply.id })).toBe(
      `/weeks/${c.week.id}#comment-${reply.id}`,
    );
    const toIntern = await db.notification.findMany({
      where: { userId: c.intern.id, kind: "COMMENT_ADDED", actorId: c.mentor2.id },
    });
    expect(toIntern.map((n) => n.commentId)).toEqual([answer.id]);
    // Nobody else heard of it: not the second mentor of the reply it answered, not the one who wrote.
    expect(await db.notification.count({ where: { userId: c.mentor2.id } })).toBe(0);
  });

  it("reaches no one who no longer reviews the week (the thread's mentor left the cohort)", async () => {
    const c = await conversation();
    await db.cohortMentor.delete({ where: { cohortId_mentorId: { cohortId: c.cohort.id, mentorId: c.mentor.id } } });
    await replyToComment(c.intern, { commentId: c.comment.id, body: "Anyone?" });
    expect(await db.notification.count({ where: { userId: c.mentor.id, kind: "COMMENT_REPLIED" } })).toBe(0);
    // The cohort's other mentor still sees it waiting in their queue.
    expect((await listUnansweredReplies(c.mentor2)).items.map((i) => i.threadId)).toEqual([c.comment.id]);
  });
});

describe("who takes part", () => {
  it("the intern replies on their own week only; others' interns and mentors find nothing; the intern cannot resolve", async () => {
    const c = await conversation();
    const other = await conversation();
    const admin = await viewer((await createUser({ role: "ADMIN" })).id);
    const before = await weekRows(c.week.id);

    expect(await outcome(replyToComment(other.intern, { commentId: c.comment.id, body: "Me too" }))).toBe("404");
    expect(await outcome(replyToComment(other.mentor, { commentId: c.comment.id, body: "Hi" }))).toBe("404");
    expect(await outcome(resolveThread(other.mentor, { commentId: c.comment.id, resolved: true }))).toBe("404");
    expect(await outcome(resolveThread(c.intern, { commentId: c.comment.id, resolved: true }))).toBe("403");
    expect(await outcome(replyToComment(c.intern, { commentId: "not-a-uuid", body: "x" }))).toBe("404");
    expect(await weekRows(c.week.id)).toBe(before);

    expect(await outcome(replyToComment(c.intern, { commentId: c.comment.id, body: "Two subnets per AZ" }))).toBe("ok");
    expect(await outcome(replyToComment(c.mentor2, { commentId: c.comment.id, body: "Good" }))).toBe("ok");
    expect(await outcome(replyToComment(admin, { commentId: c.comment.id, body: "Agreed" }))).toBe("ok");
    expect(await outcome(resolveThread(admin, { commentId: c.comment.id, resolved: true }))).toBe("ok");
    // Resolving what someone resolved a moment ago is refused, and says so.
    expect(await outcome(resolveThread(c.mentor, { commentId: c.comment.id, resolved: true }))).toBe("409");
  });

  it("a reply is as long as a comment may be, no longer", () => {
    const commentId = "6f1b7b8e-4a0e-4d52-9a34-1f0f7d7f6f10";
    expect(replySchema.safeParse({ commentId, body: "x".repeat(2000) }).success).toBe(true);
    expect(replySchema.safeParse({ commentId, body: "x".repeat(2001) }).success).toBe(false);
    expect(replySchema.safeParse({ commentId, body: "   " }).success).toBe(false);
  });
});

describe("a thread's state", () => {
  it("waits for a reviewer exactly while it is open and the intern spoke last, across replies and resolves", async () => {
    const c = await conversation();
    const id = c.comment.id;
    expect(await threadState(id)).toMatchObject({ awaiting: false, resolved: false });

    const first = await replyToComment(c.intern, { commentId: id, body: "Two subnets per AZ" });
    expect(first).toMatchObject({ threadId: id, reopened: false });
    expect(await threadState(id)).toMatchObject({ awaiting: true, resolved: false });

    // A reply to a reply joins the opening comment's thread.
    const answer = await replyToComment(c.mentor, { commentId: first.id, body: "Why two?" });
    expect(await db.reviewComment.findUniqueOrThrow({ where: { id: answer.id } })).toMatchObject({ parentId: id });
    expect(await threadState(id)).toMatchObject({ awaiting: false });

    await replyToComment(c.intern, { commentId: id, body: "For failover" });
    expect(await threadState(id)).toMatchObject({ awaiting: true });
    await resolveThread(c.mentor, { commentId: first.id, resolved: true });
    expect(await threadState(id)).toMatchObject({ awaiting: false, resolved: true, by: c.mentor.id });

    // Reopened by a reviewer with the intern's word last: it waits again.
    await resolveThread(c.mentor2, { commentId: id, resolved: false });
    expect(await threadState(id)).toMatchObject({ awaiting: true, resolved: false, by: null });
    await resolveThread(c.mentor2, { commentId: id, resolved: true });

    // A reviewer's reply leaves a resolved thread resolved; the intern's reopens it.
    await replyToComment(c.mentor, { commentId: id, body: "Noted for later" });
    expect(await threadState(id)).toMatchObject({ awaiting: false, resolved: true });
    const reopening = await replyToComment(c.intern, { commentId: id, body: "One more question" });
    expect(reopening.reopened).toBe(true);
    expect(await threadState(id)).toMatchObject({ awaiting: true, resolved: false });

    const actions = await db.auditEvent.findMany({
      where: { weekId: c.week.id, action: { startsWith: "thread." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityId: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "thread.resolved",
      "thread.reopened",
      "thread.resolved",
      "thread.reopened",
    ]);
    expect(new Set(actions.map((a) => a.entityId))).toEqual(new Set([id]));
    expect(await db.auditEvent.count({ where: { weekId: c.week.id, action: "comment.replied" } })).toBe(5);
  });

  it("replies and resolves at the same moment serialise on the opening comment and leave it as the rule says", async () => {
    const c = await conversation();
    for (let round = 0; round < 5; round += 1) {
      const outcomes = await Promise.all([
        outcome(replyToComment(c.intern, { commentId: c.comment.id, body: `Round ${round}` })),
        outcome(resolveThread(c.mentor, { commentId: c.comment.id, resolved: true })),
        outcome(resolveThread(c.mentor2, { commentId: c.comment.id, resolved: true })),
      ]);
      expect(outcomes[0]).toBe("ok");
      expect(outcomes.slice(1)).toContain("ok");
      await threadState(c.comment.id); // agrees with the rule, whichever order they landed in
      // Open again for the next round (the intern spoke last: it waits).
      await db.reviewComment.update({
        where: { id: c.comment.id },
        data: { resolvedAt: null, resolvedById: null, awaitingReviewer: true },
      });
    }
  });

  it("the week page shows open threads first, then resolved ones, with who resolved them", async () => {
    const c = await conversation();
    const second = await addReviewComment(c.mentor, { weekId: c.week.id, body: "Add a diagram" });
    const third = await addReviewComment(c.mentor, { weekId: c.week.id, body: "Nice lab notes" });
    await replyToComment(c.intern, { commentId: c.comment.id, body: "Because of the NAT gateway" });
    await resolveThread(c.mentor, { commentId: c.comment.id, resolved: true });

    const page = await getWeek(c.intern, c.week.id);
    expect(page).toMatchObject({ canReply: true, canResolve: false });
    expect((await getWeek(c.mentor, c.week.id)).canResolve).toBe(true);
    const threads = groupThreads(page.comments);
    expect(threads.map((t) => t.opening.id)).toEqual([second.id, third.id, c.comment.id]);
    expect(threads[2]!.opening).toMatchObject({ resolvedByName: "Mentor M", awaitingReviewer: false });
    expect(threads[2]!.replies.map((r) => [r.body, r.byIntern])).toEqual([["Because of the NAT gateway", true]]);
  });
});

describe("the review queue's replies waiting", () => {
  it("lists the open threads whose intern spoke last, in the viewer's cohorts, the oldest reply first", async () => {
    const a = await conversation({ intern: "An" });
    const mentor = a.mentor;
    const intern2 = await viewer((await createIntern({ cohortId: a.cohort.id, name: "Binh" })).id);
    const week2 = await createWeek({ internId: intern2.id, cohortId: a.cohort.id, number: 2 });
    const onWeek2 = await addReviewComment(mentor, { weekId: week2.id, body: "Where is day 3?" });
    const answered = await addReviewComment(mentor, { weekId: a.week.id, body: "Tidy the references" });
    const resolved = await addReviewComment(mentor, { weekId: a.week.id, body: "Good start" });
    const b = await conversation({ intern: "Chi" });

    const older = await replyToComment(a.intern, { commentId: a.comment.id, body: "First   line\nof my reply" });
    await db.reviewComment.update({ where: { id: older.id }, data: { createdAt: new Date("2026-11-20T03:00:00Z") } });
    const newer = await replyToComment(intern2, { commentId: onWeek2.id, body: "Added it" });
    await db.reviewComment.update({ where: { id: newer.id }, data: { createdAt: new Date("2026-11-24T03:00:00Z") } });
    await replyToComment(a.intern, { commentId: answered.id, body: "Done" });
    await replyToComment(mentor, { commentId: answered.id, body: "Thanks" });
    await replyToComment(a.intern, { commentId: resolved.id, body: "Thank you" });
    await resolveThread(mentor, { commentId: resolved.id, resolved: true });
    await replyToComment(b.intern, { commentId: b.comment.id, body: "In another cohort" });

    const list = await listUnansweredReplies(mentor, { today: "2026-11-25" });
    expect(list.total).toBe(2);
    expect(list.items).toEqual([
      expect.objectContaining({
        weekId: a.week.id,
        weekNumber: 1,
        intern: expect.objectContaining({ name: "An" }),
        threadId: a.comment.id,
        replyId: older.id,
        preview: "First line of my reply",
        daysAgo: 5,
      }),
      expect.objectContaining({ weekId: week2.id, threadId: onWeek2.id, replyId: newer.id, daysAgo: 1 }),
    ]);
    const bounded = await listUnansweredReplies(mentor, { limit: 1 });
    expect([bounded.total, bounded.items.length]).toEqual([2, 1]);

    // An admin sees every cohort's; the other cohort's mentor only theirs; an intern is told who may.
    const admin = await viewer((await createUser({ role: "ADMIN" })).id);
    const all = await listUnansweredReplies(admin);
    const here = all.items.filter((i) => [a.cohort.id, b.cohort.id].includes(i.cohort.id));
    expect(new Set(here.map((i) => i.threadId))).toEqual(new Set([a.comment.id, onWeek2.id, b.comment.id]));
    expect((await listUnansweredReplies(b.mentor)).items.map((i) => i.threadId)).toEqual([b.comment.id]);
    await expect(listUnansweredReplies(a.intern)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("a thread is bounded", () => {
  it("the intern's replies are capped per thread, and their mentor hears of them once until they read it", async () => {
    const c = await conversation();
    // The bound, reached directly (50 replies through the data layer would only be slower).
    await db.reviewComment.createMany({
      data: Array.from({ length: 49 }, (_, i) => ({
        weekId: c.week.id,
        authorId: c.intern.id,
        parentId: c.comment.id,
        body: `reply ${i}`,
      })),
    });
    await replyToComment(c.intern, { commentId: c.comment.id, body: "The 50th" });
    const before = await weekRows(c.week.id);
    await expect(replyToComment(c.intern, { commentId: c.comment.id, body: "One more" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await weekRows(c.week.id)).toBe(before);
    const unread = await db.notification.count({
      where: { userId: c.mentor.id, kind: "COMMENT_REPLIED", readAt: null },
    });
    expect(unread).toBe(1);
  });

  it("a second reply while the first is unread adds no notification; after it is read, one more", async () => {
    const c = await conversation();
    await replyToComment(c.intern, { commentId: c.comment.id, body: "First" });
    await replyToComment(c.intern, { commentId: c.comment.id, body: "Second" });
    const replied = { userId: c.mentor.id, kind: "COMMENT_REPLIED" as const };
    expect(await db.notification.count({ where: replied })).toBe(1);
    await db.notification.updateMany({ where: replied, data: { readAt: new Date() } });
    await replyToComment(c.intern, { commentId: c.comment.id, body: "Third" });
    expect(await db.notification.count({ where: replied })).toBe(2);
  });
});
