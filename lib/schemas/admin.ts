// What an admin sends: new cohorts, people added to a cohort, an intern moved, the module catalogue.
// One schema per form, shared by the form and its server action.
import { z } from "zod";
import { say } from "@/lib/i18n/said";
import type { Choice, TextThing } from "./things";
import { moduleCode } from "./week";

export const ADMIN_LIMITS = { cohortName: 100, personName: 100, moduleTitle: 200, url: 500, weeks: 52 } as const;

/** Empty form fields are "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (max: number, thing: Extract<TextThing, "name" | "title">) => {
  const what = say(`validation.what.${thing}`);
  return z
    .string({ error: say("validation.required", { what }) })
    .trim()
    .min(1, say("validation.empty", { what }))
    .max(max, say("validation.tooLong", { what, max }))
    .refine((t) => !/[\u0000-\u001F\u007F]/.test(t), say("validation.control", { what }));
};

const id = (what: Exclude<Choice, "role">) => z.uuid({ error: say(`validation.choose.${what}`) });

export const createCohortSchema = z.object({
  name: text(ADMIN_LIMITS.cohortName, "name"),
  // Weeks run Monday to Sunday (the day labels and the curriculum template assume it).
  startDate: z.iso
    .date({ error: say("validation.date", { example: "2026-01-05" }) })
    .refine(
      (d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || new Date(`${d}T00:00:00Z`).getUTCDay() === 1,
      say("validation.cohortMonday"),
    ),
  weekCount: z.coerce
    .number({ error: say("validation.weekCount") })
    .int(say("validation.wholeWeeks"))
    .min(1, say("validation.atLeastOneWeek"))
    .max(ADMIN_LIMITS.weeks, say("validation.weekAtMost", { max: ADMIN_LIMITS.weeks })),
});

export const addPersonSchema = z.object({
  cohortId: id("cohort"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, say("validation.tooLong", { what: say("validation.what.email"), max: 254 }))
    .pipe(z.email({ error: say("validation.email") })),
  name: z.preprocess(blankToUndefined, text(ADMIN_LIMITS.personName, "name").optional()),
  role: z.enum(["INTERN", "MENTOR"], { error: say("validation.choose.role") }),
});

export const moveInternSchema = z.object({
  internId: id("intern"),
  cohortId: id("targetCohort"),
});

export const moduleSchema = z.object({
  id: z.preprocess(blankToUndefined, z.uuid().optional()),
  code: moduleCode,
  title: text(ADMIN_LIMITS.moduleTitle, "title"),
  referenceUrl: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: say("validation.url") })
      .max(ADMIN_LIMITS.url, say("validation.urlTooLong", { max: ADMIN_LIMITS.url }))
      .refine((url) => !/[\u0000-\u001F\u007F]/.test(url), say("validation.url"))
      .optional(),
  ),
  curriculumWeek: z.coerce
    .number({ error: say("validation.curriculumWeek") })
    .int(say("validation.wholeWeek"))
    .min(1, say("validation.weeksStartAt1"))
    .max(ADMIN_LIMITS.weeks, say("validation.atMostWeek", { max: ADMIN_LIMITS.weeks })),
});

/** An admin turns a person's access off (their sessions end at once) or on again. */
export const personActiveSchema = z.object({ userId: id("person"), active: z.boolean() });

/** The admin's search for a person: part of a name or an e-mail address. */
export const personSearchSchema = z.string().trim().max(ADMIN_LIMITS.personName).catch("");

export type CreateCohortInput = z.infer<typeof createCohortSchema>;
export type AddPersonInput = z.infer<typeof addPersonSchema>;
export type MoveInternInput = z.infer<typeof moveInternSchema>;
export type ModuleInput = z.infer<typeof moduleSchema>;
export type PersonActiveInput = z.infer<typeof personActiveSchema>;
