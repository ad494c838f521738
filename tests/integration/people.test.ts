// An admin finds people and deactivates or reactivates them: a deactivated person's sessions end at
// once, their next sign-in is refused, and only admins may do it (never to themselves).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/data/errors";
import { findPeople, PEOPLE_SHOWN, setPersonActive } from "@/lib/server/data/people";
import { recordSignIn } from "@/lib/server/data/users";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { personActiveSchema, personSearchSchema } from "@/lib/schemas/admin";
import { createCohort, createIntern, createMentor, createUser } from "../factories";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

let admin: Viewer;
let internName: string;
let run = 0;
let intern: Viewer;
let mentor: Viewer;

beforeEach(async () => {
  admin = await viewer((await createUser({ role: "ADMIN", name: "Ada Admin" })).id);
  const cohort = await createCohort();
  internName = `Linh Intern ${++run}`;
  intern = await viewer((await createIntern({ cohortId: cohort.id, name: internName })).id);
  mentor = await viewer((await createMentor({ cohortIds: [cohort.id] })).id);
});

const signIn = async (userId: string) => {
  const user = await db.user.update({ where: { id: userId }, data: { authSubject: `sub-${userId}` } });
  return recordSignIn({
    subject: `sub-${userId}`,
    email: user.email,
    name: user.name,
    groups: [],
    emailVerified: true,
  });
};
const addSession = (userId: string, tokenHash: string) =>
  db.session.create({ data: { userId, tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } });

describe("deactivating a person", () => {
  it("ends every session of theirs, refuses their sign-in until reactivated, and is audited", async () => {
    await addSession(intern.id, "tab-a");
    await addSession(intern.id, "tab-b");
    await addSession(admin.id, "admin-own");
    expect(await signIn(intern.id)).toHaveProperty("user");

    await setPersonActive(admin, { userId: intern.id, active: false });
    expect(await db.session.count({ where: { userId: intern.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(1);
    expect(await signIn(intern.id)).toEqual({ refused: "deactivated" });
    expect(await viewerById(intern.id)).toBeNull();
    expect((await findPeople(admin, "")).deactivated.map((p) => p.name)).toEqual([internName]);

    await setPersonActive(admin, { userId: intern.id, active: true });
    expect(await signIn(intern.id)).toHaveProperty("user");
    expect((await findPeople(admin, "")).deactivated).toEqual([]);
    const actions = await db.auditEvent.findMany({
      where: { entityId: intern.id, action: { startsWith: "person." } },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(["person.deactivated", "person.reactivated"]);
  });

  it("changes nothing when the person is already in that state", async () => {
    await setPersonActive(admin, { userId: intern.id, active: true });
    expect(await db.auditEvent.count({ where: { entityId: intern.id, action: { startsWith: "person." } } })).toBe(0);
  });

  it("an admin cannot deactivate themselves; an unknown or malformed id is not found", async () => {
    await expect(setPersonActive(admin, { userId: admin.id, active: false })).rejects.toBeInstanceOf(ConflictError);
    await expect(
      setPersonActive(admin, { userId: "00000000-0000-4000-8000-000000000000", active: false }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(setPersonActive(admin, { userId: "not-a-uuid", active: false })).rejects.toBeInstanceOf(NotFoundError);
    expect(personActiveSchema.safeParse({ userId: intern.id, active: "false" }).success).toBe(false);
  });

  it("interns and mentors may neither search nor deactivate, and nothing changes", async () => {
    await addSession(admin.id, "admin-tab");
    for (const who of [intern, mentor]) {
      await expect(findPeople(who, "a")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setPersonActive(who, { userId: admin.id, active: false })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).deactivatedAt).toBeNull();
  });
});

describe("finding people", () => {
  it("matches part of a name or e-mail, any case, and lists at most a page", async () => {
    expect((await findPeople(admin, internName.toLowerCase())).matches.map((p) => p.name)).toEqual([internName]);
    const email = (await db.user.findUniqueOrThrow({ where: { id: mentor.id } })).email;
    expect((await findPeople(admin, email.toUpperCase())).matches.map((p) => p.id)).toEqual([mentor.id]);
    expect((await findPeople(admin, "")).matches).toEqual([]);
    for (let i = 0; i < PEOPLE_SHOWN + 2; i++) await createUser({ name: `Many ${i}` });
    const many = await findPeople(admin, "Many ");
    expect(many.matches).toHaveLength(PEOPLE_SHOWN);
    expect(many.more).toBe(true);
  });

  it("the search box's value is trimmed, bounded, and anything else reads as no search", () => {
    expect(personSearchSchema.parse("  linh ")).toBe("linh");
    expect(personSearchSchema.parse(["a", "b"])).toBe("");
    expect(personSearchSchema.parse("x".repeat(101))).toBe("");
    expect(personSearchSchema.parse(undefined)).toBe("");
  });
});
