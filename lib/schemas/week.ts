// The shapes of everything an intern can send about a week. One schema per form, shared by the
// form (client-side hints) and its server action (the real check). Limits are in README.md.
import { z } from "zod";
import { ALLOWED_TAGS, findUnsafeContent } from "@/lib/worklog/markdown/safety";
import { LIMITS } from "./limits";

export { LIMITS };

const id = z.uuid({ error: "This item no longer exists. Reload the page." });
/** The edit version a save was based on (docs/decisions/015): a save over a newer one is refused. */
const baseVersion = z.number({ error: "Reload the page: this form is older than Worklog." }).int().min(0);
const isoDate = z.iso.date({ error: "Use a date like 2026-11-23." });

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const ALLOWED = ALLOWED_TAGS.map((tag) => `<${tag}>`).join(", ");

/**
 * Text that becomes Markdown of an exported page. Cheap checks first, each stopping the rest when
 * it fails (`abort`), so the Markdown check only ever reads text within the limit.
 */
const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} cannot be empty.`, abort: true })
    .max(max, { error: `${what} is too long (at most ${max} characters).`, abort: true })
    .refine((t) => !CONTROL.test(t), { error: `${what} contains control characters.`, abort: true })
    // Exported pages go to Hugo sites that render raw HTML: only web and mail links, only the HTML worklogs use.
    .superRefine((t, context) => {
      const unsafe = findUnsafeContent(t);
      if (!unsafe) return;
      const message =
        unsafe.kind === "link"
          ? "Only web (http, https) and mailto links are allowed."
          : `Only this HTML can be used: ${ALLOWED} (links to web or mail addresses); ${unsafe.refused} cannot.`;
      context.addIssue({ code: "custom", message });
    });

export const moduleCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{2}$/, "A module code looks like 05-03.");

export const tickTaskSchema = z.object({ taskId: id, done: z.boolean() });

export const weekItemsSchema = z.object({
  weekId: id,
  kind: z.enum(["OBJECTIVE", "ACHIEVEMENT"]),
  baseVersion,
  items: z
    .array(z.object({ id: id.optional(), text: text(LIMITS.itemText, "The text") }))
    .max(LIMITS.itemsPerList, `At most ${LIMITS.itemsPerList} items.`),
});

export const taskInputSchema = z.object({
  id: id.optional(),
  text: text(LIMITS.taskText, "The task"),
  moduleCodes: z.array(moduleCode).max(LIMITS.modulesPerTask).default([]),
});

export const daySchema = z
  .object({
    weekId: id,
    dayId: id.optional(),
    /** The day's version for an existing day; a new day is based on nothing and sends 0. */
    baseVersion,
    label: text(LIMITS.dayLabel, "The day"),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    references: z
      .array(text(LIMITS.reference, "A reference"))
      .max(LIMITS.referencesPerDay, `At most ${LIMITS.referencesPerDay} references.`)
      .default([]),
    tasks: z.array(taskInputSchema).max(LIMITS.tasksPerDay, `At most ${LIMITS.tasksPerDay} tasks a day.`),
  })
  .refine((d) => !d.startDate || !d.endDate || d.endDate >= d.startDate, {
    path: ["endDate"],
    message: "The end date is before the start date.",
  });

export type DayInput = z.infer<typeof daySchema>;

/** Removing a day: based on the day's version (its content as the intern saw it). */
export const dayRefSchema = z.object({ weekId: id, dayId: id, baseVersion });
/** Moving a day: based on the week's days version (their order as the intern saw it). */
export const moveDaySchema = dayRefSchema.extend({ direction: z.enum(["up", "down"]) });

export const newWeekSchema = z.object({
  number: z.coerce.number().int().min(1, "Week numbers start at 1.").max(52, "At most 52 weeks."),
  template: z.enum(["blank", "curriculum", "copy-previous"]),
});

export const reviewCommentSchema = z.object({
  weekId: id,
  body: text(LIMITS.comment, "The comment"),
  dayId: id.optional(),
  taskId: id.optional(),
});

export const reviewDecisionSchema = z.object({
  weekId: id,
  decision: z.enum(["APPROVED", "CHANGES_REQUESTED"]),
  comment: z.string().trim().max(LIMITS.comment).optional(),
});
