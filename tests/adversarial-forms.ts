// Every form whose text a person types reaches a zod schema (lib/schemas): the week editors, the
// review, the admin's forms, and the two searches that come in a URL. For each, where free text
// goes, the longest text each place takes, the largest form it accepts and a form whose lists run
// far past their limits. Shared by tests/unit/adversarial-corpus.test.ts and scripts/bench/hostile-input.ts.
import { inEnglish } from "./support/words";
import type { z } from "zod";
import {
  addPersonSchema,
  ADMIN_LIMITS,
  createCohortSchema,
  moduleSchema,
  personSearchSchema,
} from "../lib/schemas/admin.ts";
import { parseGridFilter, SEARCH_MAX } from "../lib/schemas/cohort.ts";
import { LIMITS } from "../lib/schemas/limits.ts";
import { daySchema, reviewCommentSchema, reviewDecisionSchema, weekItemsSchema } from "../lib/schemas/week.ts";

const WEEK = "4b0b9e0c-0f43-4d39-9a3f-0f4e8d1f6a01";
const COHORT = "7d3c1f2a-5b6e-4c8d-9e0f-1a2b3c4d5e6f";

export interface Issue {
  path: string;
  message: string;
}

/** What a form's check answered: accepted (with the value it keeps) or the messages the form shows. */
export type Checked = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

export interface TextField {
  /** Where the text goes, as the form's field errors name it ("tasks.0.text"). */
  path: string;
  /** The longest text the field takes (characters); null: no length limit. */
  max: number | null;
  /** How much text `form` can put in within the field's limit, when it adds some of its own (a URL's start). */
  room?: number;
  /** The form with `text` in this field and ordinary values elsewhere. */
  form: (text: string) => unknown;
}

/** `text(max)`: a text of the shape being tried, as long as fits in `max` characters. */
export type TextOfSize = (max: number) => string;

export interface EditorForm {
  key: string;
  label: string;
  /** "refused": too-long text is refused with a message; "ignored": the value falls back (a URL's search). */
  tooLong: "refused" | "ignored";
  check: (input: unknown) => Checked;
  fields: TextField[];
  /** The largest form it accepts: every list full, every text at its limit. */
  atLimits: (text: TextOfSize) => unknown;
  /** A form of about `bytes` whose list holds far more entries than allowed (each within its text limit). */
  flooded?: { path: string; max: number; form: (text: TextOfSize, bytes: number) => unknown };
}

function checker(schema: z.ZodType): EditorForm["check"] {
  return (input) => {
    const parsed = schema.safeParse(input);
    if (parsed.success) return { ok: true, value: parsed.data };
    // The message as a person reads it (in English).
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: inEnglish(i.message) }));
    return { ok: false, issues };
  };
}

/** As many copies of `make()` as fit in `bytes` of JSON, at least `more` (a list's limit) + 1. */
function floodOf<T>(make: () => T, bytes: number, more: number): T[] {
  const one = make();
  const count = Math.max(more + 1, Math.floor(bytes / JSON.stringify(one).length));
  return Array.from({ length: count }, () => one);
}

const day = (fields: Record<string, unknown>) => ({ weekId: WEEK, baseVersion: 0, label: "Mon", tasks: [], ...fields });
const task = (text: string) => ({ text, moduleCodes: [] });
const items = (texts: string[]) => ({
  weekId: WEEK,
  kind: "OBJECTIVE",
  baseVersion: 0,
  items: texts.map((text) => ({ text })),
});
const cohortModule = (fields: Record<string, unknown>) => ({
  code: "05-03",
  title: "IAM",
  curriculumWeek: 5,
  ...fields,
});

export const EDITOR_FORMS: EditorForm[] = [
  {
    key: "day",
    label: "day editor (label, references, tasks)",
    tooLong: "refused",
    check: checker(daySchema),
    fields: [
      { path: "label", max: LIMITS.dayLabel, form: (text) => day({ label: text }) },
      { path: "references.0", max: LIMITS.reference, form: (text) => day({ references: [text] }) },
      { path: "tasks.0.text", max: LIMITS.taskText, form: (text) => day({ tasks: [task(text)] }) },
    ],
    atLimits: (text) =>
      day({
        label: text(LIMITS.dayLabel),
        references: Array.from({ length: LIMITS.referencesPerDay }, () => text(LIMITS.reference)),
        tasks: Array.from({ length: LIMITS.tasksPerDay }, () => task(text(LIMITS.taskText))),
      }),
    flooded: {
      path: "tasks",
      max: LIMITS.tasksPerDay,
      form: (text, bytes) => day({ tasks: floodOf(() => task(text(LIMITS.taskText)), bytes, LIMITS.tasksPerDay) }),
    },
  },
  {
    key: "items",
    label: "objectives and achievements",
    tooLong: "refused",
    check: checker(weekItemsSchema),
    fields: [{ path: "items.0.text", max: LIMITS.itemText, form: (text) => items([text]) }],
    atLimits: (text) => items(Array.from({ length: LIMITS.itemsPerList }, () => text(LIMITS.itemText))),
    flooded: {
      path: "items",
      max: LIMITS.itemsPerList,
      form: (text, bytes) => items(floodOf(() => text(LIMITS.itemText), bytes, LIMITS.itemsPerList)),
    },
  },
  {
    key: "comment",
    label: "review comment",
    tooLong: "refused",
    check: checker(reviewCommentSchema),
    fields: [{ path: "body", max: LIMITS.comment, form: (body) => ({ weekId: WEEK, body }) }],
    atLimits: (text) => ({ weekId: WEEK, body: text(LIMITS.comment) }),
  },
  {
    key: "decision",
    label: "review decision's comment",
    tooLong: "refused",
    check: checker(reviewDecisionSchema),
    fields: [
      {
        path: "comment",
        max: LIMITS.comment,
        form: (comment) => ({ weekId: WEEK, decision: "CHANGES_REQUESTED", comment }),
      },
    ],
    atLimits: (text) => ({ weekId: WEEK, decision: "CHANGES_REQUESTED", comment: text(LIMITS.comment) }),
  },
  {
    key: "cohort",
    label: "new cohort (admin)",
    tooLong: "refused",
    check: checker(createCohortSchema),
    fields: [
      {
        path: "name",
        max: ADMIN_LIMITS.cohortName,
        form: (name) => ({ name, startDate: "2026-01-05", weekCount: 12 }),
      },
    ],
    atLimits: (text) => ({ name: text(ADMIN_LIMITS.cohortName), startDate: "2026-01-05", weekCount: 12 }),
  },
  {
    key: "person",
    label: "person added to a cohort (admin)",
    tooLong: "refused",
    check: checker(addPersonSchema),
    fields: [
      {
        path: "name",
        max: ADMIN_LIMITS.personName,
        form: (name) => ({ cohortId: COHORT, email: "an@example.com", name, role: "INTERN" }),
      },
      {
        path: "email",
        max: null,
        // An address is at most 254 characters (with "@example.com").
        room: 240,
        form: (text) => ({ cohortId: COHORT, email: `${text}@example.com`, role: "INTERN" }),
      },
    ],
    atLimits: (text) => ({
      cohortId: COHORT,
      email: "an@example.com",
      name: text(ADMIN_LIMITS.personName),
      role: "INTERN",
    }),
  },
  {
    key: "module",
    label: "catalogue module (admin)",
    tooLong: "refused",
    check: checker(moduleSchema),
    fields: [
      { path: "title", max: ADMIN_LIMITS.moduleTitle, form: (title) => cohortModule({ title }) },
      {
        path: "referenceUrl",
        max: ADMIN_LIMITS.url,
        room: ADMIN_LIMITS.url - "https://example.com/?q=".length,
        form: (text) => cohortModule({ referenceUrl: `https://example.com/?q=${text}` }),
      },
    ],
    atLimits: (text) => cohortModule({ title: text(ADMIN_LIMITS.moduleTitle) }),
  },
  {
    key: "person-search",
    label: "admin's person search",
    tooLong: "ignored",
    check: checker(personSearchSchema),
    fields: [{ path: "", max: ADMIN_LIMITS.personName, form: (text) => text }],
    atLimits: (text) => text(ADMIN_LIMITS.personName),
  },
  {
    key: "grid-filter",
    label: "cohort grid's search (?q=)",
    tooLong: "ignored",
    check: (input) => ({ ok: true, value: parseGridFilter(input as Record<string, string>) }),
    fields: [{ path: "q", max: SEARCH_MAX, form: (q) => ({ q }) }],
    atLimits: (text) => ({ q: text(SEARCH_MAX) }),
  },
];
