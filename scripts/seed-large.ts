// `npm run db:seed:large`: the benchmark dataset (docs/PERFORMANCE.md). 20 cohorts × 50 interns ×
// 12 weeks × 7 days × 3 tasks (252,000 tasks) with realistic progress and review states, two
// mentors per cohort (its interns assigned to them in turn), and the demo mentor also mentoring cohort 01. Deterministic (seeded PRNG,
// ids included) for a given "today" (--today, default the program's today; the bench pins
// BENCH_TODAY). Written through the builder the demo seed and the test factories use
// (prisma/builder.ts: bulk statements in one transaction). Idempotent: when the bench cohorts exist
// it leaves the database as it is.
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
  cohortName,
  DEMO_MENTOR_OF_COHORT_1,
  prng,
  uuidFrom,
} from "./bench/dataset.ts";

export async function seedLarge(options: {
  url: string;
  today: string;
  quiet?: boolean;
}): Promise<{ created: boolean }> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: options.url }) });
  try {
    if (await db.cohort.findUnique({ where: { name: cohortName(1) }, select: { id: true } })) {
      if (!options.quiet) console.log("Large dataset: already present, left as it is.");
      return { created: false };
    }
    const demoMentor = await db.user.findUnique({ where: { email: DEMO_MENTOR_OF_COHORT_1 }, select: { id: true } });
    const started = Date.now();
    const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
    const program = planLargeDataset(options.today, demoMentor?.id);
    const bar = options.quiet
      ? { step() {}, done() {} }
      : progressBar("Seeding the large dataset", program.steps() + 1);
    await program.write(db, {
      now: new Date(`${options.today}T12:00:00Z`),
      onStep: (message) => bar.step(`${message} (${seconds()} s)`),
    });
    // Fresh planner statistics, as a database that has lived with this data would have.
    await db.$executeRaw`ANALYZE`;
    bar.step("analyze");
    const size = program.size();
    bar.done(
      `${size.cohorts} cohorts, ${size.enrollments} interns, ${size.mentorships} mentor places, ${size.weeks} weeks, ${size.days} days, ${size.tasks} tasks (today ${options.today}) in ${seconds()} s`,
    );
    return { created: true };
  } finally {
    await db.$disconnect();
  }
}

/** The dataset's random draws, in the one order that makes it the same every time. */
interface Draw {
  random: () => number;
  chance: (p: number) => boolean;
  id: () => string;
}

function planLargeDataset(today: IsoDate, demoMentorId: string | undefined): ProgramBuilder {
  const program = new ProgramBuilder();
  const random = prng(7_000_001);
  const draw: Draw = { random, chance: (p) => random() < p, id: () => uuidFrom(random) };
  for (const bench of benchCohorts()) {
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
      const diligence = 1 - 0.45 * random() ** 2;
      const week: InternWeek = { cohortStart: startDate, today, diligence, currentWeek: bench.currentWeek, reviewerId };
      for (const page of pages) program.week(cohort, id, planWeek(draw, page, week));
    }
  }
  return program;
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
    await seedLarge({ url: database.url, today });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    code = 1;
  } finally {
    await database.close();
  }
  process.exit(code);
}
