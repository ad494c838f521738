// The shapes of everything an intern can send about a week. One schema per form, shared by the
// form (client-side hints) and its server action (the real check). Limits are in README.md.
import { z } from "zod";
import { MAX_NESTING } from "@/lib/worklog/markdown/page-shape";
import { ALLOWED_TAGS, findUnsafeContent } from "@/lib/worklog/markdown/safety";
import { say } from "@/lib/i18n/said";
import { LIMITS } from "./limits";
import type { TextThing } from "./things";

/** What a text field is, for its messages ("The task cannot be empty."). */
type Thing = Extract<TextThing, "text" | "task" | "day" | "reference" | "comment">;

export { LIMITS };

const id = z.uuid({ error: say("validation.gone") });
/** The edit version a save was based on (docs/decisions/015): a save over a newer one is refused. */
const baseVersion = z
  .number({ error: say("validation.oldForm") })
  .int()
  .min(0);
const isoDate = z.iso.date({ error: say("validation.date", { example: "2026-11-23" }) });

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const ALLOWED = ALLOWED_TAGS.map((tag) => `<${tag}>`).join(", ");

/**
 * Text that becomes Markdown of an exported page. Cheap checks first, each stopping the rest when
 * it fails (`abort`), so the Markdown check only ever reads text within the limit.
 */
const text = (max: number, thing: Thing) => {
  const what = say(`validation.what.${thing}`);
  return (
    z
      .string()
      .trim()
      .min(1, { error: say("validation.empty", { what }), abort: true })
      .max(max, { error: say("validation.tooLong", { what, max }), abort: true })
      .refine((t) => !CONTROL.test(t), { error: say("validation.control", { what }), abort: true })
      // Exported pages go to Hugo sites that render raw HTML: only web and mail links, only the HTML worklogs use.
      .superRefine((t, context) => {
        const unsafe = findUnsafeContent(t);
        if (!unsafe) return;
        const message =
          unsafe.kind === "link"
            ? say("validation.linkScheme")
            : unsafe.kind === "nesting"
              ? say("validation.nesting", { max: MAX_NESTING })
              : say("validation.html", { allowed: ALLOWED, refused: unsafe.refused ?? "" });
        context.addIssue({ code: "custom", message });
      })
  );
};

export const moduleCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{2}$/, say("validation.moduleCode"));

export const tickTaskSchema = z.object({ taskId: id, done: z.boolean() });

export const weekItemsSchema = z.object({
  weekId: id,
  kind: z.enum(["OBJECTIVE", "ACHIEVEMENT"]),
  baseVersion,
  items: z
    .array(z.object({ id: id.optional(), text: text(LIMITS.itemText, "text") }))
    .max(LIMITS.itemsPerList, say("validation.tooManyItems", { max: LIMITS.itemsPerList })),
});

export const taskInputSchema = z.object({
  id: id.optional(),
  text: text(LIMITS.taskText, "task"),
  moduleCodes: z
    .array(moduleCode)
    .max(LIMITS.modulesPerTask, say("validation.tooManyModules", { max: LIMITS.modulesPerTask }))
    .default([]),
});

export const daySchema = z
  .object({
    weekId: id,
    dayId: id.optional(),
    /** The day's version for an existing day; a new day is based on nothing and sends 0. */
    baseVersion,
    label: text(LIMITS.dayLabel, "day"),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    references: z
      .array(text(LIMITS.reference, "reference"))
      .max(LIMITS.referencesPerDay, say("validation.tooManyReferences", { max: LIMITS.referencesPerDay }))
      .default([]),
    tasks: z
      .array(taskInputSchema)
      .max(LIMITS.tasksPerDay, say("validation.tooManyTasks", { max: LIMITS.tasksPerDay })),
  })
  .refine((d) => !d.startDate || !d.endDate || d.endDate >= d.startDate, {
    path: ["endDate"],
    message: say("validation.endBeforeStart"),
  });

export type DayInput = z.infer<typeof daySchema>;

/** Removing a day: based on the day's version (its content as the intern saw it). */
export const dayRefSchema = z.object({ weekId: id, dayId: id, baseVersion });
/** Moving a day: based on the week's days version (their order as the intern saw it). */
export const moveDaySchema = dayRefSchema.extend({ direction: z.enum(["up", "down"]) });

export const newWeekSchema = z.object({
  number: z.coerce
    .number()
    .int()
    .min(1, say("validation.weekFrom1"))
    .max(52, say("validation.weekAtMost", { max: 52 })),
  template: z.enum(["blank", "curriculum", "copy-previous"]),
});

export const reviewCommentSchema = z.object({
  weekId: id,
  body: text(LIMITS.comment, "comment"),
  dayId: id.optional(),
  taskId: id.optional(),
});

export const reviewDecisionSchema = z.object({
  weekId: id,
  decision: z.enum(["APPROVED", "CHANGES_REQUESTED"]),
  // The same checks as any comment (an empty one is no comment).
  comment: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text(LIMITS.comment, "comment").optional(),
  ),
});
