// "My interns": the one rule the grid, the queue and the digest share (lib/worklog/assignment.ts).
import { describe, expect, it } from "vitest";
import { ownInternsOnly, scopeInterns } from "@/lib/worklog/assignment";

const interns = [
  { id: "a1", mentorId: "A" },
  { id: "b1", mentorId: "B" },
  { id: "a2", mentorId: "A" },
  { id: "n1", mentorId: null },
];

describe("my interns", () => {
  it("keeps a mentor's own interns by default, and the whole cohort when asked", () => {
    expect(scopeInterns(interns, "A", undefined)).toEqual({
      interns: [interns[0], interns[2]],
      ownOnly: true,
      own: 2,
      whole: 4,
    });
    expect(scopeInterns(interns, "A", "mine").interns.map((i) => i.id)).toEqual(["a1", "a2"]);
    expect(scopeInterns(interns, "A", "all")).toMatchObject({ ownOnly: false, own: 2, whole: 4 });
    expect(scopeInterns(interns, "A", "all").interns).toHaveLength(4);
  });

  it("shows the whole cohort to a mentor with none of their own there, and to nobody in particular", () => {
    expect(scopeInterns(interns, "C", undefined)).toMatchObject({ ownOnly: false, own: 0, whole: 4 });
    expect(scopeInterns(interns, undefined, undefined).interns).toHaveLength(4);
    expect(ownInternsOnly(undefined, 0)).toBe(false);
    expect(ownInternsOnly("all", 5)).toBe(false);
    expect(ownInternsOnly("mine", 1)).toBe(true);
  });
});
