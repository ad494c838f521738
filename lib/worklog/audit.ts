// The audit trail's vocabulary: every action Worklog records, what it is about, and how the week's
// history page says it. The data layer can only write these actions (a typed list), and every one
// of them reads as a sentence.

/** What an event was about, as looked up when the history is shown (null when it is gone since). */
export type AuditDetails = Record<string, string | number | boolean | null>;

interface ActionText {
  /** "ticked a task": follows the actor's name. */
  verb: (data: AuditDetails) => string;
  /** Said after the verb: the subject's text or a detail of the event; undefined for nothing. */
  detail?: (data: AuditDetails, subject: string | undefined) => string | undefined;
}

const quoted = (text: string | undefined) => (text === undefined ? undefined : `“${text}”`);
const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const count = (data: AuditDetails) => (typeof data.count === "number" ? `${data.count} in all` : undefined);
const label = (data: AuditDetails, subject: string | undefined) => quoted(text(data.label)) ?? quoted(subject);

export const AUDIT_ACTIONS = {
  "user.signed-in": { verb: () => "signed in" },
  "user.created": { verb: () => "added a person", detail: (data) => text(data.email) },
  "cohort.created": { verb: () => "created the cohort", detail: (data) => quoted(text(data.name)) },
  "cohort.intern-added": { verb: () => "added an intern to the cohort", detail: (data) => text(data.email) },
  "cohort.mentor-added": { verb: () => "added a mentor to the cohort", detail: (data) => text(data.email) },
  "person.deactivated": { verb: () => "deactivated", detail: (data) => text(data.name) },
  "person.reactivated": { verb: () => "reactivated", detail: (data) => text(data.name) },
  "intern.moved": { verb: () => "moved an intern to another cohort", detail: (data) => text(data.toName) },
  "module.created": { verb: () => "added a module to the catalogue", detail: (data) => text(data.code) },
  "module.updated": { verb: () => "changed a module of the catalogue" },
  "week.created": {
    verb: () => "created the week",
    detail: (data) => (text(data.template) ? `from the ${text(data.template)} template` : undefined),
  },
  "week.imported": {
    verb: () => "imported the week",
    detail: (data) => (text(data.file) ? `from ${text(data.file)}` : undefined),
  },
  "week.replaced-by-import": {
    verb: () => "replaced the week by an imported page",
    detail: (data) => (text(data.file) ? `from ${text(data.file)}` : undefined),
  },
  "week.submitted": { verb: () => "submitted the week for review" },
  "week.approved": { verb: () => "approved the week" },
  "week.changes-requested": { verb: () => "asked for changes" },
  "week.moved": {
    verb: () => "moved the week to another cohort",
    detail: (data) => (text(data.toName) ? `to ${text(data.toName)}` : undefined),
  },
  "comment.added": { verb: () => "commented", detail: (_data, subject) => quoted(subject) },
  "task.ticked": {
    verb: () => "ticked a task",
    detail: (_data, subject) => quoted(subject) ?? "(a task removed since)",
  },
  "task.unticked": {
    verb: () => "unticked a task",
    detail: (_data, subject) => quoted(subject) ?? "(a task removed since)",
  },
  "objectives.saved": { verb: () => "saved the objectives", detail: count },
  "achievements.saved": { verb: () => "saved the achievements", detail: count },
  "day.added": { verb: () => "added a day", detail: label },
  "day.saved": { verb: () => "changed a day", detail: label },
  "day.removed": { verb: () => "removed a day" },
  "day.moved": {
    verb: (data) => `moved a day ${data.direction === "up" ? "up" : "down"}`,
    detail: (_data, subject) => quoted(subject),
  },
} as const satisfies Record<string, ActionText>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** What happened, in words: { verb: "ticked a task", detail: "“Study Module 05-01…”" }. */
export function describeAuditEvent(
  action: string,
  data: AuditDetails,
  subject: string | null,
): { verb: string; detail?: string } {
  if (!isAuditAction(action)) return { verb: action };
  const words: ActionText = AUDIT_ACTIONS[action];
  const detail = words.detail?.(data, subject ?? undefined);
  return detail === undefined ? { verb: words.verb(data) } : { verb: words.verb(data), detail };
}
