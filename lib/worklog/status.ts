// A week's review status and the moves between them: the one statement of who may change a week's
// content, who may hand it in, and who may decide on it. The data layer enforces these rules (under
// a row lock); pages use them to show or hide the controls.

import { say } from "@/lib/i18n/said";
export const WEEK_STATUSES = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] as const;
export type WeekStatus = (typeof WEEK_STATUSES)[number];

/** A cell of the cohort grid: a week's status, or NONE when the intern has no page for it yet. */
export type GridStatus = WeekStatus | "NONE";

export const GRID_STATUSES = ["NONE", ...WEEK_STATUSES] as const satisfies readonly GridStatus[];

export const ROLES = ["INTERN", "MENTOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

// A status or a role is shown in words by its code: `common.status.<status>` on its own (badges, CSV,
// charts, filters), `common.statusPhrase.<status>` inside a sentence ("You already have week 3 (a
// draft)"), `common.role.<role>` (messages/*/common.json; tests/unit/i18n checks one key per code).

/** Statuses in which the intern may change their week: a submitted week waits for review, an approved one is final. */
export const EDITABLE_STATUSES: readonly WeekStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

export function isEditableStatus(status: WeekStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/** The moves a week can make, each from the statuses it may start in. */
export const TRANSITIONS = {
  submit: { from: EDITABLE_STATUSES, to: "SUBMITTED", by: "owner" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", by: "reviewer" },
  "request-changes": { from: ["SUBMITTED"], to: "CHANGES_REQUESTED", by: "reviewer" },
} as const satisfies Record<string, { from: readonly WeekStatus[]; to: WeekStatus; by: "owner" | "reviewer" }>;

export type Transition = keyof typeof TRANSITIONS;

export interface Actor {
  id: string;
  role: Role | null;
}

export interface WeekState {
  internId: string;
  status: WeekStatus;
}

/** Why an actor may not do something to a week: not theirs to do (forbidden), or not now (conflict). */
export interface Refusal {
  kind: "forbidden" | "conflict";
  message: string;
}

/** Mentors and admins review weeks (of the cohorts they may see); interns keep them. */
export function isReviewer(role: Role | null): boolean {
  return role === "MENTOR" || role === "ADMIN";
}

/** Why this actor may not change the week's content (objectives, days, tasks, ticks), or null if they may. */
export function editRefusal(actor: Actor, week: WeekState): Refusal | null {
  if (actor.role !== "INTERN" || actor.id !== week.internId) {
    return {
      kind: "forbidden",
      message: say("errors.week.notOwner"),
    };
  }
  if (week.status === "APPROVED") return { kind: "conflict", message: say("errors.week.approved") };
  if (week.status === "SUBMITTED") {
    return {
      kind: "conflict",
      message: say("errors.week.inReview"),
    };
  }
  return null;
}

/** Why this actor may not make this move now, or null if they may. A reviewer never reviews their own week. */
export function transitionRefusal(actor: Actor, week: WeekState, transition: Transition): Refusal | null {
  const move = TRANSITIONS[transition];
  if (move.by === "owner") return editRefusal(actor, week);
  if (!isReviewer(actor.role) || actor.id === week.internId) {
    return { kind: "forbidden", message: say("errors.review.notYourCohort") };
  }
  if ((move.from as readonly WeekStatus[]).includes(week.status)) return null;
  return {
    kind: "conflict",
    message: week.status === "APPROVED" ? say("errors.review.alreadyApproved") : say("errors.review.notSubmitted"),
  };
}

export function canEdit(actor: Actor, week: WeekState): boolean {
  return editRefusal(actor, week) === null;
}

/** May this actor review this (visible) week at all: comment on it, and decide once it is submitted. */
export function canReview(actor: Actor, week: Pick<WeekState, "internId">): boolean {
  return isReviewer(actor.role) && actor.id !== week.internId;
}
