// E-mail choices: the defaults, /settings' choice, and the signed one-click unsubscribe link, which
// works signed out (a request with no session) and stops only its own person's own kind.
import { describe, expect, it } from "vitest";
import { GET as openLink, POST as oneClick } from "@/app/api/unsubscribe/[token]/route";
import { PUBLIC_PATHS } from "@/lib/server/auth-config";
import { getNotificationPreferences, saveNotificationPreferences } from "@/lib/server/data/notifications/preferences";
import { addReviewComment, decideWeek } from "@/lib/server/data/reviews";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { db } from "@/lib/server/db";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/server/unsubscribe-token";
import { notificationPreferencesSchema } from "@/lib/schemas/notifications";
import { createCohort, createIntern, createMentor, createWeek } from "../factories";
import { kindOf, outboxSettled, mailForThisFile, until } from "../support/notifications";

const stack = mailForThisFile();

const viewer = async (id: string) => (await viewerById(id)) as Viewer;
const secret = () => process.env.AUTH_SECRET!;
const post = (token: string) =>
  oneClick(
    new Request(`http://localhost/api/unsubscribe/${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
    { params: Promise.resolve({ token }) },
  );

async function reviewedIntern() {
  const cohort = await createCohort();
  const mentor = await createMentor({ cohortIds: [cohort.id] });
  const intern = await createIntern({ cohortId: cohort.id });
  const week = await createWeek({ internId: intern.id, cohortId: cohort.id, number: 1, status: "SUBMITTED" });
  return { mentor, intern, week };
}

describe("e-mail choices", () => {
  it("default to everything on except overdue tasks, and show each person only their own kinds", async () => {
    const { mentor, intern } = await reviewedIntern();
    const mine = await getNotificationPreferences(await viewer(intern.id));
    expect(mine.map((p) => `${p.kind}:${p.email}`)).toEqual([
      "WEEK_APPROVED:true",
      "CHANGES_REQUESTED:true",
      "COMMENT_ADDED:true",
      "WEEK_EXTENDED:true",
      "WELCOME:true",
      "WEEK_NOT_SUBMITTED:true",
      "TASKS_OVERDUE:false",
    ]);
    const theirs = await getNotificationPreferences(await viewer(mentor.id));
    expect(theirs.map((p) => p.kind)).toEqual(["WEEK_SUBMITTED", "COMMENT_REPLIED", "REVIEW_WAITING", "DIGEST"]);
  });

  it("turned off on /settings: that kind stays in the app and sends no mail; the others still mail", async () => {
    const { mentor, intern, week } = await reviewedIntern();
    await saveNotificationPreferences(await viewer(intern.id), { email: { COMMENT_ADDED: false } });
    await addReviewComment(await viewer(mentor.id), { weekId: week.id, body: "A note" });
    await decideWeek(await viewer(mentor.id), { weekId: week.id, decision: "APPROVED" });
    await until(outboxSettled);
    await until(() => stack.smtp.mails.some((m) => m.to.includes(intern.email)));
    expect(stack.smtp.mails.filter((m) => m.to.includes(intern.email)).map(kindOf)).toEqual(["WEEK_APPROVED"]);
    expect(await db.notification.count({ where: { userId: intern.id } })).toBe(2);
    // The form without JavaScript says the same: the kinds shown, and the boxes ticked.
    expect(
      notificationPreferencesSchema.parse({ kinds: "COMMENT_ADDED,WEEK_APPROVED", "email.WEEK_APPROVED": "on" }),
    ).toEqual({
      email: { COMMENT_ADDED: false, WEEK_APPROVED: true },
    });
    expect(notificationPreferencesSchema.safeParse({ email: { NOT_A_KIND: true } }).success).toBe(false);
  });

  it("the mail's one-click link works signed out and stops only its own person's own kind", async () => {
    const { mentor, intern, week } = await reviewedIntern();
    const { intern: neighbour } = await reviewedIntern();
    expect(PUBLIC_PATHS).toContain("/api/unsubscribe");
    expect(PUBLIC_PATHS).toContain("/unsubscribe");
    await addReviewComment(await viewer(mentor.id), { weekId: week.id, body: "First" });
    await until(() => stack.smtp.mails.some((m) => m.to.includes(intern.email)));
    const mail = stack.smtp.mails.find((m) => m.to.includes(intern.email))!;
    const link = /<([^>]+)>/.exec(mail.headers["list-unsubscribe"]!)![1]!;
    const token = link.split("/").at(-1)!;
    expect(readUnsubscribeToken(token, secret())).toEqual({ userId: intern.id, kind: "COMMENT_ADDED" });

    // Opening it changes nothing (mail scanners open links): it leads to the confirmation page.
    const opened = await openLink(new Request(link), { params: Promise.resolve({ token }) });
    expect(opened.status).toBe(303);
    expect(await db.notificationPreference.count({ where: { userId: intern.id } })).toBe(0);

    // A forged or altered token changes nothing.
    const forged = unsubscribeToken(neighbour.id, "COMMENT_ADDED", "another-secret-of-at-least-32-characters!!");
    const [payload] = token.split(".");
    const swapped = `${Buffer.from(`${neighbour.id}.COMMENT_ADDED`).toString("base64url")}.${token.split(".")[1]}`;
    for (const bad of [forged, swapped, `${payload}.`, "x".repeat(500)]) expect((await post(bad)).status).toBe(404);
    expect(await db.notificationPreference.count({ where: { userId: { in: [intern.id, neighbour.id] } } })).toBe(0);

    const response = await post(token);
    expect(response.status).toBe(200);
    expect(await getNotificationPreferences(await viewer(intern.id))).toContainEqual({
      kind: "COMMENT_ADDED",
      email: false,
    });
    expect(await getNotificationPreferences(await viewer(intern.id))).toContainEqual({
      kind: "WEEK_APPROVED",
      email: true,
    });
    expect(await getNotificationPreferences(await viewer(neighbour.id))).toContainEqual({
      kind: "COMMENT_ADDED",
      email: true,
    });

    const before = stack.smtp.mails.length;
    await addReviewComment(await viewer(mentor.id), { weekId: week.id, body: "Second" });
    await decideWeek(await viewer(mentor.id), { weekId: week.id, decision: "APPROVED" });
    await until(outboxSettled);
    await until(() => stack.smtp.mails.length > before);
    expect(
      stack.smtp.mails
        .slice(before)
        .filter((m) => m.to.includes(intern.email))
        .map(kindOf),
    ).toEqual(["WEEK_APPROVED"]);
  });
});
