// 500 generated malformed or hostile import files: each refused with its own clear message, and
// not one row written.
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { importWorklog } from "@/lib/server/data/worklog-io";
import { viewerById } from "@/lib/server/data/viewer";
import { createCohort, createIntern, createModuleCatalogue } from "../factories";

const fixture = readFileSync("tests/fixtures/fcj-week5.en.md", "utf8");

/** Deterministic hostile files: each breaks the page in one way. */
function hostileFile(i: number): { name: string; bytes: Uint8Array } {
  const variants: (() => { name: string; bytes: Uint8Array })[] = [
    () => ({ name: `binary-${i}.md`, bytes: Uint8Array.from({ length: 2000 }, (_, k) => (k * 31 + i) % 256) }),
    () => ({ name: `empty-${i}.md`, bytes: new Uint8Array() }),
    () => ({ name: `readme-${i}.md`, bytes: strToU8(`# Project ${i}\n\nJust a README, no worklog here.\n`) }),
    () => ({ name: `script-${i}.md`, bytes: strToU8(fixture.replace("| Mon |", `| Mon <script>alert(${i})</script> |`)) }),
    () => ({ name: `onerror-${i}.md`, bytes: strToU8(`${fixture}\n\n<img src=x onerror=alert(${i})>\n`) }),
    () => ({ name: `jslink-${i}.md`, bytes: strToU8(fixture.replace("<https://cloudjourney.awsstudygroup.com/>", `[x](javascript:alert(${i}))`)) }),
    () => ({ name: `frontmatter-${i}.md`, bytes: strToU8(fixture.replace('pre: " <b> 1.5. </b> "', `pre: "\\x3cscript\\x3e${i}"`)) }),
    () => ({ name: `week-99-${i}.md`, bytes: strToU8(fixture.replaceAll("Week 5", "Week 99").replace("1.5.", "1.99.")) }),
    () => ({ name: `too-big-${i}.md`, bytes: strToU8(`${fixture}\n${"x".repeat(1_100_000)}`) }),
    () => ({ name: `evil-${i}.zip`, bytes: zipSync({ [`../../etc/passwd-${i}.md`]: strToU8(fixture) }) }),
    () => ({ name: `absolute-${i}.zip`, bytes: zipSync({ [`/tmp/evil-${i}.md`]: strToU8(fixture) }) }),
    () => ({ name: `many-${i}.zip`, bytes: zipSync(Object.fromEntries(Array.from({ length: 210 }, (_, k) => [`content/1-Worklog/${k}.md`, strToU8("x")]))) }),
    () => ({ name: `broken-${i}.zip`, bytes: strToU8("PK\u0003\u0004 this is not really a zip") }),
    () => ({ name: `page-${i}.exe`, bytes: strToU8(fixture) }),
    () => ({ name: `yaml-${i}.md`, bytes: strToU8(`---\ntitle: [unclosed\n---\n### Week 5 Objectives:\n* x\n`) }),
  ];
  return variants[i % variants.length]!();
}

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
      expect(report?.message?.length ?? 0, file.name).toBeGreaterThan(20);
      const kind = file.name.replace(/-\d+\..*$/, "");
      reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
    }
    expect(await counts()).toEqual(before);
    expect(reasons.size).toBe(15);
  });
});
