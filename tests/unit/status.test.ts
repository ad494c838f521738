// The week's status machine: who may change a week, hand it in, and decide on it, and when.
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import {
  canEdit,
  canReview,
  editRefusal,
  GRID_STATUSES,
  transitionRefusal,
  WEEK_STATUSES,
  type Actor,
  type WeekStatus,
} from "@/lib/worklog/status";

const intern: Actor = { id: "intern", role: "INTERN" };
const otherIntern: Actor = { id: "other", role: "INTERN" };
const mentor: Actor = { id: "mentor", role: "MENTOR" };
const admin: Actor = { id: "admin", role: "ADMIN" };
const noGroup: Actor = { id: "nobody", role: null };
const week = (status: WeekStatus) => ({ internId: "intern", status });

describe("the week's status machine", () => {
  it("only the owner edits, and only a draft or a returned week", () => {
    const editable = WEEK_STATUSES.filter((status) => canEdit(intern, week(status)));
    expect(editable).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
    for (const actor of [otherIntern, mentor, admin, noGroup]) {
      for (const status of WEEK_STATUSES) expect(editRefusal(actor, week(status))?.kind).toBe("forbidden");
    }
    expect(editRefusal(intern, week("APPROVED"))).toMatchObject({ kind: "conflict", message: /approved/ });
    expect(editRefusal(intern, week("SUBMITTED"))).toMatchObject({ kind: "conflict", message: /waiting for review/ });
  });

  it("the owner submits a draft or a returned week; nobody else does", () => {
    const submittable = WEEK_STATUSES.filter((status) => transitionRefusal(intern, week(status), "submit") === null);
    expect(submittable).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
    expect(transitionRefusal(mentor, week("DRAFT"), "submit")?.kind).toBe("forbidden");
  });

  it("mentors and admins decide on a submitted week, never on their own", () => {
    for (const move of ["approve", "request-changes"] as const) {
      for (const reviewer of [mentor, admin]) {
        const allowed = WEEK_STATUSES.filter((status) => transitionRefusal(reviewer, week(status), move) === null);
        expect(allowed).toEqual(["SUBMITTED"]);
      }
      expect(transitionRefusal(intern, week("SUBMITTED"), move)?.kind).toBe("forbidden");
      expect(transitionRefusal(noGroup, week("SUBMITTED"), move)?.kind).toBe("forbidden");
      const own = { internId: "admin", status: "SUBMITTED" as const };
      expect(transitionRefusal(admin, own, move)?.kind).toBe("forbidden");
    }
    expect(transitionRefusal(mentor, week("APPROVED"), "approve")).toMatchObject({ message: /already approved/ });
    expect(canReview(mentor, week("DRAFT"))).toBe(true);
    expect(canReview(intern, week("SUBMITTED"))).toBe(false);
  });

  it("names every status once, on its own and in a sentence, in both languages", () => {
    const en = translatorFor("en");
    expect(Object.fromEntries(GRID_STATUSES.map((status) => [status, en(`common.status.${status}`)]))).toEqual({
      NONE: "Not started",
      DRAFT: "Draft",
      SUBMITTED: "Submitted",
      CHANGES_REQUESTED: "Changes requested",
      APPROVED: "Approved",
    });
    expect(GRID_STATUSES).toEqual(["NONE", ...WEEK_STATUSES]);
    for (const locale of ["en", "vi"] as const) {
      const t = translatorFor(locale);
      const labels = GRID_STATUSES.map((status) => t(`common.status.${status}`));
      expect(new Set(labels).size).toBe(GRID_STATUSES.length);
      for (const status of GRID_STATUSES) expect(t.has(`common.statusPhrase.${status}`)).toBe(true);
    }
  });
});
