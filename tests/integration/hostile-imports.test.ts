// 500 generated malformed or hostile import files: each refused with its own clear message, and
// not one row written.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importWorklog } from "@/lib/server/data/worklog-io/import-worklog";
import { viewerById } from "@/lib/server/data/viewer";
import { createCohort, createIntern, createModuleCatalogue } from "../factories";
import { hostileFile } from "../hostile-files";
import { inEnglish } from "../support/words";

async function counts() {
  const [weeks, days, tasks, items, events] = await Promise.all([
    db.week.count(),
    db.day.count(),
    db.task.count(),
    db.weekItem.count(),
    db.auditEvent.count(),
  ]);
  return { weeks, days, tasks, items, events };
}

describe("import at scale", () => {
  it("refuses each of 500 hostile files with a message, and writes nothing", { timeout: 120_000 }, async () => {
    await createModuleCatalogue();
    const cohort = await createCohort({ startDate: "2026-01-05" });
    const intern = (await viewerById((await createIntern({ cohortId: cohort.id })).id))!;
    const before = await counts();
    const reasons = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      const file = hostileFile(i);
      const result = await importWorklog(intern, [file], { mode: "skip" });
      expect(result.saved, file.name).toBe(false);
      const report = result.preview.files.find((f) => f.status === "error");
      expect(inEnglish(report?.message).length, file.name).toBeGreaterThan(20);
      const kind = file.name.replace(/-\d+\..*$/, "");
      reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
    }
    expect(await counts()).toEqual(before);
    expect(reasons.size).toBe(15);
  });
});
