// Conversations on a week: a reviewer's comment opens a thread, and the week's intern and its
// reviewers reply to it (one level deep). The one statement of who may reply and who may resolve,
// of when a thread waits for a reviewer, and of the order the week page shows threads in. Pure.
import { say } from "@/lib/i18n/said";
import { canReview, type Actor, type Refusal, type WeekState } from "./status";

/** The week's own intern. */
export function isWeeksIntern(actor: Actor, week: Pick<WeekState, "internId">): boolean {
  return actor.role === "INTERN" && actor.id === week.internId;
}

/** Why this actor may not reply in a thread of this (visible) week, or null: its intern and its reviewers may. */
export function replyRefusal(actor: Actor, week: Pick<WeekState, "internId">): Refusal | null {
  if (isWeeksIntern(actor, week) || canReview(actor, week)) return null;
  return { kind: "forbidden", message: say("threads.errors.notYourWeek") };
}

/** Why this actor may not resolve (or reopen) a thread of this (visible) week, or null: its reviewers may. */
export function resolveRefusal(actor: Actor, week: Pick<WeekState, "internId">): Refusal | null {
  if (canReview(actor, week)) return null;
  return { kind: "forbidden", message: say("threads.errors.onlyReviewersResolve") };
}

export function canReply(actor: Actor, week: Pick<WeekState, "internId">): boolean {
  return replyRefusal(actor, week) === null;
}

export function canResolve(actor: Actor, week: Pick<WeekState, "internId">): boolean {
  return resolveRefusal(actor, week) === null;
}

/**
 * A thread waits for a reviewer while it is open and the intern spoke last (review_comments.
 * awaiting_reviewer on its opening comment, kept by every reply and resolve).
 */
export function awaitsReviewer(thread: { resolved: boolean; latestByIntern: boolean }): boolean {
  return !thread.resolved && thread.latestByIntern;
}

/**
 * Whether a reply leaves its thread resolved: the intern's reply reopens a resolved thread (their
 * question is open again and waits for a reviewer); a reviewer's reply leaves the state as it is
 * (a reviewer resolves and reopens on purpose).
 */
export function resolvedAfterReply(thread: { resolved: boolean }, byIntern: boolean): boolean {
  return thread.resolved && !byIntern;
}

/** Where a reply attaches: to the thread's opening comment (a reply to a reply joins the same thread). */
export function threadIdOf(comment: { id: string; parentId: string | null }): string {
  return comment.parentId ?? comment.id;
}

export interface ThreadComment {
  id: string;
  parentId: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

export interface Thread<C extends ThreadComment> {
  opening: C;
  replies: C[];
}

/**
 * The week page's threads: open ones first, then resolved ones; within each, oldest first (as the
 * conversation happened). Replies oldest first. A reply whose opening comment is missing is dropped.
 */
export function groupThreads<C extends ThreadComment>(comments: readonly C[]): Thread<C>[] {
  const byCreated = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const threads = new Map<string, Thread<C>>();
  for (const c of byCreated) if (c.parentId === null) threads.set(c.id, { opening: c, replies: [] });
  for (const c of byCreated) if (c.parentId !== null) threads.get(c.parentId)?.replies.push(c);
  const all = [...threads.values()];
  return [...all.filter((t) => t.opening.resolvedAt === null), ...all.filter((t) => t.opening.resolvedAt !== null)];
}

/** How many characters of a reply the review queue and its lists show. */
export const REPLY_PREVIEW_LENGTH = 100;

/** A reply's first words, cut at a word where it can be, with an ellipsis when cut. */
export function replyPreview(body: string, max = REPLY_PREVIEW_LENGTH): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // A cut that falls inside a word goes back to the space before it (unless that loses too much).
  const space = flat[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
