// The admin's operations through the data layer (cohorts, people, moving an intern, the module
// catalogue), who may use them, their audit trail, and the per-week audit view.
import { refusalInEnglish } from "../support/words";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { addPersonToCohort, createCohort, getAdminOverview, moveIntern, saveModule } from "@/lib/server/data/admin";
import { listWeekAudit } from "@/lib/server/data/audit-log";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/data/errors";
import { getCohortGrid } from "@/lib/server/data/grid";
import { addReviewComment, decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { setTaskDone } from "@/lib/server/data/tasks";
import { recordSignIn } from "@/lib/server/data/users";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { getWeek } from "@/lib/server/data/weeks";
import { addPersonSchema, createCohortSchema, moduleSchema } from "@/lib/schemas/admin";
import { createCohort as makeCohort, createIntern, createMentor, createUser, createWeek } from "../factories";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

let admin: Viewer;
let intern: Viewer;
let mentor: Viewer;

beforeEach(async () => {
  admin = await viewer((await createUser({ role: "ADMIN", name: "Ada Admin" })).id);
  const cohort = await makeCohort();
  intern = await viewer((await createIntern({ cohortId: cohort.id })).id);
  mentor = await viewer((await createMentor({ cohortIds: [cohort.id] })).id);
});

const auditCount = (action: string) => db.auditEvent.count({ where: { action } });

describe("only admins", () => {
  it("interns and mentors are refused every admin operation, and nothing changes", async () => {
    const cohort = await makeCohort();
    const before = {
      cohorts: await db.cohort.count(),
      users: await db.user.count(),
      modules: await db.module.count(),
      audit: await db.auditEvent.count(),
    };
    for (const who of [intern, mentor]) {
      await expect(getAdminOverview(who)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        createCohort(who, { name: "Sneaky", startDate: "2026-01-05", weekCount: 12 }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        addPersonToCohort(who, { cohortId: cohort.id, email: "x@example.com", role: "INTERN" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(moveIntern(who, { internId: intern.id, cohortId: cohort.id })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(saveModule(who, { code: "09-01", title: "Sneaky", curriculumWeek: 9 })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    }
    expect({
      cohorts: await db.cohort.count(),
      users: await db.user.count(),
      modules: await db.module.count(),
      audit: await db.auditEvent.count(),
    }).toEqual(before);
  });
});

describe("cohorts", () => {
  it("creates a cohort, refuses a second one with the same name, and records who did it", async () => {
    const input = createCohortSchema.parse({ name: "  FCJ 2027 Spring ", startDate: "2027-03-01", weekCount: "12" });
    const { id } = await createCohort(admin, input);
    expect(await db.cohort.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "FCJ 2027 Spring",
      weekCount: 12,
    });
    await expect(createCohort(admin, input)).rejects.toBeInstanceOf(ValidationError);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "cohort.created", entityId: id } });
    expect(event).toMatchObject({
      actorId: admin.id,
      data: { name: "FCJ 2027 Spring", startDate: "2027-03-01", weekCount: 12 },
    });
    expect((await getAdminOverview(admin)).cohorts.find((c) => c.id === id)).toMatchObject({
      startDate: "2027-03-01",
      interns: [],
      mentors: [],
    });
  });

  it("the form schema rejects bad input", () => {
    expect(
      createCohortSchema
        .safeParse({ name: "", startDate: "2027-3-1", weekCount: "0" })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(["name", "startDate", "weekCount"]);
  });
});

describe("adding people by email", () => {
  it("creates a new intern who is claimed at their first sign-in, and shows them in the grid", async () => {
    const cohort = await makeCohort();
    const input = addPersonSchema.parse({
      cohortId: cohort.id,
      email: " Hoa.Tran@Example.com ",
      name: "",
      role: "INTERN",
    });
    const { userId, created } = await addPersonToCohort(admin, input);
    expect(created).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({
      email: "hoa.tran@example.com",
      name: "hoa.tran",
      role: "INTERN",
      authSubject: null,
    });
    expect(await db.enrollment.findUniqueOrThrow({ where: { userId } })).toMatchObject({ cohortId: cohort.id });
    const signedIn = await recordSignIn({
      subject: "sub-hoa",
      email: "hoa.tran@example.com",
      name: "Trần Thị Hoa",
      groups: ["interns"],
      emailVerified: true,
    });
    expect(signedIn).toMatchObject({ user: { id: userId } });
    const grid = await getCohortGrid(admin, cohort.id);
    expect(grid.rows.map((r) => r.intern.name)).toEqual(["Trần Thị Hoa"]);
    expect(await db.auditEvent.count({ where: { action: "user.created", entityId: userId, actorId: admin.id } })).toBe(
      1,
    );
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "cohort.intern-added" } })).toMatchObject({
      actorId: admin.id,
      entityId: cohort.id,
      data: { userId },
    });
  });

  it("adds an existing mentor to another cohort, who then sees its grid", async () => {
    const cohort = await makeCohort();
    await expect(getCohortGrid(mentor, cohort.id)).rejects.toBeInstanceOf(NotFoundError);
    const { created } = await addPersonToCohort(admin, { cohortId: cohort.id, email: mentor.email, role: "MENTOR" });
    expect(created).toBe(false);
    await expect(getCohortGrid(mentor, cohort.id)).resolves.toMatchObject({ cohort: { id: cohort.id } });
    expect(
      await refusalInEnglish(addPersonToCohort(admin, { cohortId: cohort.id, email: mentor.email, role: "MENTOR" })),
    ).toContain("already mentors");
  });

  it("refuses what would not make sense, changing nothing", async () => {
    const cohort = await makeCohort();
    const users = await db.user.count();
    // An intern already in a cohort (use Move), a mentor as an intern, an admin as a mentor.
    expect(
      await refusalInEnglish(addPersonToCohort(admin, { cohortId: cohort.id, email: intern.email, role: "INTERN" })),
    ).toMatch(/Move an intern/);
    await expect(
      addPersonToCohort(admin, { cohortId: cohort.id, email: mentor.email, role: "INTERN" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      addPersonToCohort(admin, { cohortId: cohort.id, email: admin.email, role: "MENTOR" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      addPersonToCohort(admin, {
        cohortId: "00000000-0000-4000-8000-000000000000",
        email: "new@example.com",
        role: "INTERN",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.user.count()).toBe(users);
    expect(await db.enrollment.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(addPersonSchema.safeParse({ cohortId: cohort.id, email: "not an email", role: "INTERN" }).success).toBe(
      false,
    );
  });

  it("gives a user who signed in without a group the role they are added with", async () => {
    const cohort = await makeCohort();
    const waiting = await createUser({ role: null });
    await addPersonToCohort(admin, { cohortId: cohort.id, email: waiting.email, role: "INTERN" });
    expect((await viewer(waiting.id)).role).toBe("INTERN");
  });
});

describe("moving an intern", () => {
  it("moves the enrollment and every week in one go: the new cohort's mentor sees them, the old one's no longer", async () => {
    const from = await makeCohort();
    const to = await makeCohort();
    const moving = await viewer((await createIntern({ cohortId: from.id, name: "Võ Thành Đạt" })).id);
    const oldMentor = await viewer((await createMentor({ cohortIds: [from.id] })).id);
    const newMentor = await viewer((await createMentor({ cohortIds: [to.id] })).id);
    const weeks = [
      await createWeek({ internId: moving.id, cohortId: from.id, number: 1 }),
      await createWeek({ internId: moving.id, cohortId: from.id, number: 2, status: "SUBMITTED" }),
    ];
    await expect(getWeek(newMentor, weeks[0]!.id)).rejects.toBeInstanceOf(NotFoundError);

    expect(await moveIntern(admin, { internId: moving.id, cohortId: to.id })).toEqual({ movedWeeks: 2 });

    expect(await db.enrollment.findUniqueOrThrow({ where: { userId: moving.id } })).toMatchObject({ cohortId: to.id });
    expect(await db.week.findMany({ where: { internId: moving.id }, select: { cohortId: true } })).toEqual([
      { cohortId: to.id },
      { cohortId: to.id },
    ]);
    await expect(getWeek(oldMentor, weeks[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getWeek(newMentor, weeks[0]!.id)).resolves.toMatchObject({ cohort: { id: to.id } });
    await expect(decideWeek(oldMentor, { weekId: weeks[1]!.id, decision: "APPROVED" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getCohortGrid(newMentor, to.id)).rows.map((r) => r.intern.name)).toEqual(["Võ Thành Đạt"]);
    expect((await getCohortGrid(oldMentor, from.id)).rows).toEqual([]);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "intern.moved" } });
    expect(event).toMatchObject({
      actorId: admin.id,
      entityId: moving.id,
      data: { from: from.id, to: to.id, weeks: 2 },
    });
    expect(await db.auditEvent.count({ where: { action: "week.moved", weekId: { in: weeks.map((w) => w.id) } } })).toBe(
      2,
    );
  });

  it("refuses a move to the same cohort, to a cohort that does not exist, or of someone who is not an intern", async () => {
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { userId: intern.id } });
    const moves = await auditCount("intern.moved");
    await expect(moveIntern(admin, { internId: intern.id, cohortId: enrollment.cohortId })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      moveIntern(admin, { internId: intern.id, cohortId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveIntern(admin, { internId: mentor.id, cohortId: enrollment.cohortId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db.enrollment.findUniqueOrThrow({ where: { userId: intern.id } })).toEqual(enrollment);
    expect(await auditCount("intern.moved")).toBe(moves);
  });
});

describe("the module catalogue", () => {
  it("adds and edits modules, refuses a code twice, and records each change", async () => {
    const created = await auditCount("module.created");
    const input = moduleSchema.parse({
      code: "09-01",
      title: "Amazon DynamoDB",
      referenceUrl: "",
      curriculumWeek: "9",
    });
    const { id } = await saveModule(admin, input);
    expect(await db.module.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "09-01",
      referenceUrl: null,
      curriculumWeek: 9,
    });
    await saveModule(admin, {
      id,
      code: "09-02",
      title: "Amazon DynamoDB Streams",
      referenceUrl: "https://example.com/ddb",
      curriculumWeek: 9,
    });
    expect(await db.module.findUniqueOrThrow({ where: { id } })).toMatchObject({
      code: "09-02",
      title: "Amazon DynamoDB Streams",
      referenceUrl: "https://example.com/ddb",
    });
    const { id: other } = await saveModule(admin, { code: "09-03", title: "Amazon ElastiCache", curriculumWeek: 9 });
    await expect(
      saveModule(admin, { id: other, code: "09-02", title: "Clash", curriculumWeek: 9 }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(saveModule(admin, { code: "09-02", title: "Clash", curriculumWeek: 9 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      saveModule(admin, {
        id: "00000000-0000-4000-8000-000000000000",
        code: "09-09",
        title: "Gone",
        curriculumWeek: 9,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditCount("module.created")).toBe(created + 2);
    const updated = await db.auditEvent.findFirstOrThrow({ where: { action: "module.updated" } });
    expect(updated.data).toMatchObject({ before: { code: "09-01" }, after: { code: "09-02" } });
    expect((await getAdminOverview(admin)).modules.map((m) => m.code)).toEqual(["09-02", "09-03"]);
  });

  it("the form schema wants a code like 05-03 and a web address", () => {
    const result = moduleSchema.safeParse({
      code: "5-3",
      title: "x",
      referenceUrl: "javascript:alert(1)",
      curriculumWeek: "0",
    });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["code", "referenceUrl", "curriculumWeek"]);
  });
});

describe("a week's audit view", () => {
  it("shows who ticked, submitted, commented and decided, newest first, with names and what it was about", async () => {
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { userId: intern.id } });
    const week = await createWeek({ internId: intern.id, cohortId: enrollment.cohortId, number: 1 });
    const task = await db.task.findFirstOrThrow({
      where: { day: { weekId: week.id } },
      orderBy: [{ day: { position: "asc" } }, { position: "asc" }],
    });
    await setTaskDone(intern, { taskId: task.id, done: true });
    await submitWeek(intern, week.id);
    await addReviewComment(mentor, { weekId: week.id, body: "Nice work on the VPC lab." });
    await decideWeek(mentor, { weekId: week.id, decision: "APPROVED" });

    for (const who of [intern, mentor, admin]) {
      const log = await listWeekAudit(who, week.id);
      expect(log.entries.map((e) => [e.actorName, e.action, e.subject])).toEqual([
        [mentor.name, "week.approved", null],
        [mentor.name, "comment.added", "Nice work on the VPC lab."],
        [intern.name, "week.submitted", null],
        [intern.name, "task.ticked", "Task 1.1"],
      ]);
      expect(log).toMatchObject({ total: 4, page: 1, pageCount: 1, week: { number: 1, intern: { id: intern.id } } });
    }
  });

  it("pages through a long history", async () => {
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { userId: intern.id } });
    const week = await createWeek({ internId: intern.id, cohortId: enrollment.cohortId, number: 2 });
    const task = await db.task.findFirstOrThrow({ where: { day: { weekId: week.id } } });
    for (let i = 0; i < 5; i++) await setTaskDone(intern, { taskId: task.id, done: i % 2 === 0 });
    const first = await listWeekAudit(mentor, week.id, { pageSize: 2 });
    const last = await listWeekAudit(mentor, week.id, { pageSize: 2, page: 99 });
    expect(first).toMatchObject({ total: 5, pageCount: 3, page: 1 });
    expect(first.entries.map((e) => e.action)).toEqual(["task.ticked", "task.unticked"]);
    expect(last.page).toBe(3);
    expect(last.entries.map((e) => e.action)).toEqual(["task.ticked"]);
  });

  it("is a 404 for those who may not see the week", async () => {
    const enrollment = await db.enrollment.findUniqueOrThrow({ where: { userId: intern.id } });
    const week = await createWeek({ internId: intern.id, cohortId: enrollment.cohortId, number: 3 });
    const otherIntern = await viewer((await createIntern({ cohortId: (await makeCohort()).id })).id);
    const otherMentor = await viewer((await createMentor({ cohortIds: [] })).id);
    for (const who of [otherIntern, otherMentor])
      await expect(listWeekAudit(who, week.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listWeekAudit(admin, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
});
