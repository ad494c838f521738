// Factories shared by tests (and the shapes the seed uses): real rows in the real database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import type { Role } from "@/lib/generated/prisma/client";
import { DEMO_COHORT_NAME } from "../prisma/demo-data";
import { seed } from "../prisma/seed";

const unique = () => randomUUID().slice(0, 8);

export async function createUser(overrides: { email?: string; name?: string; role?: Role | null } = {}) {
  const tag = unique();
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${tag}@example.com`,
      name: overrides.name ?? `User ${tag}`,
      role: overrides.role === undefined ? "INTERN" : overrides.role,
    },
  });
}

export async function createCohort(overrides: { name?: string; startDate?: string; weekCount?: number } = {}) {
  return db.cohort.create({
    data: {
      name: overrides.name ?? `Cohort ${unique()}`,
      startDate: new Date(`${overrides.startDate ?? "2026-01-05"}T00:00:00Z`),
      weekCount: overrides.weekCount ?? 12,
    },
  });
}

export async function createIntern(options: { cohortId: string; email?: string; name?: string }) {
  const user = await createUser({ email: options.email, name: options.name, role: "INTERN" });
  await db.enrollment.create({ data: { userId: user.id, cohortId: options.cohortId } });
  return user;
}

export async function createMentor(options: { cohortIds: string[]; email?: string; name?: string }) {
  const user = await createUser({ email: options.email, name: options.name, role: "MENTOR" });
  await db.cohortMentor.createMany({ data: options.cohortIds.map((cohortId) => ({ cohortId, mentorId: user.id })) });
  return user;
}

/** A small week: two days with two tasks each, one objective, one achievement. */
export async function createWeek(options: {
  internId: string;
  cohortId: string;
  number: number;
  status?: "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED";
}) {
  const start = `2026-01-${String(5 + 7 * (options.number - 1)).padStart(2, "0")}`;
  const startDate = new Date(`${start}T00:00:00Z`);
  const endDate = new Date(startDate.getTime() + 6 * 86_400_000);
  const status = options.status ?? "DRAFT";
  return db.week.create({
    data: {
      internId: options.internId,
      cohortId: options.cohortId,
      number: options.number,
      title: `Week ${options.number} Worklog`,
      startDate,
      endDate,
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
      approvedAt: status === "APPROVED" ? new Date() : null,
      frontMatter: { title: `Week ${options.number} Worklog` },
      items: {
        create: [
          { kind: "OBJECTIVE", position: 0, text: "Learn the basics" },
          { kind: "ACHIEVEMENT", position: 0, text: "Learned the basics" },
        ],
      },
      days: {
        create: [0, 1].map((position) => ({
          position,
          label: ["Mon", "Tue"][position]!,
          startDate: new Date(startDate.getTime() + position * 86_400_000),
          endDate: new Date(startDate.getTime() + position * 86_400_000),
          tasks: { create: [0, 1].map((p) => ({ position: p, text: `Task ${position + 1}.${p + 1}` })) },
        })),
      },
    },
  });
}

/**
 * A cohort of `interns` interns, each with weeks 1..`weeks` (one day of `tasks` tasks, the first
 * `done(intern, week)` of them ticked), written in a few bulk inserts whatever the size, for tests
 * of the cohort grid at scale.
 */
export async function createCohortWithWeeks(options: {
  interns: number;
  weeks: number;
  tasks?: number;
  startDate?: string;
  name?: string;
  mentorIds?: string[];
  internName?: (index: number) => string;
  status?: (intern: number, week: number) => "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED";
  done?: (intern: number, week: number) => number;
}) {
  const tasks = options.tasks ?? 3;
  const startDate = options.startDate ?? "2026-01-05";
  const cohort = await createCohort({ name: options.name, startDate, weekCount: options.weeks });
  const tag = unique();
  const interns = Array.from({ length: options.interns }, (_, i) => ({
    id: randomUUID(),
    email: `intern-${tag}-${i}@example.com`,
    name: options.internName?.(i) ?? `Intern ${tag} ${String(i).padStart(3, "0")}`,
    role: "INTERN" as const,
  }));
  await db.user.createMany({ data: interns });
  await db.enrollment.createMany({ data: interns.map((u) => ({ userId: u.id, cohortId: cohort.id })) });
  if (options.mentorIds?.length) {
    await db.cohortMentor.createMany({
      data: options.mentorIds.map((mentorId) => ({ cohortId: cohort.id, mentorId })),
    });
  }
  const day = (offset: number) => new Date(Date.parse(`${startDate}T00:00:00Z`) + offset * 86_400_000);
  const weeks = interns.flatMap((intern, i) =>
    Array.from({ length: options.weeks }, (_, w) => {
      const status = options.status?.(i, w + 1) ?? "DRAFT";
      return {
        id: randomUUID(),
        internId: intern.id,
        cohortId: cohort.id,
        number: w + 1,
        title: `Week ${w + 1} Worklog`,
        startDate: day(7 * w),
        endDate: day(7 * w + 6),
        status,
        submittedAt: status === "DRAFT" ? null : day(7 * w + 6),
        approvedAt: status === "APPROVED" ? day(7 * w + 7) : null,
        frontMatter: { title: `Week ${w + 1} Worklog` },
        intern: i,
      };
    }),
  );
  await db.week.createMany({ data: weeks.map(({ intern: _intern, ...week }) => week) });
  const days = weeks.map((week) => ({
    id: randomUUID(),
    weekId: week.id,
    position: 0,
    label: "Mon",
    startDate: week.startDate,
    endDate: week.startDate,
  }));
  await db.day.createMany({ data: days });
  await db.task.createMany({
    data: weeks.flatMap((week, index) => {
      const done = Math.min(options.done?.(week.intern, week.number) ?? 0, tasks);
      return Array.from({ length: tasks }, (_, p) => ({
        dayId: days[index]!.id,
        position: p,
        text: `Task ${p + 1}`,
        done: p < done,
        doneAt: p < done ? week.startDate : null,
      }));
    }),
  });
  return {
    cohort,
    interns: interns.map(({ id, email, name }) => ({ id, email, name })),
    weeks: weeks.map(({ id, internId, number }) => ({ id, internId, number })),
  };
}

/** The demo module catalogue (curriculum weeks 1 to 5), as the seed loads it. */
export async function createModuleCatalogue() {
  const { MODULE_CATALOGUE } = await import("../prisma/demo-data");
  await db.module.createMany({ data: MODULE_CATALOGUE, skipDuplicates: true });
}

/** The demo data as prisma/seed.ts plants it for `today` (10:00 UTC), with the demo mentor and the demo cohort. */
export async function seedDemo(today: string): Promise<{ mentor: Viewer; cohortId: string }> {
  await seed({ today: new Date(`${today}T10:00:00Z`), quiet: true });
  const mentor = (await viewerById((await db.user.findUniqueOrThrow({ where: { email: "mentor@example.com" } })).id))!;
  const cohortId = (await db.cohort.findUniqueOrThrow({ where: { name: DEMO_COHORT_NAME } })).id;
  return { mentor, cohortId };
}
