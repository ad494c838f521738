// `npm run db:seed:large`: the benchmark dataset (docs/PERFORMANCE.md). 20 cohorts × 50 interns ×
// 12 weeks × 7 days × 3 tasks (252,000 tasks) with realistic progress and review states, two
// mentors per cohort (its interns assigned to them in turn), and the demo mentor also mentoring
// cohort 01; `--scale 10` writes ten times that (200 cohorts, 2.5 million tasks). Deterministic
// (seeded PRNG, ids included) for a given "today" (--today, default the program's today; the bench
// pins BENCH_TODAY). Written through the builder the demo seed and the test factories use
// (prisma/builder.ts: bulk statements), one transaction per 20 cohorts. Idempotent: the cohorts
// already there are left as they are and the rest added (the first 20 are the same at every scale).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type WeekStatus } from "../lib/generated/prisma/client.ts";
import { addDaysIso, cohortWeekDates, daysBetween, mondayOf, type IsoDate } from "../lib/worklog/dates.ts";
import type { WorklogWeek } from "../lib/worklog/week.ts";
import { ProgramBuilder, type WeekPlan } from "../prisma/builder.ts";
import { progressBar } from "./lib/progress-bar.ts";
import {
  BENCH_WEEKS,
  benchCohorts,
  benchWeekPage,
  type BenchCohort,
  DEMO_MENTOR_OF_COHORT_1,
  parseScale,
  prng,
  uuidFrom,
} from "./bench/dataset.ts";

export async function seedLarge(options: {
  url: string;
  today: string;
  /** 20 × scale cohorts (default 1). */
  scale?: number;
  quiet?: boolean;
}): Promise<{ created: boolean }> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: options.url }) });
  try {
    const cohorts = benchCohorts(options.scale ?? 1);
    const present = await db.cohort.count({ where: { name: { in: cohorts.map((c) => c.name) } } });
    if (present >= cohorts.length) {
      if (!options.quiet) console.log(`Large dataset: its ${cohorts.length} cohorts are present, left as they are.`);
      return { created: false };
    }
    const demoMentor = await db.user.findUnique({ where: { email: DEMO_MENTOR_OF_COHORT_1 }, select: { id: true } });
    const started = Date.now();
    const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
    const chunks = planLargeDataset(options.today, demoMentor?.id, cohorts);
    // Chunks already written (each is one transaction, so a seed cut short left whole chunks).
    const skip = Math.floor(present / COHORTS_PER_CHUNK);
    const toWrite = chunks.length - skip;
    let bar: { step(message: string): void; done(message: string): void } = { step() {}, done() {} };
    const totals = { cohorts: 0, enrollments: 0, mentorships: 0, weeks: 0, days: 0, tasks: 0 };
    for (const [n, next] of chunks.entries()) {
      const program = next();
      if (n < skip) continue;
      if (n === skip && !options.quiet) bar = progressBar("Seeding the large dataset", toWrite * program.steps() + 1);
      const part = toWrite > 1 ? `cohorts ${n * COHORTS_PER_CHUNK + 1}-${(n + 1) * COHORTS_PER_CHUNK}: ` : "";
      await program.write(db, {
        now: new Date(`${options.today}T12:00:00Z`),
        onStep: (message) => bar.step(`${part}${message} (${seconds()} s)`),
      });
      for (const [key, value] of Object.entries(program.size())) totals[key as keyof typeof totals] += value;
    }
    // Fresh planner statistics, as a database that has lived with this data would have.
    await db.$executeRaw`ANALYZE`;
    bar.step("analyze");
    bar.done(
      `${totals.cohorts} cohorts, ${totals.enrollments} interns, ${totals.mentorships} mentor places, ${totals.weeks} weeks, ${totals.days} days, ${totals.tasks} tasks (today ${options.today}) in ${seconds()} s`,
    );
    return { created: true };
  } finally {
    await db.$disconnect();
  }
}

/** Cohorts written per transaction: a builder's worth in memory at a time whatever the scale. */
const COHORTS_PER_CHUNK = 20;

/** The dataset's random draws, in the one order that makes it the same every time. */
interface Draw {
  random: () => number;
  chance: (p: number) => boolean;
  id: () => string;
}

/**
 * The dataset as chunks of 20 cohorts, each planned when asked for (in order: one stream of draws
 * runs through them all, so chunk n is the same whether or not the ones before it are written).
 */
function planLargeDataset(
  today: IsoDate,
  demoMentorId: string | undefined,
  cohorts: BenchCohort[],
): (() => ProgramBuilder)[] {
  const random = prng(7_000_001);
  const draw: Draw = { random, chance: (p) => random() < p, id: () => uuidFrom(random) };
  const chunks: (() => ProgramBuilder)[] = [];
  for (let from = 0; from < cohorts.length; from += COHORTS_PER_CHUNK) {
    chunks.push(() => {
      const program = new ProgramBuilder();
      for (const bench of cohorts.slice(from, from + COHORTS_PER_CHUNK))
        planCohort(program, draw, bench, today, demoMentorId);
      return program;
    });
  }
  return chunks;
}

function planCohort(
  program: ProgramBuilder,
  draw: Draw,
  bench: BenchCohort,
  today: IsoDate,
  demoMentorId: string | undefined,
): void {
  const startDate = addDaysIso(mondayOf(today), -7 * (bench.currentWeek - 1));
  const cohort = program.cohort({ id: draw.id(), name: bench.name, startDate, weekCount: BENCH_WEEKS });
  const mentorIds = bench.mentors.map((mentor) => {
    const { id } = program.person({ id: draw.id(), email: mentor.email, name: mentor.name, role: "MENTOR" });
    program.mentor(cohort, id);
    return id;
  });
  if (bench.index === 1 && demoMentorId) program.mentor(cohort, demoMentorId);
  const reviewerId = mentorIds[0]!;
  const pages = Array.from({ length: BENCH_WEEKS }, (_, k) => {
    const dates = cohortWeekDates(startDate, k + 1);
    return benchWeekPage(k + 1, dates.startDate, dates.endDate < today);
  });
  for (const [i, intern] of bench.interns.entries()) {
    const { id } = program.person({ id: draw.id(), email: intern.email, name: intern.name, role: "INTERN" });
    // The cohort split among its own mentors in turn (the demo mentor, a guest in cohort 01, gets none).
    program.enroll(cohort, id, mentorIds[i % mentorIds.length] ?? null);
    // How diligent this intern is: most do most of their tasks.
    const diligence = 1 - 0.45 * draw.random() ** 2;
    const week: InternWeek = { cohortStart: startDate, today, diligence, currentWeek: bench.currentWeek, reviewerId };
    for (const page of pages) program.week(cohort, id, planWeek(draw, page, week));
  }
}

interface InternWeek {
  cohortStart: IsoDate;
  today: IsoDate;
  diligence: number;
  currentWeek: number;
  reviewerId: string;
}

/** One intern's week: its status and share done (past weeks), its ticks, its review, its rows' ids. */
function planWeek(draw: Draw, page: WorklogWeek, c: InternWeek): WeekPlan {
  const { endDate } = cohortWeekDates(c.cohortStart, page.number);
  const past = endDate < c.today;
  let status: WeekStatus = "DRAFT";
  let share = 0;
  if (past) {
    status = pastWeekStatus(draw.random(), page.number <= c.currentWeek - 2);
    share =
      status === "APPROVED" && draw.chance(0.8)
        ? 1
        : Math.min(1, Math.max(0, c.diligence + (draw.random() - 0.5) * 0.3));
  }
  const submittedAt = status === "DRAFT" ? null : new Date(`${endDate}T18:00:00Z`);
  const approvedAt = status === "APPROVED" ? new Date(`${addDaysIso(endDate, 1)}T09:00:00Z`) : null;
  const weekId = draw.id();
  const itemIds = [...page.objectives, ...page.achievements].map(() => draw.id());
  const dayIds: string[] = [];
  const taskIds: string[][] = [];
  const done = page.days.map((day) => {
    dayIds.push(draw.id());
    const ids: string[] = [];
    taskIds.push(ids);
    return day.tasks.map(() => {
      const ticked = past ? share === 1 || draw.chance(share) : tickedSoFar(draw, day.startDate!, c);
      ids.push(draw.id());
      return ticked;
    });
  });
  return {
    week: page,
    status,
    submittedAt,
    approvedAt,
    doneAt: (d, t) => (done[d]?.[t] ? new Date(`${page.days[d]!.startDate}T16:00:00Z`) : null),
    ids: { week: weekId, items: itemIds, days: dayIds, tasks: taskIds },
    ...review(draw, { number: page.number, status, endDate, approvedAt, reviewerId: c.reviewerId }),
  };
}

/** The mentor's decision on a reviewed week, with a comment when sent back (and now and then on approval). */
function review(
  draw: Draw,
  week: { number: number; status: WeekStatus; endDate: IsoDate; approvedAt: Date | null; reviewerId: string },
): Pick<WeekPlan, "decisions" | "comments"> {
  const { number, reviewerId } = week;
  if (week.status === "APPROVED") {
    const at = week.approvedAt!;
    const decisions = [{ id: draw.id(), reviewerId, decision: "APPROVED" as const, at }];
    const praised = draw.chance(0.15);
    return {
      decisions,
      comments: praised ? [{ id: draw.id(), authorId: reviewerId, body: `Good work on week ${number}.`, at }] : [],
    };
  }
  if (week.status === "CHANGES_REQUESTED") {
    const at = new Date(`${addDaysIso(week.endDate, 1)}T09:00:00Z`);
    const body = `Please add what you learned in the labs of week ${number}.`;
    return {
      decisions: [{ id: draw.id(), reviewerId, decision: "CHANGES_REQUESTED", at }],
      comments: [{ id: draw.id(), authorId: reviewerId, body, at }],
    };
  }
  return {};
}

/** Older weeks are mostly approved; last week's mostly still waiting for review. */
function pastWeekStatus(r: number, older: boolean): WeekStatus {
  const [approved, submitted, returned] = older ? [0.72, 0.82, 0.9] : [0.3, 0.75, 0.82];
  return r < approved ? "APPROVED" : r < submitted ? "SUBMITTED" : r < returned ? "CHANGES_REQUESTED" : "DRAFT";
}

/** A task of a week not yet over: days before today as diligent as the intern, today a third of that, later ones not. */
function tickedSoFar(draw: Draw, date: IsoDate, c: InternWeek): boolean {
  const offset = daysBetween(date, c.today);
  return offset > 0 ? draw.chance(c.diligence) : offset === 0 ? draw.chance(c.diligence / 3) : false;
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
    await seedLarge({ url: database.url, today, scale: parseScale(argValue("--scale")) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  } finally {
    await database.close();
  }
  process.exit(code);
}
