// Every action the audit trail records reads as words on the week's history page, in both languages
// (the data layer can only write these: AuditEntry.action is typed).
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import type { Translate } from "@/lib/i18n/said";
import {
  AUDIT_ACTIONS,
  auditEntityOf,
  describeAuditEvent,
  type AuditAction,
  type AuditDetails,
} from "@/lib/worklog/audit";

/** The event as the history page says it: the verb, then the detail. */
function inWords(t: Translate, action: string, data: AuditDetails, subject: string | null) {
  const words = describeAuditEvent(action, data, subject);
  const verb = words.action ? t(`audit.verb.${words.action}`, words.verbValues) : t("audit.unknown", words.verbValues);
  const { detail } = words;
  if (!detail) return { verb };
  if (detail.key === undefined) return { verb, detail: detail.text };
  return { verb, detail: t(`audit.detail.${detail.key}`, detail.values) };
}

const en = (action: string, data: AuditDetails, subject: string | null) =>
  inWords(translatorFor("en"), action, data, subject);

describe("audit actions", () => {
  it("every action has words in both languages", () => {
    for (const locale of ["en", "vi"] as const) {
      for (const action of Object.keys(AUDIT_ACTIONS) as AuditAction[]) {
        const { verb } = inWords(translatorFor(locale), action, {}, null);
        expect(verb, action).not.toContain("audit.");
        expect(verb.length, action).toBeGreaterThan(3);
      }
    }
  });

  it("says what imports, ticks and day changes were about", () => {
    expect(en("week.imported", { file: "_index.md" }, null)).toEqual({
      verb: "imported the week",
      detail: "from _index.md",
    });
    expect(en("task.ticked", {}, "Study Module 05-01")).toEqual({
      verb: "ticked a task",
      detail: "“Study Module 05-01”",
    });
    expect(en("task.ticked", {}, null).detail).toBe("(a task removed since)");
    expect(en("day.saved", { label: "Mon" }, "Tue")).toEqual({ verb: "changed a day", detail: "“Mon”" });
    expect(en("day.moved", { direction: "up" }, null)).toEqual({ verb: "moved a day up" });
    expect(en("week.created", { template: "copy-previous" }, null).detail).toBe("as a copy of the previous week");
    expect(en("objectives.saved", { count: 3 }, null).detail).toBe("3 in all");
    expect(en("user.created", { email: "an@example.com" }, null).detail).toBe("an@example.com");
    expect(en("something.new", {}, null)).toEqual({ verb: "recorded “something.new”" });
  });

  it("says them in Vietnamese", () => {
    const vi = (action: string, data: AuditDetails, subject: string | null) =>
      inWords(translatorFor("vi"), action, data, subject);
    expect(vi("task.ticked", {}, "Học Module 05-01")).toEqual({
      verb: "đã đánh dấu hoàn thành một công việc",
      detail: "“Học Module 05-01”",
    });
    expect(vi("day.moved", { direction: "down" }, null)).toEqual({ verb: "đã chuyển một ngày xuống dưới" });
    expect(vi("week.created", { template: "curriculum" }, null).detail).toBe("theo chương trình học");
  });
});

describe("the entity an action is about", () => {
  it("is one of the trail's kinds of row for every action", () => {
    const entities = new Set(Object.keys(AUDIT_ACTIONS).map((action) => auditEntityOf(action as AuditAction)));
    expect([...entities].sort()).toEqual([
      "cohort",
      "day",
      "enrollment",
      "module",
      "program_settings",
      "review_comment",
      "saved_reply",
      "task",
      "user",
      "week",
    ]);
    expect(auditEntityOf("objectives.saved")).toBe("week");
    expect(auditEntityOf("person.deactivated")).toBe("user");
  });
});
