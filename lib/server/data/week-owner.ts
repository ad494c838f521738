import "server-only";
// Whose week it is: the intern and the cohort every view of a week names (its page, its history,
// its export, the review queue), read and typed the same way in each.

export const weekOwnerSelect = {
  intern: { select: { id: true, name: true } },
  cohort: { select: { id: true, name: true } },
} as const;

export interface WeekOwner {
  intern: { id: string; name: string };
  cohort: { id: string; name: string };
}
