// Idempotent demo data: `npm run db:seed`, and `npm start` on every start. It adds what is missing
// and never overwrites what users changed (a second start keeps the first one's data).
import { readFileSync } from "node:fs";
import path from "node:path";
import { progressBar } from "../scripts/lib/progress-bar.ts";
import { addDaysIso, cohortWeekDates, DEFAULT_TIME_ZONE, mondayOf, todayIn } from "../lib/worklog/dates.ts";
import { parseWorklog } from "../lib/worklog/markdown.ts";
import type { WorklogWeek } from "../lib/worklog/week.ts";
import type { WeekStatus } from "../lib/generated/prisma/client.ts";
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
  const { insertWeekContent } = await import("../lib/server/data/week-content.ts");
  const { programToday } = await import("../lib/server/today.ts");
  const todayIso = options.today ? todayIn(DEFAULT_TIME_ZONE, options.today) : programToday();
  const weekCount = Object.values(PLANS).reduce((n, plan) => n + plan.length, 0);
  const bar = options.quiet ? { step() {}, done() {} } : progressBar("Seeding demo data", 3 + weekCount);

  await db.module.createMany({ data: MODULE_CATALOGUE, skipDuplicates: true });
  bar.step(`${MODULE_CATALOGUE.length} modules`);
  await db.user.createMany({
    data: DEMO_USERS.map(({ email, name, role }) => ({ email, name, role })),
    skipDuplicates: true,
  });
  bar.step(`${DEMO_USERS.length} people`);

  if (await db.cohort.findUnique({ where: { name: DEMO_COHORT_NAME }, select: { id: true } })) {
    bar.done("already present, left as it is");
    return;
  }
  // Week 5 is the current week, so that today has tasks to tick.
  const cohortStart = addDaysIso(mondayOf(todayIso), -28);
  const users = new Map(
    (await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })).map((u) => [u.email, u]),
  );
  const userId = (email: string) => users.get(email)!.id;
  const mentorId = userId("mentor@example.com");

  await db.$transaction(async (tx) => {
    const cohort = await tx.cohort.create({
      data: { name: DEMO_COHORT_NAME, startDate: new Date(`${cohortStart}T00:00:00Z`), weekCount: 12 },
    });
    await tx.cohortMentor.create({ data: { cohortId: cohort.id, mentorId } });
    await tx.enrollment.createMany({
      data: Object.keys(PLANS).map((email) => ({ userId: userId(email), cohortId: cohort.id })),
    });
    bar.step("cohort");

    for (const [email, plans] of Object.entries(PLANS)) {
      for (const plan of plans) {
        const { startDate, endDate } = cohortWeekDates(cohortStart, plan.number);
        const dayDates = Array.from({ length: 7 }, (_, i) => addDaysIso(startDate, i));
        const week = plan.number === 5 ? fixtureWeek(dayDates) : demoCurriculumWeek(plan.number, dayDates);
        const taskCount = week.days.reduce((n, d) => n + d.tasks.length, 0);
        const doneCount = Math.round(Math.max(plan.done, 0) * taskCount);
        const ordinal = taskOrdinals(week);
        const submittedAt = plan.status === "DRAFT" ? null : new Date(`${endDate}T18:00:00Z`);
        const approvedAt = plan.status === "APPROVED" ? new Date(`${addDaysIso(endDate, 1)}T09:00:00Z`) : null;
        const { id: weekId } = await insertWeekContent(tx, {
          internId: userId(email),
          cohortId: cohort.id,
          week,
          startDate,
          endDate,
          status: plan.status,
          submittedAt,
          approvedAt,
          doneAt: (dayIndex, taskIndex) => {
            const dayDate = week.days[dayIndex]?.startDate ?? startDate;
            const done = plan.done < 0 ? dayDate < todayIso : ordinal(dayIndex, taskIndex) < doneCount;
            return done ? new Date(`${dayDate}T16:00:00Z`) : null;
          },
        });
        if (plan.status === "APPROVED" || plan.status === "CHANGES_REQUESTED") {
          await tx.reviewDecision.create({
            data: { weekId, reviewerId: mentorId, decision: plan.status, createdAt: approvedAt ?? submittedAt! },
          });
        }
        if (plan.comment) await tx.reviewComment.create({ data: { weekId, authorId: mentorId, body: plan.comment } });
        bar.step(`${email} week ${plan.number}`);
      }
    }
  });
  bar.done(`cohort "${DEMO_COHORT_NAME}" starting ${cohortStart}, ${weekCount} weeks`);
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
