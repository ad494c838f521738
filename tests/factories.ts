// Factories shared by tests (and the shapes the seed uses): real rows in the real database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import type { Role } from "@/lib/generated/prisma/client";

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
