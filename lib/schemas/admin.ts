// What an admin sends: new cohorts, people added to a cohort, an intern moved, the module catalogue.
// One schema per form, shared by the form and its server action.
import { z } from "zod";
import { moduleCode } from "./week";

export const ADMIN_LIMITS = { cohortName: 100, personName: 100, moduleTitle: 200, url: 500, weeks: 52 } as const;

/** Empty form fields are "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (max: number, what: string) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} cannot be empty.`)
    .max(max, `${what} is too long (at most ${max} characters).`)
    .refine((t) => !/[\u0000-\u001F\u007F]/.test(t), `${what} contains control characters.`);

const id = (what: string) => z.uuid({ error: `Choose ${what}.` });

export const createCohortSchema = z.object({
  name: text(ADMIN_LIMITS.cohortName, "The name"),
  // Weeks run Monday to Sunday (the day labels and the curriculum template assume it).
  startDate: z.iso
    .date({ error: "Use a date like 2026-01-05." })
    .refine(
      (d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || new Date(`${d}T00:00:00Z`).getUTCDay() === 1,
      "A cohort starts on a Monday.",
    ),
  weekCount: z.coerce
    .number({ error: "Give the number of weeks." })
    .int("Give a whole number of weeks.")
    .min(1, "A cohort has at least 1 week.")
    .max(ADMIN_LIMITS.weeks, `At most ${ADMIN_LIMITS.weeks} weeks.`),
});

export const addPersonSchema = z.object({
  cohortId: id("a cohort"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Give an email address like an@example.com." })),
  name: z.preprocess(blankToUndefined, text(ADMIN_LIMITS.personName, "The name").optional()),
  role: z.enum(["INTERN", "MENTOR"], { error: "Choose intern or mentor." }),
});

export const moveInternSchema = z.object({
  internId: id("an intern"),
  cohortId: id("the cohort to move them to"),
});

export const moduleSchema = z.object({
  id: z.preprocess(blankToUndefined, z.uuid().optional()),
  code: moduleCode,
  title: text(ADMIN_LIMITS.moduleTitle, "The title"),
  referenceUrl: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: "Give a web address starting with https://." })
      .max(ADMIN_LIMITS.url, `At most ${ADMIN_LIMITS.url} characters.`)
      .optional(),
  ),
  curriculumWeek: z.coerce
    .number({ error: "Give the curriculum week." })
    .int("Give a whole week number.")
    .min(1, "Weeks start at 1.")
    .max(ADMIN_LIMITS.weeks, `At most week ${ADMIN_LIMITS.weeks}.`),
});

/** An admin turns a person's access off (their sessions end at once) or on again. */
export const personActiveSchema = z.object({ userId: id("a person"), active: z.boolean() });

/** The admin's search for a person: part of a name or an e-mail address. */
export const personSearchSchema = z.string().trim().max(ADMIN_LIMITS.personName).catch("");

export type CreateCohortInput = z.infer<typeof createCohortSchema>;
export type AddPersonInput = z.infer<typeof addPersonSchema>;
export type MoveInternInput = z.infer<typeof moveInternSchema>;
export type ModuleInput = z.infer<typeof moduleSchema>;
export type PersonActiveInput = z.infer<typeof personActiveSchema>;
