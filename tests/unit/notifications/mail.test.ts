// A notification's mail in both languages: subject, text and HTML say the same, link the item, give
// the reason and the unsubscribe link, and escape every name (a name is anyone's input).
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { renderMail } from "@/lib/worklog/notifications/mail";
import type { NotificationFacts } from "@/lib/worklog/notifications/facts";
import { notificationTarget } from "@/lib/worklog/notifications/kinds";

const links = {
  open: "https://w.example/notifications/1",
  unsubscribe: "https://w.example/api/unsubscribe/t.s",
  settings: "https://w.example/settings",
};
/** The mail of these facts, in this language, to this person. */
const mailFor = (locale: Locale, of: NotificationFacts, recipient: { name: string; email: string }, appUrl: string) =>
  renderMail({ t: translatorFor(locale), facts: of, recipient, links, appUrl, locale });

const facts = (over: Partial<NotificationFacts>): NotificationFacts => ({
  kind: "CHANGES_REQUESTED",
  weekNumber: 5,
  internName: "Lan",
  actorName: "Mentor <b>Minh</b>",
  cohortName: "FCJ 2026",
  data: {},
  ...over,
});

describe("notification mail", () => {
  it("has a subject, a text and an HTML part with the link, the reason and the unsubscribe link", () => {
    for (const locale of ["en", "vi"] as const) {
      const mail = mailFor(locale, facts({}), { name: "Lan", email: "lan@x.vn" }, "https://w.example");
      expect(mail.subject).toContain("5");
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain(links.open);
        expect(part).toContain(links.unsubscribe);
      }
      expect(mail.html).not.toContain("<b>Minh</b>");
      expect(mail.html).toContain("Mentor &lt;b&gt;Minh&lt;/b&gt;");
      expect(mail.html).toContain(`lang="${locale}"`);
      expect(mail.html).not.toMatch(/<img/);
    }
    const en = mailFor("en", facts({}), { name: "Lan", email: "l@x" }, "");
    expect(en.subject).toBe("Mentor <b>Minh</b> asked for changes to your week 5");
    expect(en.text).toContain("Why you got this: It is your worklog.");
    const vi = mailFor("vi", facts({}), { name: "Lan", email: "l@x" }, "");
    expect(vi.subject).toBe("Mentor <b>Minh</b> yêu cầu sửa tuần 5 của bạn");
  });

  it("lists a digest's cohorts, cut with a count of the rest", () => {
    const digest = facts({
      kind: "DIGEST",
      weekNumber: null,
      data: {
        cohorts: [
          {
            name: "FCJ",
            waiting: [{ intern: "An", week: 2, days: 4 }],
            waitingMore: 0,
            behind: ["Binh"],
            behindMore: 3,
            atRisk: [{ intern: "Chi", reasons: [{ code: "behind", weeks: [3, 4] }] }],
            atRiskMore: 0,
          },
        ],
      },
    });
    const mail = mailFor("en", digest, { name: "M", email: "m@x" }, "");
    expect(mail.subject).toBe("Your weekly digest: 1 week waiting, 4 interns behind");
    expect(mail.text).toContain("- An, week 2: 4 days");
    expect(mail.text).toContain("- and 3 more");
    expect(mail.text).toContain("FCJ · At risk\n- Chi: behind in weeks 3–4");
  });

  it("leads to the week, at the comment for a comment", () => {
    expect(notificationTarget({ kind: "COMMENT_ADDED", weekId: "w", commentId: "c" })).toBe("/weeks/w#comment-c");
    expect(notificationTarget({ kind: "WEEK_APPROVED", weekId: "w", commentId: null })).toBe("/weeks/w");
    expect(notificationTarget({ kind: "DIGEST", weekId: null, commentId: null })).toBe("/reviews");
    expect(notificationTarget({ kind: "WELCOME", weekId: null, commentId: null })).toBe("/");
  });
});
