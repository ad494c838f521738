// Interns assigned to one of their cohort's mentors: the one rule of "my interns", shared by the
// grid, the review queue and the digest. A mentor who has interns assigned in a cohort sees those
// by default; one who has none there (and an admin, who is nobody's mentor) sees the whole cohort.

/** Whose interns a view covers: the viewer's own (where they have any) or the whole cohort. */
export const INTERN_SCOPES = ["mine", "all"] as const;
export type InternScope = (typeof INTERN_SCOPES)[number];

/** True when the view keeps only the viewer's own interns of a cohort: not asked for all, and they have some there. */
export function ownInternsOnly(scope: InternScope | undefined, ownInCohort: number): boolean {
  return scope !== "all" && ownInCohort > 0;
}

export interface ScopedInterns<T> {
  interns: T[];
  /** True when `interns` are only the viewer's own. */
  ownOnly: boolean;
  /** The viewer's own interns in the cohort, and the cohort's. */
  own: number;
  whole: number;
}

/** A cohort's interns as the viewer's scope keeps them. */
export function scopeInterns<T extends { mentorId: string | null }>(
  interns: readonly T[],
  viewerId: string | undefined,
  scope: InternScope | undefined,
): ScopedInterns<T> {
  const own = viewerId === undefined ? 0 : interns.filter((i) => i.mentorId === viewerId).length;
  const ownOnly = ownInternsOnly(scope, own);
  return {
    interns: ownOnly ? interns.filter((i) => i.mentorId === viewerId) : [...interns],
    ownOnly,
    own,
    whole: interns.length,
  };
}
