// Faults: the mail server down while a mentor approves, a worker that dies holding a mail job, two
// app instances' workers on one database, an address the server refuses. Real SMTP, real pg-boss.
import { afterEach, describe, expect, it } from "vitest";
import { listMailFailures } from "@/lib/server/data/notifications/inbox";
import { runDueNotifications } from "@/lib/server/data/notifications/due";
import { addReviewComment, decideWeek } from "@/lib/server/data/reviews";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { db } from "@/lib/server/db";
import type { MailTransport } from "@/lib/server/mail/transport";
import type { MailCatcher } from "../../scripts/lib/mail-catcher.ts";
import { createCohort, createIntern, createMentor, createUser, createWeek } from "../factories";
import { catcher, outboxSettled, testWorker, until } from "../support/notifications";

const viewer = async (id: string) => (await viewerById(id)) as Viewer;
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});
async function started<T extends { stop?: () => Promise<void>; close?: () => Promise<void> }>(thing: T): Promise<T> {
  stops.push(async () => {
    await (thing.stop ?? thing.close)?.call(thing);
  });
  return thing;
}

async function submittedWeek() {
  const cohort = await createCohort();
  const mentor = await createMentor({ cohortIds: [cohort.id] });
  const intern = await createIntern({ cohortId: cohort.id });
  const week = await createWeek({ internId: intern.id, cohortId: cohort.id, number: 1, status: "SUBMITTED" });
  return { cohort, mentor, intern, week };
}

const mailsTo = (smtp: MailCatcher, email: string) => smtp.mails.filter((m) => m.to.includes(email));

describe("notification faults", () => {
  it("SMTP down while a mentor approves: the approval succeeds at once, the mail arrives once the server is back, once", async () => {
    const probe = await catcher();
    const port = probe.smtpPort;
    await probe.close(); // nothing listens on `port` now
    const worker = await started(await testWorker(`smtp://127.0.0.1:${port}`));
    const { mentor, intern, week } = await submittedWeek();

    await decideWeek(await viewer(mentor.id), { weekId: week.id, decision: "APPROVED" });
    expect((await db.week.findUniqueOrThrow({ where: { id: week.id } })).status).toBe("APPROVED");
    const where = { userId: intern.id, kind: "WEEK_APPROVED" as const };
    expect(await db.notification.count({ where })).toBe(1);
    // The worker tries and fails (connection refused), and records why.
    await until(async () => ((await db.notification.findFirstOrThrow({ where })).mailAttempts ?? 0) >= 1);
    expect((await db.notification.findFirstOrThrow({ where })).mailError).toMatch(/ECONNREFUSED|ECONNECTION/);

    const smtp = await started(await catcher(port));
    await until(async () => (await db.notification.findFirstOrThrow({ where })).mailStatus === "SENT", 20_000);
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would have arrived by now
    expect(mailsTo(smtp, intern.email)).toHaveLength(1);
    expect(await db.notification.count({ where })).toBe(1);
    expect(worker).toBeTruthy();
  });

  it("a worker killed holding a mail job: the job expires, another worker retries it, the mail is sent once", async () => {
    const smtp = await started(await catcher());
    // Worker A takes the job and never finishes it (its SMTP never answers), then dies.
    let taken = 0;
    const hanging: MailTransport = { sendMail: () => (taken++, new Promise(() => {})), close: () => {} };
    const a = await testWorker(hanging);
    const { mentor, intern, week } = await submittedWeek();
    await decideWeek(await viewer(mentor.id), { weekId: week.id, decision: "APPROVED" });
    await until(() => taken === 1);
    await a.boss.stop({ graceful: false, wait: false, close: true });

    await started(await testWorker(smtp.smtpUrl));
    const where = { userId: intern.id, kind: "WEEK_APPROVED" as const };
    await until(async () => (await db.notification.findFirstOrThrow({ where })).mailStatus === "SENT", 20_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo(smtp, intern.email)).toHaveLength(1);
    expect(taken).toBe(1);
  });

  it("two instances' workers on one database send one mail per reminder", async () => {
    const smtp = await started(await catcher());
    const [first, second] = [
      await started(await testWorker(smtp.smtpUrl)),
      await started(await testWorker(smtp.smtpUrl)),
    ];
    // A cohort that starts on a Tuesday: no other test's cohort has a week ending on a Monday.
    const cohort = await createCohort({ startDate: "2026-03-03" });
    const interns = await Promise.all([1, 2, 3].map(() => createIntern({ cohortId: cohort.id })));
    // Week 1 ends Monday 9 March; the first reminder is due Tuesday 10 March 09:00 in Ho Chi Minh City.
    const now = new Date("2026-03-10T02:05:00Z");
    const made = await Promise.all([runDueNotifications(now), runDueNotifications(now), runDueNotifications(now)]);
    expect(made.reduce((a, b) => a + b, 0)).toBe(3);
    expect(
      await db.notification.count({ where: { kind: "WEEK_NOT_SUBMITTED", userId: { in: interns.map((i) => i.id) } } }),
    ).toBe(3);
    await Promise.all([first.dispatch(), second.dispatch()]);
    await until(outboxSettled);
    await new Promise((r) => setTimeout(r, 1000));
    for (const intern of interns) expect(mailsTo(smtp, intern.email)).toHaveLength(1);
  });

  it("an address the server refuses: recorded on the notification and shown to admins, not retried; in-app still there", async () => {
    const smtp = await started(await catcher());
    await started(await testWorker(smtp.smtpUrl));
    const { mentor, intern, week } = await submittedWeek();
    smtp.refuse.add(intern.email.toLowerCase());
    await addReviewComment(await viewer(mentor.id), { weekId: week.id, body: "Nice" });
    const where = { userId: intern.id, kind: "COMMENT_ADDED" as const };
    await until(async () => (await db.notification.findFirstOrThrow({ where })).mailStatus === "FAILED");
    const failed = await db.notification.findFirstOrThrow({ where });
    expect(failed.mailAttempts).toBe(1);
    expect(failed.mailError).toContain("550");
    const admin = await createUser({ role: "ADMIN" });
    const shown = await listMailFailures(await viewer(admin.id));
    expect(shown.find((f) => f.id === failed.id)).toMatchObject({ to: intern.email, kind: "COMMENT_ADDED" });
    expect(mailsTo(smtp, intern.email)).toHaveLength(0);
  });
});
