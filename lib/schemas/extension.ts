// What a reviewer sends to extend a week's deadline or remove an extension: shared by the form
// (components/week/extend-deadline.tsx) and its server action. The date's bounds depend on the week
// and are checked by the data layer (lib/worklog/extension.ts's extensionRefusal).
import { z } from "zod";
import { say } from "@/lib/i18n/said";
import { EXTENSION_REASON_MAX } from "@/lib/worklog/extension";

const id = z.uuid({ error: say("validation.gone") });
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

export const extendWeekSchema = z.object({
  weekId: id,
  until: z.iso.date({ error: say("extensions.validation.date") }),
  reason: z
    .string({ error: say("extensions.validation.reasonEmpty") })
    .trim()
    .min(1, { error: say("extensions.validation.reasonEmpty"), abort: true })
    .max(EXTENSION_REASON_MAX, {
      error: say("extensions.validation.reasonTooLong", { max: EXTENSION_REASON_MAX }),
      abort: true,
    })
    .refine((t) => !CONTROL.test(t), { error: say("extensions.validation.reasonControl") }),
});

export type ExtendWeekInput = z.infer<typeof extendWeekSchema>;

export const removeExtensionSchema = z.object({ weekId: id });
