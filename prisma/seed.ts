// Idempotent demo data: `npm run db:seed`, and `npm start` on every start. It adds what is missing
// and never overwrites what users changed (a second start keeps the first one's data). Written
// through the builder that the test factories and the large dataset use (prisma/builder.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { progressBar } from "../scripts/lib/progress-bar.ts";
import {
  addDaysIso,
  cohortWeekDates,
  DEFAULT_TIME_ZONE,
  mondayOf,
  todayIn,
  type IsoDate,
} from "../lib/worklog/dates.ts";
import { parseWorklog } from "../lib/worklog/markdown.ts";
import type { WorklogWeek } from "../lib/worklog/week.ts";
import type { WeekStatus } from "../lib/generated/prisma/client.ts";
import { ProgramBuilder, type WeekPlan } from "./builder.ts";
import { demoCurriculumWeek, DEMO_COHORT_NAME, DEMO_USERS, MODULE_CATALOGUE } from "./demo-data.ts";

interface DemoWeekPlan {
  number: number;
  status: WeekStatus;
  /** Share of the week's tasks that are done, in task order. */
  done: number;
  comment?: string;
}

/** Who has which weeks: enough variety for the dashboard, the cohort grid and the review queue. */
const PLANS: Record<string, DemoWeekPlan[]> = {
  "intern@example.com": [
    { number: 1, status: "APPROVED", done: 1 },
    { number: 2, status: "APPROVED", done: 1 },
    { number: 3, status: "SUBMITTED", done: 0.9 },
    { number: 4, status: "DRAFT", done: 0.6 },
    { number: 5, status: "DRAFT", done: -1 }, // -1: the days before today are done
  ],
  "intern2@example.com": [
    { number: 1, status: "APPROVED", done: 1 },
    { number: 2, status: "SUBMITTED", done: 1 },
    { number: 3, status: "CHANGES_REQUESTED", done: 0.7, comment: "Please add what you learned in the VPC labs." },
    { number: 4, status: "DRAFT", done: 0.3 },
  ],
  "intern3@example.com": [
    { number: 1, status: "SUBMITTED", done: 0.8 },
    { number: 2, status: "DRAFT", done: 0.4 },
    { number: 3, status: "DRAFT", done: 0 },
  ],
};

export async function seed(options: { today?: Date; quiet?: boolean } = {}): Promise<void> {
  const { db } = await import("../lib/server/db.ts");
  const { programToday } = await import("../lib/server/today.ts");
  const todayIso = options.today ? todayIn(DEFAULT_TIME_ZONE, options.today) : programToday();
  const program = new ProgramBuilder();
  program.modules(MODULE_CATALOGUE);
  // Who is missing is added; who is there (maybe renamed since) is left as they are.
  const emails = DEMO_USERS.map((user) => user.email);
  const stored = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const idOf = new Map(stored.map((user) => [user.email, user.id]));
  for (const user of DEMO_USERS) if (!idOf.has(user.email)) idOf.set(user.email, program.person(user).id);

  const present = await db.cohort.findUnique({ where: { name: DEMO_COHORT_NAME }, select: { id: true } });
  // Week 5 is the current week, so that today has tasks to tick.
  const cohortStart = addDaysIso(mondayOf(todayIso), -28);
  if (!present) planDemoCohort(program, { cohortStart, todayIso, userId: (email) => idOf.get(email)! });
  const bar = options.quiet ? { step() {}, done() {} } : progressBar("Seeding demo data", program.steps());
  await program.write(db, { onStep: (message) => bar.step(message) });
  const weekCount = Object.values(PLANS).reduce((n, plan) => n + plan.length, 0);
  bar.done(
    present
      ? "the demo cohort is already present, left as it is"
      : `cohort "${DEMO_COHORT_NAME}" starting ${cohortStart}, ${weekCount} weeks`,
  );
}

/** The demo cohort: its mentor, its interns (assigned to that mentor) and their weeks as PLANS says. */
function planDemoCohort(
  program: ProgramBuilder,
  context: { cohortStart: IsoDate; todayIso: IsoDate; userId: (email: string) => string },
): void {
  const cohort = program.cohort({ name: DEMO_COHORT_NAME, startDate: context.cohortStart, weekCount: 12 });
  const mentorId = context.userId("mentor@example.com");
  program.mentor(cohort, mentorId);
  for (const [email, plans] of Object.entries(PLANS)) {
    const internId = context.userId(email);
    program.enroll(cohort, internId, mentorId);
    for (const plan of plans) program.week(cohort, internId, demoWeek(plan, { ...context, mentorId }));
  }
}

function demoWeek(
  plan: DemoWeekPlan,
  context: { cohortStart: IsoDate; todayIso: IsoDate; mentorId: string },
): WeekPlan {
  const { startDate, endDate } = cohortWeekDates(context.cohortStart, plan.number);
  const dayDates = Array.from({ length: 7 }, (_, i) => addDaysIso(startDate, i));
  const week = plan.number === 5 ? fixtureWeek(dayDates) : demoCurriculumWeek(plan.number, dayDates);
  const taskCount = week.days.reduce((n, d) => n + d.tasks.length, 0);
  const doneCount = Math.round(Math.max(plan.done, 0) * taskCount);
  const ordinal = taskOrdinals(week);
  const submittedAt = plan.status === "DRAFT" ? null : new Date(`${endDate}T18:00:00Z`);
  const approvedAt = plan.status === "APPROVED" ? new Date(`${addDaysIso(endDate, 1)}T09:00:00Z`) : null;
  const reviewerId = context.mentorId;
  return {
    week,
    status: plan.status,
    submittedAt,
    approvedAt,
    doneAt: (dayIndex, taskIndex) => {
      const dayDate = week.days[dayIndex]?.startDate ?? startDate;
      const done = plan.done < 0 ? dayDate < context.todayIso : ordinal(dayIndex, taskIndex) < doneCount;
      return done ? new Date(`${dayDate}T16:00:00Z`) : null;
    },
    decisions:
      plan.status === "APPROVED" || plan.status === "CHANGES_REQUESTED"
        ? [{ reviewerId, decision: plan.status, at: approvedAt ?? submittedAt! }]
        : [],
    comments: plan.comment ? [{ authorId: reviewerId, body: plan.comment }] : [],
  };
}

/** The real FCJ week 5 page, its days moved onto this cohort's week 5 (the front matter keeps its date). */
function fixtureWeek(dayDates: string[]): WorklogWeek {
  const markdown = readFileSync(path.join(import.meta.dirname, "demo", "week5.en.md"), "utf8");
  const { week } = parseWorklog(markdown);
  return {
    ...week,
    days: week.days.map((day, index) => {
      const { startText: _start, endText: _end, ...rest } = day;
      return { ...rest, startDate: dayDates[index], endDate: dayDates[index] };
    }),
  };
}

function taskOrdinals(week: WorklogWeek) {
  const offsets: number[] = [];
  let total = 0;
  for (const day of week.days) {
    offsets.push(total);
    total += day.tasks.length;
  }
  return (dayIndex: number, taskIndex: number) => (offsets[dayIndex] ?? 0) + taskIndex;
}
