// Every action the audit trail records reads as words on the week's history page (the data layer
// can only write these: AuditEntry.action is typed).
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, describeAuditEvent, type AuditAction } from "@/lib/worklog/audit";

describe("audit actions", () => {
  it("every action has words", () => {
    for (const action of Object.keys(AUDIT_ACTIONS) as AuditAction[]) {
      const { verb } = describeAuditEvent(action, {}, null);
      expect(verb, action).not.toBe(action);
      expect(verb.length, action).toBeGreaterThan(3);
    }
  });

  it("says what imports, ticks and day changes were about", () => {
    expect(describeAuditEvent("week.imported", { file: "_index.md" }, null)).toEqual({
      verb: "imported the week",
      detail: "from _index.md",
    });
    expect(describeAuditEvent("task.ticked", {}, "Study Module 05-01")).toEqual({
      verb: "ticked a task",
      detail: "“Study Module 05-01”",
    });
    expect(describeAuditEvent("task.ticked", {}, null).detail).toBe("(a task removed since)");
    expect(describeAuditEvent("day.saved", { label: "Mon" }, "Tue")).toEqual({
      verb: "changed a day",
      detail: "“Mon”",
    });
    expect(describeAuditEvent("day.moved", { direction: "up" }, null)).toEqual({ verb: "moved a day up" });
    expect(describeAuditEvent("something.new", {}, null)).toEqual({ verb: "something.new" });
  });
});
