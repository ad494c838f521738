// The audit trail's vocabulary: every action Worklog records, what it is about, and what the week's
// history page says of it (as message keys and values: the page puts them in the reader's words).
// The data layer can only write these actions (a typed list), and every one of them reads as a sentence.

/** What an event was about, as looked up when the history is shown (null when it is gone since). */
export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * What is said after the verb: a message of `audit.detail` with its values, or text shown as it is
 * (an e-mail, a name, a module code).
 */
export const AUDIT_DETAIL_KEYS = ["quoted", "fromTemplate", "fromFile", "toCohort", "count", "taskGone"] as const;

export type AuditDetail =
  | { key: "quoted"; values: { text: string } }
  | { key: "fromTemplate"; values: { template: string; name: string } }
  | { key: "fromFile"; values: { file: string } }
  | { key: "toCohort"; values: { name: string } }
  | { key: "count"; values: { count: number } }
  | { key: "taskGone"; values?: undefined }
  | { key?: undefined; text: string };

interface ActionWords {
  /** The values of the action's verb (`audit.verb.<action>`), when it takes any. */
  verbValues?: (data: AuditDetails) => Record<string, string>;
  /** Said after the verb: the subject's text or a detail of the event; undefined for nothing. */
  detail?: (data: AuditDetails, subject: string | undefined) => AuditDetail | undefined;
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const quoted = (value: string | undefined): AuditDetail | undefined =>
  value === undefined ? undefined : { key: "quoted", values: { text: value } };
const plain = (value: unknown): AuditDetail | undefined => {
  const found = text(value);
  return found === undefined ? undefined : { text: found };
};
const count = (data: AuditDetails): AuditDetail | undefined =>
  typeof data.count === "number" ? { key: "count", values: { count: data.count } } : undefined;
const label = (data: AuditDetails, subject: string | undefined) => quoted(text(data.label)) ?? quoted(subject);
const taskText = (_data: AuditDetails, subject: string | undefined): AuditDetail =>
  quoted(subject) ?? { key: "taskGone" };
const fromFile = (data: AuditDetails): AuditDetail | undefined => {
  const file = text(data.file);
  return file ? { key: "fromFile", values: { file } } : undefined;
};
/** ICU's select takes no hyphen: "copy-previous" is said as copyPrevious. */
const fromTemplate = (data: AuditDetails): AuditDetail | undefined => {
  const name = text(data.template);
  if (!name) return undefined;
  return {
    key: "fromTemplate",
    values: { template: name.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()), name },
  };
};

// Each action's verb is the message `audit.verb.<action>` (messages/*/audit.json): the typecheck of
// history-entries.tsx fails when one is missing.
export const AUDIT_ACTIONS = {
  "user.signed-in": {},
  "user.created": { detail: (data) => plain(data.email) },
  "cohort.created": { detail: (data) => quoted(text(data.name)) },
  "cohort.intern-added": { detail: (data) => plain(data.email) },
  "cohort.mentor-added": { detail: (data) => plain(data.email) },
  "cohort.mentor-removed": { detail: (data) => plain(data.email) },
  "person.deactivated": { detail: (data) => plain(data.name) },
  "person.reactivated": { detail: (data) => plain(data.name) },
  "intern.moved": { detail: (data) => plain(data.toName) },
  "intern.assigned": { detail: (data) => plain(data.internName) },
  "module.created": { detail: (data) => plain(data.code) },
  "module.updated": {},
  "settings.risk-updated": {},
  "week.created": { detail: fromTemplate },
  "week.imported": { detail: fromFile },
  "week.replaced-by-import": { detail: fromFile },
  "week.submitted": {},
  "week.approved": {},
  "week.changes-requested": {},
  "week.moved": {
    detail: (data) => {
      const name = text(data.toName);
      return name ? { key: "toCohort", values: { name } } : undefined;
    },
  },
  "week.extended": {
    verbValues: (data) => ({ until: text(data.until) ?? "" }),
    detail: (data) => quoted(text(data.reason)),
  },
  "week.extension-removed": { verbValues: (data) => ({ until: text(data.previous) ?? "" }) },
  "comment.added": { detail: (_data, subject) => quoted(subject) },
  "comment.replied": { detail: (_data, subject) => quoted(subject) },
  "thread.resolved": { detail: (_data, subject) => quoted(subject) },
  "thread.reopened": { detail: (_data, subject) => quoted(subject) },
  "task.ticked": { detail: taskText },
  "task.unticked": { detail: taskText },
  "objectives.saved": { detail: count },
  "achievements.saved": { detail: count },
  "day.added": { detail: label },
  "day.saved": { detail: label },
  "day.removed": {},
  "day.moved": {
    verbValues: (data) => ({ direction: data.direction === "up" ? "up" : "down" }),
    detail: (_data, subject) => quoted(subject),
  },
  // A reviewer's saved replies (no week; their text is not repeated in the trail).
  "saved-reply.added": {},
  "saved-reply.changed": {},
  "saved-reply.removed": {},
  "saved-reply.moved": { verbValues: (data) => ({ direction: data.direction === "up" ? "up" : "down" }) },
} as const satisfies Record<string, ActionWords>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The kind of row an action is about, as the trail records it ("day.moved" → "day"): each action names one. */
export function auditEntityOf(action: AuditAction): string {
  const subject = action.slice(0, action.indexOf("."));
  const ENTITY: Record<string, string> = {
    person: "user",
    intern: "enrollment",
    objectives: "week",
    achievements: "week",
    comment: "review_comment",
    thread: "review_comment",
    settings: "program_settings",
    "saved-reply": "saved_reply",
  };
  return ENTITY[subject] ?? subject;
}

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** What happened, as messages to put in words: the action's verb and its values, and the detail after it. */
export interface AuditEventWords {
  /** The action (its verb is `audit.verb.<action>`), or null for an action this version does not know (`audit.unknown`, with the action's name in verbValues). */
  action: AuditAction | null;
  verbValues: Record<string, string>;
  detail?: AuditDetail;
}

/** What happened: { action: "task.ticked", detail: { key: "quoted", values: { text: "Study Module 05-01…" } } }. */
export function describeAuditEvent(action: string, data: AuditDetails, subject: string | null): AuditEventWords {
  if (!isAuditAction(action)) return { action: null, verbValues: { action } };
  const words: ActionWords = AUDIT_ACTIONS[action];
  const verbValues = words.verbValues?.(data) ?? {};
  const detail = words.detail?.(data, subject ?? undefined);
  return detail === undefined ? { action, verbValues } : { action, verbValues, detail };
}
