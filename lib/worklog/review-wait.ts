// How long a submitted week has waited for its review: one reckoning for the review queue and the
// program overview.
import { daysBetween, todayIn, type IsoDate } from "./dates";

/**
 * The calendar day a week was handed in, in the program's time zone, and the days since (0: today).
 * A week submitted without a time (imported data) counts from its last change.
 */
export function reviewWait(
  week: { submittedAt: Date | null; updatedAt: Date },
  timeZone: string,
  today: IsoDate,
): { submittedAt: Date; submittedOn: IsoDate; waitingDays: number } {
  const submittedAt = week.submittedAt ?? week.updatedAt;
  const submittedOn = todayIn(timeZone, submittedAt);
  return { submittedAt, submittedOn, waitingDays: Math.max(0, daysBetween(submittedOn, today)) };
}
