// Conversations on a week: who may reply and resolve, when a thread waits for a reviewer, and the
// order the week page shows threads in.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/worklog/status";
import {
  awaitsReviewer,
  canReply,
  canResolve,
  groupThreads,
  replyPreview,
  resolvedAfterReply,
  threadIdOf,
} from "@/lib/worklog/threads";

const intern: Actor = { id: "intern", role: "INTERN" };
const otherIntern: Actor = { id: "other", role: "INTERN" };
const mentor: Actor = { id: "mentor", role: "MENTOR" };
const admin: Actor = { id: "admin", role: "ADMIN" };
const noGroup: Actor = { id: "nobody", role: null };
const week = { internId: "intern" };

describe("who may take part in a week's conversations", () => {
  it("its intern and its reviewers reply; only reviewers resolve", () => {
    expect([intern, otherIntern, mentor, admin, noGroup].map((a) => canReply(a, week))).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
    expect([intern, otherIntern, mentor, admin, noGroup].map((a) => canResolve(a, week))).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});

describe("a thread's state", () => {
  it("waits for a reviewer while open with the intern's word last", () => {
    expect(awaitsReviewer({ resolved: false, latestByIntern: true })).toBe(true);
    expect(awaitsReviewer({ resolved: true, latestByIntern: true })).toBe(false);
    expect(awaitsReviewer({ resolved: false, latestByIntern: false })).toBe(false);
  });

  it("the intern's reply reopens a resolved thread; a reviewer's leaves it as it is", () => {
    expect(resolvedAfterReply({ resolved: true }, true)).toBe(false);
    expect(resolvedAfterReply({ resolved: true }, false)).toBe(true);
    expect(resolvedAfterReply({ resolved: false }, false)).toBe(false);
  });

  it("a reply to a reply joins the opening comment's thread", () => {
    expect(threadIdOf({ id: "r2", parentId: "c1" })).toBe("c1");
    expect(threadIdOf({ id: "c1", parentId: null })).toBe("c1");
  });
});

describe("the week page's order", () => {
  const c = (id: string, at: number, parentId: string | null = null, resolved = false) => ({
    id,
    parentId,
    createdAt: new Date(Date.UTC(2026, 10, 1, at)).toISOString(),
    resolvedAt: resolved ? new Date(Date.UTC(2026, 10, 2)).toISOString() : null,
  });

  it("shows open threads first, then resolved ones, each oldest first with its replies in order", () => {
    const threads = groupThreads([
      c("r-b2", 9, "b"),
      c("a", 1, null, true),
      c("b", 2),
      c("r-a1", 3, "a"),
      c("c", 4),
      c("r-b1", 5, "b"),
      c("orphan", 6, "gone"),
    ]);
    expect(threads.map((t) => [t.opening.id, t.replies.map((r) => r.id)])).toEqual([
      ["b", ["r-b1", "r-b2"]],
      ["c", []],
      ["a", ["r-a1"]],
    ]);
  });
});

describe("a reply's first words", () => {
  it("are cut at a word, with an ellipsis, and on one line", () => {
    expect(replyPreview("short\nreply")).toBe("short reply");
    const long = "word ".repeat(40);
    const preview = replyPreview(long, 30);
    expect(preview.length).toBeLessThanOrEqual(30);
    expect(preview).toBe("word word word word word word…");
  });
});
