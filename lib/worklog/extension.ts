// Deadline extensions, pure: a mentor moves one week's due date (dueDateOf in schedule.ts) to a
// later day, with a reason kept in the audit trail. The rule of which dates may be given is here,
// once, for the form's bounds and the data layer's check (lib/server/data/extensions.ts).
import { addDaysIso, type IsoDate } from "./dates";

/** The latest extension: this many days after the week's end date. */
export const EXTENSION_MAX_DAYS = 60;

/** The longest reason, in characters. */
export const EXTENSION_REASON_MAX = 500;

/** The dates an extension of a week ending on `endDate` may give: the day after its end, up to EXTENSION_MAX_DAYS after. */
export function extensionBounds(endDate: IsoDate): { first: IsoDate; last: IsoDate } {
  return { first: addDaysIso(endDate, 1), last: addDaysIso(endDate, EXTENSION_MAX_DAYS) };
}

export type ExtensionRefusal = "notAfterEnd" | "tooLate" | "approved";

/**
 * Why this extension may not be given, or null: the new date must be after the week's end date and at
 * most EXTENSION_MAX_DAYS after it; an approved week is due no more (nothing is behind or overdue in it).
 */
export function extensionRefusal(week: { endDate: IsoDate; status: string }, until: IsoDate): ExtensionRefusal | null {
  if (week.status === "APPROVED") return "approved";
  const { first, last } = extensionBounds(week.endDate);
  if (until < first) return "notAfterEnd";
  if (until > last) return "tooLate";
  return null;
}
