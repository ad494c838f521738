// Factories shared by tests: real rows in the real database, written through the builder the seeds
// use (prisma/builder.ts), so a test's weeks are stored exactly as the app and the seeds store them.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import type { Role, WeekStatus } from "@/lib/generated/prisma/client";
import { addDaysIso, cohortWeekDates, dbDateFromIso, isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import type { WorklogWeek } from "@/lib/worklog/week";
import { ProgramBuilder } from "../prisma/builder";
import { DEMO_COHORT_NAME, MODULE_CATALOGUE } from "../prisma/demo-data";
import { seed } from "../prisma/seed";

const unique = () => randomUUID().slice(0, 8);

/** Describes something with a builder, writes it, and answers what `describe` answered. */
async function written<T>(describe: (program: ProgramBuilder) => T): Promise<T> {
  const program = new ProgramBuilder();
  const result = describe(program);
  await program.write(db);
  return result;
}

function newPerson(overrides: { email?: string; name?: string }, role: Role | null) {
  const tag = unique();
  return { email: overrides.email ?? `user-${tag}@example.com`, name: overrides.name ?? `User ${tag}`, role };
}

export async function createUser(overrides: { email?: string; name?: string; role?: Role | null } = {}) {
  const role = overrides.role === undefined ? "INTERN" : overrides.role;
  const { id } = await written((program) => program.person(newPerson(overrides, role)));
  return db.user.findUniqueOrThrow({ where: { id } });
}

export async function createCohort(overrides: { name?: string; startDate?: string; weekCount?: number } = {}) {
  const { id } = await written((program) =>
    program.cohort({
      name: overrides.name ?? `Cohort ${unique()}`,
      startDate: overrides.startDate ?? "2026-01-05",
      weekCount: overrides.weekCount ?? 12,
    }),
  );
  return db.cohort.findUniqueOrThrow({ where: { id } });
}

/** An intern of the cohort, assigned to `mentorId` (a mentor of that cohort) when given. */
export async function createIntern(options: { cohortId: string; email?: string; name?: string; mentorId?: string }) {
  const { id } = await written((program) => {
    const intern = program.person(newPerson(options, "INTERN"));
    program.enroll({ id: options.cohortId }, intern.id, options.mentorId ?? null);
    return intern;
  });
  return db.user.findUniqueOrThrow({ where: { id } });
}

export async function createMentor(options: { cohortIds: string[]; email?: string; name?: string }) {
  const { id } = await written((program) => {
    const mentor = program.person(newPerson(options, "MENTOR"));
    for (const cohortId of options.cohortIds) program.mentor({ id: cohortId }, mentor.id);
    return mentor;
  });
  return db.user.findUniqueOrThrow({ where: { id } });
}

/** A plain week page from `startDate`: these days, `tasks` tasks a day named by `taskText`. */
function plainWeek(
  number: number,
  startDate: IsoDate,
  shape: { days: string[]; tasks: number; taskText: (day: number, task: number) => string; items?: boolean },
): WorklogWeek {
  return {
    number,
    frontMatter: { title: `Week ${number} Worklog` },
    objectives: shape.items ? ["Learn the basics"] : [],
    achievements: shape.items ? ["Learned the basics"] : [],
    days: shape.days.map((label, day) => ({
      label,
      startDate: addDaysIso(startDate, day),
      endDate: addDaysIso(startDate, day),
      references: [],
      tasks: Array.from({ length: shape.tasks }, (_, task) => ({
        text: shape.taskText(day, task),
        subItems: [],
        moduleCodes: [],
      })),
    })),
    extraSections: [],
  };
}

/** A small week on its cohort's calendar: two days with two tasks each, one objective, one achievement. */
export async function createWeek(options: { internId: string; cohortId: string; number: number; status?: WeekStatus }) {
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: options.cohortId }, select: { startDate: true } });
  const startDate = isoDateFromDb(cohort.startDate);
  const status = options.status ?? "DRAFT";
  const { id } = await written((program) =>
    program.week({ id: options.cohortId, startDate }, options.internId, {
      week: plainWeek(options.number, cohortWeekDates(startDate, options.number).startDate, {
        days: ["Mon", "Tue"],
        tasks: 2,
        taskText: (day, task) => `Task ${day + 1}.${task + 1}`,
        items: true,
      }),
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
      approvedAt: status === "APPROVED" ? new Date() : null,
    }),
  );
  return db.week.findUniqueOrThrow({ where: { id } });
}

/**
 * A cohort of `interns` interns, each with weeks 1..`weeks` (one day of `tasks` tasks, the first
 * `done(intern, week)` of them ticked), written in a few bulk statements whatever the size, for
 * tests of the cohort grid at scale.
 */
export async function createCohortWithWeeks(options: {
  interns: number;
  weeks: number;
  tasks?: number;
  startDate?: string;
  name?: string;
  mentorIds?: string[];
  internName?: (index: number) => string;
  /** The mentor intern `index` is assigned to (one of mentorIds), or null. */
  mentorOf?: (index: number) => string | null;
  status?: (intern: number, week: number) => WeekStatus;
  done?: (intern: number, week: number) => number;
}) {
  const tasks = options.tasks ?? 3;
  const tag = unique();
  const { cohortId, interns, weeks } = await written((program) => {
    const cohort = program.cohort({
      name: options.name ?? `Cohort ${unique()}`,
      startDate: options.startDate ?? "2026-01-05",
      weekCount: options.weeks,
    });
    for (const mentorId of options.mentorIds ?? []) program.mentor(cohort, mentorId);
    const interns = Array.from({ length: options.interns }, (_, i) => {
      const name = options.internName?.(i) ?? `Intern ${tag} ${String(i).padStart(3, "0")}`;
      const intern = program.person({ email: `intern-${tag}-${i}@example.com`, name, role: "INTERN" });
      program.enroll(cohort, intern.id, options.mentorOf?.(i) ?? null);
      return intern;
    });
    const weeks = interns.flatMap((intern, i) =>
      Array.from({ length: options.weeks }, (_, w) => {
        const number = w + 1;
        const { startDate, endDate } = cohortWeekDates(cohort.startDate, number);
        const status = options.status?.(i, number) ?? "DRAFT";
        const done = Math.min(options.done?.(i, number) ?? 0, tasks);
        const placed = program.week(cohort, intern.id, {
          week: plainWeek(number, startDate, { days: ["Mon"], tasks, taskText: (_day, task) => `Task ${task + 1}` }),
          status,
          submittedAt: status === "DRAFT" ? null : dbDateFromIso(endDate),
          approvedAt: status === "APPROVED" ? dbDateFromIso(addDaysIso(endDate, 1)) : null,
          doneAt: (_day, task) => (task < done ? dbDateFromIso(startDate) : null),
        });
        return { id: placed.id, internId: intern.id, number };
      }),
    );
    return { cohortId: cohort.id, interns, weeks };
  });
  return {
    cohort: await db.cohort.findUniqueOrThrow({ where: { id: cohortId } }),
    interns: interns.map(({ id, email, name }) => ({ id, email, name })),
    weeks,
  };
}

/** The demo module catalogue (curriculum weeks 1 to 5), as the seed loads it. */
export async function createModuleCatalogue() {
  await written((program) => program.modules(MODULE_CATALOGUE));
}

/** The demo data as prisma/seed.ts plants it for `today` (10:00 UTC), with the demo mentor and the demo cohort. */
export async function seedDemo(today: string): Promise<{ mentor: Viewer; cohortId: string }> {
  await seed({ today: new Date(`${today}T10:00:00Z`), quiet: true });
  const mentor = (await viewerById((await db.user.findUniqueOrThrow({ where: { email: "mentor@example.com" } })).id))!;
  const cohortId = (await db.cohort.findUniqueOrThrow({ where: { name: DEMO_COHORT_NAME } })).id;
  return { mentor, cohortId };
}
