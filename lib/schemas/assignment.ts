// What an admin sends to assign interns to one of their cohort's mentors (one or many at once) and
// to take a mentor off a cohort; and the "my interns" / "whole cohort" switch as it arrives in a URL.
import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { INTERN_SCOPES } from "@/lib/worklog/assignment";

/** The most interns one bulk assignment takes (a cohort is about 50). */
export const ASSIGN_MAX = 200;

const uuid = (message: string) => z.uuid({ error: message });
const COHORT = say("assignment.validation.cohort");
const MENTOR = say("assignment.validation.mentor");

export const assignInternsSchema = z.object({
  cohortId: uuid(COHORT),
  internIds: z
    .array(uuid(say("assignment.validation.intern")), { error: say("assignment.validation.interns") })
    .min(1, say("assignment.validation.interns"))
    .max(ASSIGN_MAX, say("assignment.validation.tooMany", { max: ASSIGN_MAX }))
    .transform((ids) => [...new Set(ids)]),
  /** Null (or "" from a select): no mentor, the interns are unassigned. */
  mentorId: z.preprocess((v) => (v === "" ? null : v), uuid(MENTOR).nullable()),
});

export const removeMentorSchema = z.object({
  cohortId: uuid(COHORT),
  mentorId: uuid(MENTOR),
});

/** ?scope=all (whole cohort) or ?scope=mine; anything else is the default (my interns, where I have any). */
export const internScopeParam = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.enum(INTERN_SCOPES).optional().catch(undefined),
);

/** A mentor's digest: their own interns (false) or their whole cohorts (true). */
export const digestScopeSchema = z.object({ wholeCohort: z.boolean() });

export type AssignInternsInput = z.infer<typeof assignInternsSchema>;
export type RemoveMentorInput = z.infer<typeof removeMentorSchema>;
export type DigestScopeInput = z.infer<typeof digestScopeSchema>;
