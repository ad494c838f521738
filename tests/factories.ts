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
