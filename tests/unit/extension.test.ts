// Which dates an extension may give (lib/worklog/extension.ts), and how the history says one.
import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "@/lib/worklog/audit";
import { EXTENSION_MAX_DAYS, extensionBounds, extensionRefusal } from "@/lib/worklog/extension";

describe("an extension's date", () => {
  const week = { endDate: "2026-11-22", status: "DRAFT" };

  it("is after the week's end, at most 60 days after it", () => {
    expect(EXTENSION_MAX_DAYS).toBe(60);
    expect(extensionBounds("2026-11-22")).toEqual({ first: "2026-11-23", last: "2027-01-21" });
    expect(extensionRefusal(week, "2026-11-22")).toBe("notAfterEnd");
    expect(extensionRefusal(week, "2026-11-01")).toBe("notAfterEnd");
    expect(extensionRefusal(week, "2026-11-23")).toBeNull();
    expect(extensionRefusal(week, "2027-01-21")).toBeNull();
    expect(extensionRefusal(week, "2027-01-22")).toBe("tooLate");
  });

  it("is refused for an approved week, whatever the date; a submitted or returned week can have one", () => {
    expect(extensionRefusal({ ...week, status: "APPROVED" }, "2026-11-30")).toBe("approved");
    expect(extensionRefusal({ ...week, status: "SUBMITTED" }, "2026-11-30")).toBeNull();
    expect(extensionRefusal({ ...week, status: "CHANGES_REQUESTED" }, "2026-11-30")).toBeNull();
  });

  it("reads in the history with its date and reason", () => {
    expect(describeAuditEvent("week.extended", { until: "2026-12-04", reason: "Ill", previous: null }, null)).toEqual({
      action: "week.extended",
      verbValues: { until: "2026-12-04" },
      detail: { key: "quoted", values: { text: "Ill" } },
    });
    expect(describeAuditEvent("week.extension-removed", { previous: "2026-12-04" }, null)).toEqual({
      action: "week.extension-removed",
      verbValues: { until: "2026-12-04" },
    });
  });
});
