// Each review event writes its notifications with the event and sends exactly one mail to each
// right person, and none to anyone else (another cohort's intern or mentor), through a real SMTP server.
import { describe, expect, it } from "vitest";
import { addPersonToCohort } from "@/lib/server/data/admin";
import { listNotifications, unreadNotificationCount } from "@/lib/server/data/notifications/inbox";
import { addReviewComment, decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { db } from "@/lib/server/db";
import { createCohort, createIntern, createMentor, createUser, createWeek } from "../factories";
import { kindOf, outboxSettled, mailForThisFile, until } from "../support/notifications";

const stack = mailForThisFile();

const viewer = async (id: string) => (await viewerById(id)) as Viewer;

describe("review events", () => {
  it("send one mail per event to its people only, each with a link, a reason and a one-click unsubscribe", async () => {
    const [a, b] = [await createCohort(), await createCohort()];
    const mentorA = await createMentor({ cohortIds: [a.id], name: "Mentor A" });
    const mentorA2 = await createMentor({ cohortIds: [a.id], name: "Mentor A2" });
    const mentorB = await createMentor({ cohortIds: [b.id] });
    const intern = await createIntern({ cohortId: a.id, name: "Lan" });
    const sameCohort = await createIntern({ cohortId: a.id });
    const otherIntern = await createIntern({ cohortId: b.id });
    const week = await createWeek({ internId: intern.id, cohortId: a.id, number: 1 });

    await submitWeek(await viewer(intern.id), week.id);
    await until(() => stack.smtp.mails.length >= 2);
    await addReviewComment(await viewer(mentorA.id), { weekId: week.id, body: "Good start" });
    await decideWeek(await viewer(mentorA.id), {
      weekId: week.id,
      decision: "CHANGES_REQUESTED",
      comment: "Add day 2",
    });
    await submitWeek(await viewer(intern.id), week.id);
    await decideWeek(await viewer(mentorA2.id), { weekId: week.id, decision: "APPROVED" });
    await until(outboxSettled);
    await until(() => stack.smtp.mails.length >= 7);

    const sent = stack.smtp.mails.map((m) => `${m.to.join(",")} ${kindOf(m)}`).sort();
    expect(sent).toEqual(
      [
        `${mentorA.email} WEEK_SUBMITTED`,
        `${mentorA2.email} WEEK_SUBMITTED`,
        `${intern.email} COMMENT_ADDED`,
        `${intern.email} CHANGES_REQUESTED`,
        `${mentorA.email} WEEK_SUBMITTED`,
        `${mentorA2.email} WEEK_SUBMITTED`,
        `${intern.email} WEEK_APPROVED`,
      ].sort(),
    );
    for (const other of [mentorB, sameCohort, otherIntern]) {
      expect(stack.smtp.mails.some((m) => m.to.includes(other.email))).toBe(false);
      expect(await db.notification.count({ where: { userId: other.id } })).toBe(0);
    }
    // Message-IDs are the notifications' own, so no two mails share one.
    expect(new Set(stack.smtp.mails.map((m) => m.messageId)).size).toBe(stack.smtp.mails.length);

    const changes = stack.smtp.mails.find((m) => kindOf(m) === "CHANGES_REQUESTED")!;
    const [notification] = await db.notification.findMany({ where: { userId: intern.id, kind: "CHANGES_REQUESTED" } });
    expect(changes.messageId).toBe(`<${notification!.id}@worklog.test>`);
    expect(changes.subject).toBe("Mentor A asked for changes to your week 1");
    expect(changes.text).toContain(`/notifications/${notification!.id}`);
    expect(changes.html).toContain(`/notifications/${notification!.id}`);
    expect(changes.text).toContain("Why you got this: It is your worklog.");
    expect(changes.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\/[\w-]+\.[\w-]+>$/);
    expect(changes.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    // The comment's words stay in Worklog: the mail names the week, not what was said.
    expect(changes.text).not.toContain("Add day 2");
    expect(changes.html).not.toContain("Add day 2");

    // In the app: the intern's three, newest first, each leading to the week (at the comment for comments).
    const inbox = await listNotifications(await viewer(intern.id));
    expect(inbox.map((n) => n.kind)).toEqual(["WEEK_APPROVED", "CHANGES_REQUESTED", "COMMENT_ADDED"]);
    expect(await unreadNotificationCount(await viewer(intern.id))).toBe(3);
    const sentRows = await db.notification.findMany({ where: { mailStatus: "SENT" } });
    expect(sentRows).toHaveLength(7);
  });

  it("welcome an intern added to a cohort, in their language, with the sign-in link", async () => {
    const cohort = await createCohort({ name: "FCJ Welcome" });
    const admin = await createUser({ role: "ADMIN" });
    const before = stack.smtp.mails.length;
    const { userId } = await addPersonToCohort(await viewer(admin.id), {
      cohortId: cohort.id,
      email: "new-intern@example.com",
      role: "INTERN",
    });
    await until(() => stack.smtp.mails.length > before);
    await until(outboxSettled);
    const mail = stack.smtp.mails.at(-1)!;
    expect(stack.smtp.mails.length).toBe(before + 1);
    expect(mail.to).toEqual(["new-intern@example.com"]);
    expect(kindOf(mail)).toBe("WELCOME");
    expect(mail.subject).toBe("Welcome to FCJ Welcome on Worklog");
    expect(mail.text).toContain("Sign in with new-intern@example.com at http://localhost");
    // A mentor added gets no welcome.
    await addPersonToCohort(await viewer(admin.id), { cohortId: cohort.id, email: "m@example.com", role: "MENTOR" });
    expect(await db.notification.count({ where: { user: { email: "m@example.com" } } })).toBe(0);
    expect(await db.notification.count({ where: { userId } })).toBe(1);
  });
});
