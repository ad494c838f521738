// A real Hugo builds the exported worklog: the zip unpacked into a minimal site that, like FCJ
// sites, lets goldmark pass raw HTML (the <br> between a day's tasks). Each week's page must come
// out with its task table, one row per day, each day's tasks on separate lines.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { viewerById } from "@/lib/server/data/viewer";
import { createWeek as createWeekFromTemplate } from "@/lib/server/data/create-week";
import { getWeek, listWeeksOfIntern } from "@/lib/server/data/weeks";
import { exportWorklogZip } from "@/lib/server/data/worklog-io/export-worklog";
import { importWorklog } from "@/lib/server/data/worklog-io/import-worklog";
import { createCohort, createIntern, createModuleCatalogue } from "../factories";

const HUGO = process.env.HUGO ?? "hugo";
const hugoVersion = spawnSync(HUGO, ["version"], { encoding: "utf8" });
const hasHugo = hugoVersion.status === 0;
if (!hasHugo)
  console.warn(
    `hugo.test.ts: skipped, "${HUGO}" is not installed (apt-get install hugo; CI installs it). Set HUGO to its path if it is elsewhere.`,
  );

const fixtures = path.resolve(import.meta.dirname, "../fixtures");
let site = "";
afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

const CONFIG = `baseURL = "https://example.org/"
title = "Worklog export"
defaultContentLanguage = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[languages.en]
weight = 1

[languages.vi]
weight = 2

[markup.goldmark.renderer]
unsafe = true
`;

const LAYOUT = "<!doctype html><title>{{ .Title }}</title><main>{{ .Content }}</main>\n";

describe("Hugo builds the exported worklog", () => {
  it.skipIf(!hasHugo)(
    `without errors, each week a table of its days with tasks on separate lines (${hasHugo ? hugoVersion.stdout.split(" ")[1] : "hugo not installed"})`,
    async () => {
      await createModuleCatalogue();
      const cohort = await createCohort({ startDate: "2026-01-05" });
      const intern = (await viewerById((await createIntern({ cohortId: cohort.id, name: "Trần Thị Bình" })).id))!;
      await createWeekFromTemplate(intern, { number: 1, template: "curriculum" });
      const imported = await importWorklog(
        intern,
        [
          { name: "_index.md", bytes: strToU8(readFileSync(path.join(fixtures, "fcj-week5.en.md"), "utf8")) },
          { name: "week6.md", bytes: strToU8(readFileSync(path.join(fixtures, "import/week6.en.md"), "utf8")) },
        ],
        { mode: "skip" },
      );
      expect(imported.saved).toBe(true);

      const { fileName, bytes } = await exportWorklogZip(intern);
      site = mkdtempSync(path.join(os.tmpdir(), "worklog-hugo-"));
      expect(fileName).toBe("worklog-tran-thi-binh.zip");
      for (const [name, content] of Object.entries(unzipSync(bytes))) {
        mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
        writeFileSync(path.join(site, name), content);
      }
      writeFileSync(path.join(site, "hugo.toml"), CONFIG);
      mkdirSync(path.join(site, "layouts/_default"), { recursive: true });
      writeFileSync(path.join(site, "layouts/_default/single.html"), LAYOUT);
      writeFileSync(path.join(site, "layouts/_default/list.html"), LAYOUT);

      const build = spawnSync(
        HUGO,
        ["--source", site, "--destination", path.join(site, "public"), "--panicOnWarning"],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
      expect(build.stderr).not.toMatch(/ERROR|WARN/);

      const html = (page: string) => readFileSync(path.join(site, "public", page, "index.html"), "utf8");
      expect(html("1-worklog")).toContain('<a href="1.5-week5/">Week 5 Worklog</a>');
      expect(html("vi/1-worklog")).toContain('<a href="1.5-week5/">Worklog Tuần 5</a>');

      const weeks = await listWeeksOfIntern(intern, intern.id);
      expect(weeks.map((w) => w.number)).toEqual([1, 5, 6]);
      for (const summary of weeks) {
        const week = await getWeek(intern, summary.id);
        for (const prefix of ["", "vi/"]) {
          const page = html(`${prefix}1-worklog/1.${week.number}-week${week.number}`);
          const tables = page.match(/<table>[\s\S]*?<\/table>/g) ?? [];
          expect(tables, `${prefix}week ${week.number}`).toHaveLength(1);
          const rows = tables[0]!.split("<tbody>")[1]!.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
          expect(rows, `${prefix}week ${week.number} rows`).toHaveLength(week.days.length);
          week.days.forEach((day, i) => {
            const taskCell = rows[i]!.match(/<td[^>]*>([\s\S]*?)<\/td>/g)![1]!;
            expect(taskCell.match(/<br>/g) ?? [], `${prefix}week ${week.number}, ${day.label}`).toHaveLength(
              Math.max(day.tasks.length - 1, 0),
            );
            expect(taskCell).not.toContain("raw HTML omitted");
          });
        }
      }
      // The imported page's own section, and its tasks rendered from Markdown.
      expect(html("1-worklog/1.6-week6")).toContain('<h3 id="notes">Notes</h3>');
      expect(html("1-worklog/1.5-week5")).toContain(
        "- Complete the <strong>Team Project Proposal</strong> <br> - Write the <strong>Week 5 Worklog</strong> <br>",
      );
    },
  );
});
