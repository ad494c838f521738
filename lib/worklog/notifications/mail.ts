// A notification's e-mail: a subject, a plain-text part and an HTML part in the app's look (one
// column, the brand's orange, no images), each with the link to the item, the reason it was sent
// and the one-click unsubscribe for its kind. Written by hand, not with React Email: the scripts and
// the worker run with --conditions=react-server, where react-dom/server throws. Pure.
import type { MessageKey, Translate } from "@/lib/i18n/said";
import { riskWords } from "../risk-words";
import { notificationReason, notificationTitle, type DigestCohort, type NotificationFacts } from "./facts";

export interface MailLinks {
  /** The notification's own link (it opens the item and marks it read). */
  open: string;
  /** The signed one-click unsubscribe page for this person and kind. */
  unsubscribe: string;
  settings: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const BRAND = "#ea580c";
const INK = "#0f172a";
const MUTED = "#475569";

/** HTML-escapes text for an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

interface Section {
  heading: string;
  lines: string[];
}

function listWithMore(t: Translate, items: string[], more: number): string[] {
  const lines = items.length > 0 ? [...items] : [t("notifications.mail.digest.nothing")];
  if (more > 0) lines.push(t("notifications.mail.digest.more", { count: more }));
  return lines;
}

function digestSections(t: Translate, cohorts: DigestCohort[]): Section[] {
  return cohorts.flatMap((cohort) => [
    {
      heading: `${cohort.name} · ${t("notifications.mail.digest.waiting")}`,
      lines: listWithMore(
        t,
        cohort.waiting.map((w) => t("notifications.mail.digest.waitingLine", { ...w })),
        cohort.waitingMore,
      ),
    },
    {
      heading: `${cohort.name} · ${t("notifications.mail.digest.behind")}`,
      lines: listWithMore(t, cohort.behind, cohort.behindMore),
    },
    {
      heading: `${cohort.name} · ${t("risk.digest.heading")}`,
      lines: listWithMore(
        t,
        (cohort.atRisk ?? []).map((r) => t("risk.digest.line", { intern: r.intern, reasons: riskWords(t, r.reasons) })),
        cohort.atRiskMore ?? 0,
      ),
    },
  ]);
}

/** The body's own sections: the digest's lists, the overdue tasks, an extension's new due date, the welcome's sign-in line. */
function sectionsOf(t: Translate, facts: NotificationFacts, recipient: { email: string }, appUrl: string): Section[] {
  if (facts.kind === "DIGEST") return digestSections(t, facts.data.cohorts ?? []);
  if (facts.kind === "TASKS_OVERDUE") {
    return [
      { heading: "", lines: (facts.data.tasks ?? []).map((task) => t("notifications.mail.overdueLine", { ...task })) },
    ];
  }
  if (facts.kind === "WEEK_EXTENDED") {
    return [
      {
        heading: "",
        lines: [
          t("notifications.mail.extendedLine", {
            week: facts.weekNumber ?? facts.data.weekNumber ?? 0,
            until: facts.data.until ?? "",
          }),
        ],
      },
    ];
  }
  if (facts.kind === "WELCOME") {
    return [{ heading: "", lines: [t("notifications.mail.signIn", { email: recipient.email, url: appUrl })] }];
  }
  return [];
}

export function renderMail(input: {
  t: Translate;
  facts: NotificationFacts;
  recipient: { name: string; email: string };
  links: MailLinks;
  appUrl: string;
  locale: string;
}): RenderedMail {
  const { t, facts, links } = input;
  const subject = notificationTitle(t, facts);
  const greeting = t("notifications.mail.greeting", { name: input.recipient.name });
  const why = t("notifications.mail.why", { reason: notificationReason(t, facts) });
  const sections = sectionsOf(t, facts, input.recipient, input.appUrl);
  const word = (key: MessageKey) => t(key);

  const text = [
    greeting,
    "",
    subject,
    ...sections.flatMap((s) => ["", ...(s.heading ? [s.heading] : []), ...s.lines.map((line) => `- ${line}`)]),
    "",
    `${word("notifications.mail.open")}: ${links.open}`,
    "",
    "--",
    why,
    `${word("notifications.mail.unsubscribe")}: ${links.unsubscribe}`,
    t("notifications.mail.settings", { url: links.settings }),
    "",
  ].join("\n");

  const e = escapeHtml;
  const sectionHtml = sections
    .map(
      (s) =>
        `${s.heading ? `<h2 style="font-size:15px;margin:20px 0 6px;color:${INK}">${e(s.heading)}</h2>` : ""}` +
        `<ul style="margin:0;padding-left:20px;color:${INK}">${s.lines.map((l) => `<li style="margin:2px 0">${e(l)}</li>`).join("")}</ul>`,
    )
    .join("");
  const html = `<!doctype html>
<html lang="${e(input.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(subject)}</title></head>
<body style="margin:0;padding:0;background:#f8fafc;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:${INK}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f8fafc"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px">
<tr><td style="padding:16px 24px;border-bottom:1px solid #e2e8f0;font-weight:600;font-size:16px"><span style="display:inline-block;width:24px;height:24px;line-height:24px;text-align:center;border-radius:6px;background:${BRAND};color:#ffffff;font-size:13px">W</span>&nbsp; Worklog</td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
<p style="margin:0 0 12px">${e(greeting)}</p>
<p style="margin:0 0 12px;font-size:17px;font-weight:600">${e(subject)}</p>
${sectionHtml}
<p style="margin:20px 0 4px"><a href="${e(links.open)}" style="display:inline-block;background:${BRAND};color:#ffffff;text-decoration:none;padding:10px 16px;border-radius:8px;font-weight:600">${e(word("notifications.mail.open"))}</a></p>
<p style="margin:4px 0 0;font-size:13px;color:${MUTED}">${e(links.open)}</p>
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;font-size:13px;color:${MUTED};line-height:1.5">
<p style="margin:0 0 6px">${e(why)}</p>
<p style="margin:0"><a href="${e(links.unsubscribe)}" style="color:${MUTED}">${e(word("notifications.mail.unsubscribe"))}</a> · <a href="${e(links.settings)}" style="color:${MUTED}">${e(word("settings.title"))}</a></p>
</td></tr></table></td></tr></table></body></html>`;
  return { subject, text, html };
}
