import { say, type MessageKey } from "@/lib/i18n/said";
import "server-only";
// Deadline extensions: a mentor of the week's cohort (or an admin) gives one intern's week a later due
// date, with a reason, or takes it back. Under the week's row lock, in one transaction with its audit
// entry (the reason is kept there) and the intern's notification. "Behind", "overdue" and the
// reminders read the date through dueDateOf (lib/worklog/schedule.ts) and its SQL twin.
import { dbDateFromIso, isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import { EXTENSION_MAX_DAYS, extensionBounds, extensionRefusal, type ExtensionRefusal } from "@/lib/worklog/extension";
import { canReview } from "@/lib/worklog/status";
import { db, type Tx } from "../db";
import { assertRole, lockVisibleWeek } from "./access";
import { audit } from "./audit";
import { ConflictError, ForbiddenError } from "./errors";
import { notifyWeekExtended } from "./notifications/write";
import type { Viewer } from "./viewer";

const REFUSALS = {
  notAfterEnd: "extensions.errors.notAfterEnd",
  tooLate: "extensions.errors.tooLate",
  approved: "extensions.errors.approved",
} as const satisfies Record<ExtensionRefusal, MessageKey>;

/** The week, locked, if this viewer may change its deadline (else 404 for a week they may not see, 403 for their own), with its extension as it is now. */
async function lockWeekToExtend(tx: Tx, viewer: Viewer, weekId: string) {
  const week = await lockVisibleWeek(tx, viewer, weekId);
  if (!canReview(viewer, week)) throw new ForbiddenError(say("extensions.errors.notYourCohort"));
  // Read under the lock just taken: another reviewer's extension may have landed a moment before.
  const { extendedUntil } = await tx.week.findUniqueOrThrow({
    where: { id: week.id },
    select: { extendedUntil: true },
  });
  return { ...week, extendedUntil: extendedUntil ? isoDateFromDb(extendedUntil) : null };
}

/** Gives the week a new due date (or moves the one given), with the reason, audited; the intern is told. */
export async function extendWeek(
  viewer: Viewer,
  input: { weekId: string; until: IsoDate; reason: string },
): Promise<{ until: IsoDate }> {
  assertRole(viewer);
  const reason = input.reason.trim();
  return db.$transaction(async (tx) => {
    const week = await lockWeekToExtend(tx, viewer, input.weekId);
    const refusal = extensionRefusal({ endDate: week.endIso, status: week.status }, input.until);
    if (refusal) {
      const { first, last } = extensionBounds(week.endIso);
      throw new ConflictError(say(REFUSALS[refusal], { end: week.endIso, first, last, max: EXTENSION_MAX_DAYS }));
    }
    await tx.week.update({
      where: { id: week.id },
      data: { extendedUntil: dbDateFromIso(input.until), extendedById: viewer.id },
    });
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: "week.extended",
      entityId: week.id,
      data: { until: input.until, reason, previous: week.extendedUntil },
    });
    await notifyWeekExtended(tx, { weekId: week.id, actorId: viewer.id, until: input.until });
    return { until: input.until };
  });
}

/** Takes the extension back: the week is due on its end date again. Audited. */
export async function removeExtension(viewer: Viewer, input: { weekId: string }): Promise<{ until: IsoDate }> {
  assertRole(viewer);
  return db.$transaction(async (tx) => {
    const week = await lockWeekToExtend(tx, viewer, input.weekId);
    if (week.extendedUntil === null) throw new ConflictError(say("extensions.errors.notExtended"));
    await tx.week.update({ where: { id: week.id }, data: { extendedUntil: null, extendedById: null } });
    await audit(tx, {
      actorId: viewer.id,
      weekId: week.id,
      action: "week.extension-removed",
      entityId: week.id,
      data: { previous: week.extendedUntil },
    });
    return { until: week.endIso };
  });
}
