// The module heatmap through the data layer: a cohort whose tasks reference modules, against a
// table worked out by hand; the weakest-first order; the CSV of the same view; who may see it; and a
// query count that does not grow with the cohort.
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/data/errors";
import { exportCohortHeatmapCsv, getCohortHeatmap } from "@/lib/server/data/heatmap";
import { listModules } from "@/lib/server/data/modules";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { translatorFor } from "@/lib/i18n/translator";
import { parseHeatmapView } from "@/lib/schemas/heatmap";
import { addDaysIso, cohortWeekDates, dbDateFromIso } from "@/lib/worklog/dates";
import { heatmapCsvWords } from "@/lib/worklog/heatmap-csv";
import type { CohortHeatmap } from "@/lib/worklog/heatmap";
import type { WorklogWeek } from "@/lib/worklog/week";
import { ProgramBuilder } from "../../prisma/builder";
import { createMentor, createUser } from "../factories";

const START = "2026-11-02";
const CATALOGUE = [
  { code: "01-01", title: "What is Cloud Computing", curriculumWeek: 1 },
  { code: "01-02", title: "=HYPERLINK(1)", curriculumWeek: 1 },
  { code: "02-01", title: "Amazon VPC", curriculumWeek: 2 },
  { code: "03-01", title: "Amazon EC2", curriculumWeek: 3 },
];

/** A task: the modules it references and whether it is done. */
type PlannedTask = [codes: string[], done: boolean];

/** Week `number` with one day whose tasks are these. */
function weekOf(number: number, tasks: PlannedTask[]): { week: WorklogWeek; done: boolean[] } {
  const { startDate } = cohortWeekDates(START, number);
  return {
    week: {
      number,
      frontMatter: { title: `Week ${number} Worklog` },
      objectives: [],
      achievements: [],
      days: [
        {
          label: "Mon",
          startDate,
          endDate: startDate,
          references: [],
          tasks: tasks.map(([codes], i) => ({ text: `Task ${i + 1}`, subItems: [], moduleCodes: codes })),
        },
      ],
      extraSections: [],
    },
    done: tasks.map(([, done]) => done),
  };
}

/** A cohort with these interns and their weeks (by number), written through the builder the seeds use. */
async function plantCohort(options: {
  mentorIds: string[];
  interns: { name: string; email?: string; weeks: Record<number, PlannedTask[]> }[];
}) {
  const program = new ProgramBuilder();
  program.modules(CATALOGUE);
  const cohort = program.cohort({ name: `Heatmap ${crypto.randomUUID().slice(0, 8)}`, startDate: START });
  for (const mentorId of options.mentorIds) program.mentor(cohort, mentorId);
  const interns = options.interns.map((spec) => {
    const email = spec.email ?? `${crypto.randomUUID().slice(0, 8)}@example.com`;
    const intern = program.person({ email, name: spec.name, role: "INTERN" });
    program.enroll(cohort, intern.id);
    for (const [number, tasks] of Object.entries(spec.weeks)) {
      const { week, done } = weekOf(Number(number), tasks);
      const at = dbDateFromIso(addDaysIso(START, 1));
      program.week(cohort, intern.id, { week, doneAt: (_day, task) => (done[task] ? at : null) });
    }
    return intern;
  });
  await program.write(db);
  return { cohortId: cohort.id, interns };
}

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

/** "✓ … ○" per row, as one line a row: what the page shows, in the hand-written table's notation. */
const SYMBOL = { done: "✓", planned: "…", "not-planned": "○" } as const;
const picture = (heatmap: CohortHeatmap) =>
  heatmap.rows.map((r) => `${r.intern.name}: ${r.states.map((s) => SYMBOL[s]).join(" ")}`);

let mentor: Viewer;
let otherMentor: Viewer;
let admin: Viewer;
let cohortId: string;
let anId: string;

beforeAll(async () => {
  mentor = await viewer((await createMentor({ cohortIds: [] })).id);
  otherMentor = await viewer((await createMentor({ cohortIds: [] })).id);
  admin = await viewer((await createUser({ role: "ADMIN" })).id);
  // Worked out by hand: a module is done when every task of the intern's weeks that references it
  // is done, planned when some are not, not planned when none references it.
  const planted = await plantCohort({
    mentorIds: [mentor.id],
    interns: [
      // Listed out of order: the heatmap sorts by name (Vietnamese collation).
      { name: "Châu Lê", weeks: { 1: [[[], true]] } },
      {
        name: "An Nguyễn",
        email: "an@example.com",
        weeks: {
          1: [
            [["01-01"], true],
            [["01-01"], true],
            [["01-02"], false],
          ],
          2: [[["02-01"], true]],
        },
      },
      {
        name: "Bình Trần",
        weeks: {
          1: [
            [["01-01", "01-02"], true],
            [["01-01"], false],
          ],
          2: [[[], false]],
        },
      },
    ],
  });
  cohortId = planted.cohortId;
  anId = planted.interns.find((i) => i.name === "An Nguyễn")!.id;
  // Another cohort's intern who has done 03-01: counts nowhere in this cohort.
  await plantCohort({ mentorIds: [otherMentor.id], interns: [{ name: "Dũng", weeks: { 3: [[["03-01"], true]] } }] });
});

describe("the module heatmap", () => {
  it("matches the table worked out by hand, in curriculum order", async () => {
    const heatmap = await getCohortHeatmap(mentor, cohortId);
    expect(heatmap.modules.map((m) => m.code)).toEqual(["01-01", "01-02", "02-01", "03-01"]);
    expect(picture(heatmap)).toEqual(["An Nguyễn: ✓ … ✓ ○", "Bình Trần: … ✓ ○ ○", "Châu Lê: ○ ○ ○ ○"]);
    expect(heatmap.modules.map((m) => [m.code, m.done, m.planned])).toEqual([
      ["01-01", 1, 1],
      ["01-02", 1, 1],
      ["02-01", 1, 0],
      ["03-01", 0, 0],
    ]);
    expect(heatmap.rows.map((r) => r.done)).toEqual([2, 1, 0]);
  });

  it("puts the weakest module first: fewest done, then fewest planned, then the curriculum's order", async () => {
    const heatmap = await getCohortHeatmap(mentor, cohortId, parseHeatmapView({ sort: "weakest" }));
    expect(heatmap.sort).toBe("weakest");
    expect(heatmap.modules.map((m) => m.code)).toEqual(["03-01", "02-01", "01-01", "01-02"]);
    expect(picture(heatmap)).toEqual(["An Nguyễn: ○ ✓ ✓ …", "Bình Trần: ○ ○ … ✓", "Châu Lê: ○ ○ ○ ○"]);
  });

  it("takes only a known order from the URL; anything else is the curriculum's", () => {
    expect(parseHeatmapView({ sort: "weakest" })).toEqual({ sort: "weakest" });
    expect(parseHeatmapView(new URLSearchParams("sort=weakest&sort=x"))).toEqual({ sort: "weakest" });
    expect(parseHeatmapView({ sort: "'; DROP TABLE modules" })).toEqual({ sort: "curriculum" });
    expect(parseHeatmapView(new URLSearchParams(""))).toEqual({ sort: "curriculum" });
  });

  it("says for each intern what their own module catalogue says (one definition)", async () => {
    const heatmap = await getCohortHeatmap(admin, cohortId);
    const an = heatmap.rows.find((r) => r.intern.id === anId)!;
    const own = await listModules(await viewer(anId));
    expect(own.map((m) => m.state)).toEqual(an.states);
  });

  it("is the cohort's mentors' and admins': anyone else gets a 404", async () => {
    await expect(getCohortHeatmap(admin, cohortId)).resolves.toMatchObject({ cohort: { id: cohortId } });
    await expect(getCohortHeatmap(otherMentor, cohortId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortHeatmap(await viewer(anId), cohortId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortHeatmap(mentor, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohortHeatmap(mentor, crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportCohortHeatmapCsv(otherMentor, cohortId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the heatmap's CSV", () => {
  it("is the view on the page: its column order, a record per intern, the totals, formulas neutralised", async () => {
    const { filename, csv } = await exportCohortHeatmapCsv(mentor, cohortId, { sort: "weakest" });
    expect(filename).toMatch(/^heatmap-[a-z0-9-]+-modules-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      // A header that starts with the code is safe as it is, whatever the title.
      "Intern,Email,03-01 Amazon EC2,02-01 Amazon VPC,01-01 What is Cloud Computing,01-02 =HYPERLINK(1)",
      'An Nguyễn,an@example.com,Not planned,Done,Done,"Planned, not done"',
      expect.stringMatching(/^Bình Trần,[^,]+,Not planned,Not planned,"Planned, not done",Done$/),
      expect.stringMatching(/^Châu Lê,[^,]+,Not planned,Not planned,Not planned,Not planned$/),
      "Done by (of 3 interns),,0,1,1,1",
      "",
    ]);
  });

  it("neutralises a cell that a spreadsheet would run as a formula", async () => {
    const { cohortId: id } = await plantCohort({
      mentorIds: [mentor.id],
      interns: [{ name: "=cmd|' /C calc'!A0", weeks: {} }],
    });
    const { csv } = await exportCohortHeatmapCsv(mentor, id);
    const [, first] = csv.split("\r\n");
    expect(first!.startsWith("'=cmd|")).toBe(true);
  });

  it("speaks Vietnamese when asked", async () => {
    const { csv } = await exportCohortHeatmapCsv(mentor, cohortId, { words: heatmapCsvWords(translatorFor("vi")) });
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]!.startsWith("Thực tập sinh,Email,")).toBe(true);
    expect(lines[1]).toBe(
      'An Nguyễn,an@example.com,Đã hoàn thành,"Đã lên kế hoạch, chưa xong",Đã hoàn thành,Chưa lên kế hoạch',
    );
    expect(lines[4]).toBe("Đã hoàn thành (trên 3 thực tập sinh),,1,1,1,0");
  });
});

describe("query count", () => {
  // Every SQL statement the app sends goes through pg's Client#query (the Prisma adapter uses a pg pool).
  const spy = vi.spyOn(pg.Client.prototype, "query");
  afterEach(() => spy.mockClear());

  it("builds the heatmap of 50 interns from as many queries as that of 3: two, one when kept", async () => {
    const weeks = (i: number): Record<number, PlannedTask[]> => ({
      1: [
        [["01-01"], i % 2 === 0],
        [["01-02"], i % 3 === 0],
      ],
      2: [[["02-01", "03-01"], i % 5 === 0]],
    });
    const large = await plantCohort({
      mentorIds: [mentor.id],
      interns: Array.from({ length: 50 }, (_, i) => ({
        name: `Intern ${String(i).padStart(2, "0")}`,
        weeks: weeks(i),
      })),
    });
    await getCohortHeatmap(mentor, cohortId, { sort: "weakest" }); // warm up: the pool's first connection
    const queries = async (id: string) => {
      spy.mockClear();
      const result = await getCohortHeatmap(mentor, id);
      return { result, queries: spy.mock.calls.length };
    };
    // A rename, so that the small cohort (shown by earlier tests) is read again.
    await db.cohort.update({ where: { id: cohortId }, data: { name: "Small cohort" } });
    const small = (await queries(cohortId)).queries;
    const { result: heatmap, queries: fifty } = await queries(large.cohortId);
    // Not kept yet: the version (with the access rule), then the heatmap's one query; kept: the version alone.
    expect([small, fifty, (await queries(large.cohortId)).queries]).toEqual([2, 2, 1]);
    // 0, 2, …, 48 done 01-01; every third 01-02; every fifth 02-01 and 03-01.
    expect(heatmap.modules.map((m) => [m.code, m.done, m.planned])).toEqual([
      ["01-01", 25, 25],
      ["01-02", 17, 33],
      ["02-01", 10, 40],
      ["03-01", 10, 40],
    ]);
    spy.mockClear();
    await exportCohortHeatmapCsv(mentor, large.cohortId);
    expect(spy.mock.calls.length).toBe(1);
    console.log(`module heatmap: ${small} SQL query for 3 interns, ${fifty} for 50 (4 modules)`);
  });
});
