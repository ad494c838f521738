// `npm run db:seed:large`: the benchmark dataset (docs/PERFORMANCE.md). 20 cohorts × 50 interns ×
// 12 weeks × 7 days × 3 tasks (252,000 tasks) with realistic progress and review states, two
// mentors per cohort, and the demo mentor also mentoring cohort 01. Deterministic (seeded PRNG,
// ids included) for a given "today" (--today, default the program's today; the bench pins
// BENCH_TODAY). Bulk SQL through pg (multi-row INSERT ... SELECT FROM unnest) in one transaction.
// Idempotent: when the bench cohorts exist it leaves the database as it is.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { progressBar } from "./lib/progress-bar.ts";
import { addDaysIso, cohortWeekDates, daysBetween, mondayOf, WEEKDAYS_EN } from "../lib/worklog/dates.ts";
import { defaultFrontMatter } from "../lib/worklog/markdown.ts";
import { MODULE_CATALOGUE } from "../prisma/demo-data.ts";
import {
  BENCH_WEEKS,
  benchCohorts,
  cohortName,
  DEMO_MENTOR_OF_COHORT_1,
  LATER_TOPICS,
  prng,
  TASKS_PER_DAY,
  uuidFrom,
} from "./bench/dataset.ts";

const FCJ = "https://cloudjourney.awsstudygroup.com/";

interface TemplateTask {
  text: string;
  moduleCode: string | null;
}
interface WeekTemplate {
  objectives: string[];
  achievements: string[];
  days: TemplateTask[][];
}

/** Week N's page as interns build it from the curriculum: 7 days × 3 tasks, modules on Mon-Fri. */
function weekTemplate(number: number): WeekTemplate {
  const modules = MODULE_CATALOGUE.filter((m) => m.curriculumWeek === number);
  const study: TemplateTask[] = [];
  if (modules.length > 0) {
    for (const m of modules) study.push({ text: `Study Module ${m.code}: ${m.title}`, moduleCode: m.code });
    for (let i = 0; study.length < 5 * TASKS_PER_DAY; i++) {
      const m = modules[i % modules.length]!;
      study.push({
        text: i < modules.length ? `Do the lab of Module ${m.code}` : `Review the notes of Module ${m.code}`,
        moduleCode: m.code,
      });
    }
  } else {
    const topics = LATER_TOPICS[number] ?? [`Week ${number} topics`];
    const kinds = ["Study", "Hands-on lab:", "Take notes on"];
    for (let i = 0; study.length < 5 * TASKS_PER_DAY; i++) {
      study.push({
        text: `${kinds[Math.floor(i / topics.length) % kinds.length]} ${topics[i % topics.length]}`,
        moduleCode: null,
      });
    }
  }
  const plain = (text: string): TemplateTask => ({ text, moduleCode: null });
  const days = [
    ...Array.from({ length: 5 }, (_, d) => study.slice(d * TASKS_PER_DAY, d * TASKS_PER_DAY + TASKS_PER_DAY)),
    [
      plain(`Practice the related labs of week ${number}`),
      plain("Join the weekly FCJ meetup"),
      plain("Tidy up the lab notes"),
    ],
    [
      plain(`Write the **Week ${number} Worklog**`),
      plain(`Prepare the **Week ${number + 1} Study Plan**`),
      plain("Publish the worklog site"),
    ],
  ];
  const titles = modules.length ? modules.map((m) => m.title) : (LATER_TOPICS[number] ?? []);
  return {
    objectives: [
      `Study the week ${number} modules: ${titles.slice(0, 3).join(", ")}${titles.length > 3 ? " and more" : ""}.`,
      `Complete the **hands-on labs** of week ${number}.`,
    ],
    achievements: [
      `Understood ${titles.slice(0, 2).join(" and ")}.`,
      `Completed the labs of week ${number} and wrote them up.`,
    ],
    days,
  };
}

type Status = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED";

interface Column {
  name: string;
  /** The array type the values travel as, e.g. "uuid[]". */
  type: string;
  /** The SELECT expression (casts); default the column itself. */
  expr?: string;
}

/** INSERT ... SELECT FROM unnest(...) in batches: one round trip per `batch` rows. */
async function insertRows(
  client: pg.Client,
  table: string,
  columns: Column[],
  rows: unknown[][],
  onBatch: () => void,
  batch = 10_000,
) {
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const params = columns.map((c, i) => `$${i + 1}::${c.type}`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.expr ? c.expr.replaceAll("$", aliases[i]!) : aliases[i])).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS x(${aliases.join(", ")})`;
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    await client.query(
      sql,
      columns.map((_, i) => slice.map((row) => row[i])),
    );
    onBatch();
  }
}

const batches = (rows: number, batch = 10_000) => Math.max(1, Math.ceil(rows / batch));

export async function seedLarge(options: {
  url: string;
  today: string;
  quiet?: boolean;
}): Promise<{ created: boolean }> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM cohorts WHERE name = $1", [cohortName(1)]);
    if (existing.rowCount) {
      if (!options.quiet) console.log("Large dataset: already present, left as it is.");
      return { created: false };
    }
    const { rows: moduleRows } = await client.query<{ id: string; code: string }>("SELECT id, code FROM modules");
    const moduleId = new Map(moduleRows.map((m) => [m.code, m.id]));
    const { rows: demoMentor } = await client.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [
      DEMO_MENTOR_OF_COHORT_1,
    ]);

    const started = Date.now();
    const random = prng(7_000_001);
    const id = () => uuidFrom(random);
    const chance = (p: number) => random() < p;
    const templates = new Map(Array.from({ length: BENCH_WEEKS }, (_, k) => [k + 1, weekTemplate(k + 1)]));
    const now = new Date(`${options.today}T12:00:00Z`);

    const users: unknown[][] = [];
    const cohorts: unknown[][] = [];
    const enrollments: unknown[][] = [];
    const mentors: unknown[][] = [];
    const weeks: unknown[][] = [];
    const items: unknown[][] = [];
    const days: unknown[][] = [];
    const tasks: unknown[][] = [];
    const taskModules: unknown[][] = [];
    const decisions: unknown[][] = [];
    const comments: unknown[][] = [];

    for (const cohort of benchCohorts()) {
      const cohortId = id();
      const start = addDaysIso(mondayOf(options.today), -7 * (cohort.currentWeek - 1));
      cohorts.push([cohortId, cohort.name, start, BENCH_WEEKS]);
      const mentorIds = cohort.mentors.map((m) => {
        const mentorId = id();
        users.push([mentorId, m.email, m.name, "MENTOR"]);
        mentors.push([cohortId, mentorId]);
        return mentorId;
      });
      if (cohort.index === 1 && demoMentor[0]) mentors.push([cohortId, demoMentor[0].id]);
      const reviewer = mentorIds[0]!;

      for (const intern of cohort.interns) {
        const internId = id();
        users.push([internId, intern.email, intern.name, "INTERN"]);
        enrollments.push([internId, cohortId]);
        // How diligent this intern is: most do most of their tasks.
        const diligence = 1 - 0.45 * random() ** 2;
        for (let number = 1; number <= BENCH_WEEKS; number++) {
          const template = templates.get(number)!;
          const { startDate, endDate } = cohortWeekDates(start, number);
          const past = endDate < options.today;
          const current = !past && startDate <= options.today;
          let status: Status = "DRAFT";
          let share = 0;
          if (past) {
            const r = random();
            const older = number <= cohort.currentWeek - 2;
            status = older
              ? r < 0.72
                ? "APPROVED"
                : r < 0.82
                  ? "SUBMITTED"
                  : r < 0.9
                    ? "CHANGES_REQUESTED"
                    : "DRAFT"
              : r < 0.3
                ? "APPROVED"
                : r < 0.75
                  ? "SUBMITTED"
                  : r < 0.82
                    ? "CHANGES_REQUESTED"
                    : "DRAFT";
            share =
              status === "APPROVED" && chance(0.8) ? 1 : Math.min(1, Math.max(0, diligence + (random() - 0.5) * 0.3));
          }
          const submittedAt = status === "DRAFT" ? null : new Date(`${endDate}T18:00:00Z`);
          const approvedAt = status === "APPROVED" ? new Date(`${addDaysIso(endDate, 1)}T09:00:00Z`) : null;
          const weekId = id();
          const frontMatter = { ...defaultFrontMatter(number, "en"), date: startDate };
          weeks.push([
            weekId,
            internId,
            cohortId,
            number,
            frontMatter.title,
            startDate,
            endDate,
            status,
            submittedAt,
            approvedAt,
            JSON.stringify(frontMatter),
          ]);
          template.objectives.forEach((text, position) => items.push([id(), weekId, "OBJECTIVE", position, text]));
          if (past)
            template.achievements.forEach((text, position) =>
              items.push([id(), weekId, "ACHIEVEMENT", position, text]),
            );
          template.days.forEach((dayTasks, dayIndex) => {
            const dayId = id();
            const date = addDaysIso(startDate, dayIndex);
            days.push([dayId, weekId, dayIndex, WEEKDAYS_EN[dayIndex], date, date, dayIndex < 5]);
            dayTasks.forEach((task, position) => {
              let done: boolean;
              if (past) done = share === 1 || chance(share);
              else if (current) {
                const offset = daysBetween(date, options.today);
                done = offset > 0 ? chance(diligence) : offset === 0 ? chance(diligence / 3) : false;
              } else done = false;
              const taskId = id();
              tasks.push([taskId, dayId, position, task.text, done, done ? new Date(`${date}T16:00:00Z`) : null]);
              const linked = task.moduleCode ? moduleId.get(task.moduleCode) : undefined;
              if (linked) taskModules.push([taskId, linked]);
            });
          });
          if (status === "APPROVED") decisions.push([id(), weekId, reviewer, "APPROVED", approvedAt]);
          if (status === "CHANGES_REQUESTED") {
            const at = new Date(`${addDaysIso(endDate, 1)}T09:00:00Z`);
            decisions.push([id(), weekId, reviewer, "CHANGES_REQUESTED", at]);
            comments.push([id(), weekId, reviewer, `Please add what you learned in the labs of week ${number}.`, at]);
          } else if (status === "APPROVED" && chance(0.15)) {
            comments.push([id(), weekId, reviewer, `Good work on week ${number}.`, approvedAt]);
          }
        }
      }
    }

    const bar = options.quiet
      ? { step() {}, done() {} }
      : progressBar(
          "Seeding the large dataset",
          [users, cohorts, enrollments, mentors, weeks, items, days, tasks, taskModules, decisions, comments].reduce(
            (n, rows) => n + batches(rows.length),
            0,
          ) + 1,
        );
    const step = (what: string) => () => bar.step(`${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    await client.query("BEGIN");
    try {
      await insertRows(
        client,
        "users",
        [
          { name: "id", type: "uuid[]" },
          { name: "email", type: "text[]" },
          { name: "name", type: "text[]" },
          { name: "role", type: "text[]", expr: `$::"Role"` },
          { name: "updated_at", type: "timestamptz[]" },
        ],
        users.map((u) => [...u, now]),
        step("people"),
      );
      await insertRows(
        client,
        "cohorts",
        [
          { name: "id", type: "uuid[]" },
          { name: "name", type: "text[]" },
          { name: "start_date", type: "date[]" },
          { name: "week_count", type: "int[]" },
          { name: "updated_at", type: "timestamptz[]" },
        ],
        cohorts.map((c) => [...c, now]),
        step("cohorts"),
      );
      await insertRows(
        client,
        "enrollments",
        [
          { name: "user_id", type: "uuid[]" },
          { name: "cohort_id", type: "uuid[]" },
        ],
        enrollments,
        step("enrollments"),
      );
      await insertRows(
        client,
        "cohort_mentors",
        [
          { name: "cohort_id", type: "uuid[]" },
          { name: "mentor_id", type: "uuid[]" },
        ],
        mentors,
        step("mentors"),
      );
      await insertRows(
        client,
        "weeks",
        [
          { name: "id", type: "uuid[]" },
          { name: "intern_id", type: "uuid[]" },
          { name: "cohort_id", type: "uuid[]" },
          { name: "number", type: "int[]" },
          { name: "title", type: "text[]" },
          { name: "start_date", type: "date[]" },
          { name: "end_date", type: "date[]" },
          { name: "status", type: "text[]", expr: `$::"WeekStatus"` },
          { name: "submitted_at", type: "timestamptz[]" },
          { name: "approved_at", type: "timestamptz[]" },
          { name: "front_matter", type: "text[]", expr: "$::jsonb" },
          { name: "updated_at", type: "timestamptz[]" },
        ],
        weeks.map((w) => [...w, now]),
        step("weeks"),
      );
      await insertRows(
        client,
        "week_items",
        [
          { name: "id", type: "uuid[]" },
          { name: "week_id", type: "uuid[]" },
          { name: "kind", type: "text[]", expr: `$::"WeekItemKind"` },
          { name: "position", type: "int[]" },
          { name: "text", type: "text[]" },
        ],
        items,
        step("objectives and achievements"),
      );
      await insertRows(
        client,
        "days",
        [
          { name: "id", type: "uuid[]" },
          { name: "week_id", type: "uuid[]" },
          { name: "position", type: "int[]" },
          { name: "label", type: "text[]" },
          { name: "start_date", type: "date[]" },
          { name: "end_date", type: "date[]" },
          // unnest flattens arrays of arrays, so a flag travels and becomes the day's references here.
          {
            name: "references",
            type: "boolean[]",
            expr: `CASE WHEN $ THEN ARRAY['${FCJ}']::text[] ELSE ARRAY[]::text[] END`,
          },
        ],
        days,
        step("days"),
      );
      await insertRows(
        client,
        "tasks",
        [
          { name: "id", type: "uuid[]" },
          { name: "day_id", type: "uuid[]" },
          { name: "position", type: "int[]" },
          { name: "text", type: "text[]" },
          { name: "done", type: "boolean[]" },
          { name: "done_at", type: "timestamptz[]" },
          { name: "updated_at", type: "timestamptz[]" },
        ],
        tasks.map((t) => [...t, now]),
        step("tasks"),
      );
      await insertRows(
        client,
        "task_modules",
        [
          { name: "task_id", type: "uuid[]" },
          { name: "module_id", type: "uuid[]" },
        ],
        taskModules,
        step("module links"),
      );
      await insertRows(
        client,
        "review_decisions",
        [
          { name: "id", type: "uuid[]" },
          { name: "week_id", type: "uuid[]" },
          { name: "reviewer_id", type: "uuid[]" },
          { name: "decision", type: "text[]", expr: `$::"ReviewDecisionKind"` },
          { name: "created_at", type: "timestamptz[]" },
        ],
        decisions,
        step("review decisions"),
      );
      await insertRows(
        client,
        "review_comments",
        [
          { name: "id", type: "uuid[]" },
          { name: "week_id", type: "uuid[]" },
          { name: "author_id", type: "uuid[]" },
          { name: "body", type: "text[]" },
          { name: "created_at", type: "timestamptz[]" },
        ],
        comments,
        step("review comments"),
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
    // Fresh planner statistics, as a database that has lived with this data would have.
    await client.query("ANALYZE");
    bar.step("analyze");
    bar.done(
      `${cohorts.length} cohorts, ${enrollments.length} interns, ${mentors.length} mentor places, ${weeks.length} weeks, ${days.length} days, ${tasks.length} tasks (today ${options.today}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { created: true };
  } finally {
    await client.end();
  }
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// The command line: the database npm start would use (or DATABASE_URL), migrated, with the demo data first.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { migrateDatabase, openDatabase } = await import("./lib/database.ts");
  const database = await openDatabase();
  let code = 0;
  try {
    await migrateDatabase(database.url);
    process.env.DATABASE_URL = database.url;
    const { seed } = await import("../prisma/seed.ts");
    await seed();
    const { programToday } = await import("../lib/server/today.ts");
    const today = argValue("--today") ?? programToday();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error("--today must be a date like 2026-11-25");
    await seedLarge({ url: database.url, today });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  } finally {
    await database.close();
  }
  process.exit(code);
}
