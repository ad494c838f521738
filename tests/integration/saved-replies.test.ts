// A reviewer's saved replies: add, change, remove, reorder (the order stays 0..n-1), the published
// ones of admins after a mentor's own and read-only for them, and nothing at all for interns.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/data/errors";
import {
  createSavedReply,
  deleteSavedReply,
  listSavedReplies,
  moveSavedReply,
  updateSavedReply,
} from "@/lib/server/data/saved-replies";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { LIMITS } from "@/lib/schemas/limits";
import { savedReplyCreateSchema } from "@/lib/schemas/review";
import { createUser } from "../factories";

const viewer = async (id: string): Promise<Viewer> => (await viewerById(id))!;

let mentor: Viewer;
let otherMentor: Viewer;
let admin: Viewer;
let intern: Viewer;

beforeAll(async () => {
  mentor = await viewer((await createUser({ role: "MENTOR" })).id);
  otherMentor = await viewer((await createUser({ role: "MENTOR" })).id);
  admin = await viewer((await createUser({ role: "ADMIN" })).id);
  intern = await viewer((await createUser({ role: "INTERN" })).id);
});

const texts = async (who: Viewer) => (await listSavedReplies(who)).map((r) => r.body);
const positions = async (ownerId: string) =>
  (await db.savedReply.findMany({ where: { ownerId }, orderBy: { position: "asc" } })).map((r) => [r.position, r.body]);

describe("saved replies", () => {
  it("adds, changes, reorders and removes a mentor's replies, keeping their order dense", async () => {
    const a = await createSavedReply(mentor, { body: "  Great progress this week.  " });
    const b = await createSavedReply(mentor, { body: "Please add references." });
    const c = await createSavedReply(mentor, { body: "Tick tasks as you go." });
    expect(await texts(mentor)).toEqual([
      "Great progress this week.",
      "Please add references.",
      "Tick tasks as you go.",
    ]);

    await moveSavedReply(mentor, { id: c.id, direction: "up" });
    await moveSavedReply(mentor, { id: c.id, direction: "up" });
    await moveSavedReply(mentor, { id: c.id, direction: "up" }); // at the top already: nothing changes
    await moveSavedReply(mentor, { id: b.id, direction: "down" }); // at the bottom already
    expect(await positions(mentor.id)).toEqual([
      [0, "Tick tasks as you go."],
      [1, "Great progress this week."],
      [2, "Please add references."],
    ]);
    await updateSavedReply(mentor, { id: a.id, body: "Great progress!" });
    await deleteSavedReply(mentor, { id: c.id });
    expect(await positions(mentor.id)).toEqual([
      [0, "Great progress!"],
      [1, "Please add references."],
    ]);
    const d = await createSavedReply(mentor, { body: "New one." });
    await moveSavedReply(mentor, { id: d.id, direction: "up" });
    expect(await positions(mentor.id)).toEqual([
      [0, "Great progress!"],
      [1, "New one."],
      [2, "Please add references."],
    ]);
    const actions = await db.auditEvent.findMany({
      where: { actorId: mentor.id, entity: "saved_reply" },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((e) => e.action)).toEqual([
      ...Array(3).fill("saved-reply.added"),
      "saved-reply.moved",
      "saved-reply.moved",
      "saved-reply.changed",
      "saved-reply.removed",
      "saved-reply.added",
      "saved-reply.moved",
    ]);
  });

  it("keeps the order dense when many changes run at once", async () => {
    const owner = await viewer((await createUser({ role: "MENTOR" })).id);
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => createSavedReply(owner, { body: `R${i}` })));
    await Promise.all([
      deleteSavedReply(owner, { id: made[2]!.id }),
      moveSavedReply(owner, { id: made[5]!.id, direction: "up" }),
      deleteSavedReply(owner, { id: made[0]!.id }),
      createSavedReply(owner, { body: "R8" }),
      moveSavedReply(owner, { id: made[7]!.id, direction: "up" }),
    ]);
    const order = await positions(owner.id);
    expect(order.map(([p]) => p)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(order.map(([, body]) => body)).size).toBe(7);
  });

  it("shows a mentor their own first, then the admins' published ones, which only their admin changes", async () => {
    const published = await createSavedReply(admin, { body: "Published by the program.", shared: true });
    await createSavedReply(admin, { body: "The admin's own note." });
    const own = await createSavedReply(otherMentor, { body: "Mine." });
    expect(await listSavedReplies(otherMentor)).toEqual([
      { id: own.id, body: "Mine.", shared: false, own: true },
      { id: published.id, body: "Published by the program.", shared: true, own: false },
    ]);
    expect((await listSavedReplies(admin)).map((r) => [r.body, r.own])).toEqual([
      ["Published by the program.", true],
      ["The admin's own note.", true],
    ]);
    const before = await db.savedReply.findMany({ orderBy: { id: "asc" } });
    // A published reply is seen but not changed: 403. Another mentor's private reply is not seen: 404.
    await expect(updateSavedReply(otherMentor, { id: published.id, body: "Hijacked" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteSavedReply(otherMentor, { id: published.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moveSavedReply(otherMentor, { id: published.id, direction: "up" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updateSavedReply(mentor, { id: own.id, body: "Hijacked" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteSavedReply(mentor, { id: own.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateSavedReply(admin, { id: own.id, body: "Hijacked" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteSavedReply(mentor, { id: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    // Only admins publish.
    await expect(createSavedReply(mentor, { body: "For everyone", shared: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updateSavedReply(otherMentor, { id: own.id, body: "Mine.", shared: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await db.savedReply.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("stops offering an admin's published replies once they are no admin, or deactivated", async () => {
    const former = await createUser({ role: "ADMIN" });
    const reply = await createSavedReply(await viewer(former.id), { body: "From a former admin.", shared: true });
    expect(await texts(otherMentor)).toContain("From a former admin.");
    await db.user.update({ where: { id: former.id }, data: { role: "MENTOR" } });
    expect(await texts(otherMentor)).not.toContain("From a former admin.");
    await db.user.update({ where: { id: former.id }, data: { role: "ADMIN", deactivatedAt: new Date() } });
    expect(await texts(otherMentor)).not.toContain("From a former admin.");
    await db.savedReply.delete({ where: { id: reply.id } });
  });

  it("is nothing for interns: they can neither see nor change any", async () => {
    const reply = await createSavedReply(mentor, { body: "Not for interns." });
    await expect(listSavedReplies(intern)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createSavedReply(intern, { body: "Mine" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSavedReply(intern, { id: reply.id, body: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteSavedReply(intern, { id: reply.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(moveSavedReply(intern, { id: reply.id, direction: "up" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.savedReply.count({ where: { ownerId: intern.id } })).toBe(0);
    expect(await db.savedReply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({
      body: "Not for interns.",
    });
  });

  it("bounds a reply's text and how many a reviewer keeps", async () => {
    expect(savedReplyCreateSchema.safeParse({ body: " " }).success).toBe(false);
    expect(savedReplyCreateSchema.safeParse({ body: "x".repeat(LIMITS.comment + 1) }).success).toBe(false);
    expect(savedReplyCreateSchema.safeParse({ body: "[x](javascript:alert(1))" }).success).toBe(false);
    const owner = await viewer((await createUser({ role: "MENTOR" })).id);
    await db.savedReply.createMany({
      data: Array.from({ length: LIMITS.savedReplies }, (_, i) => ({ ownerId: owner.id, body: `R${i}`, position: i })),
    });
    await expect(createSavedReply(owner, { body: "One too many" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.savedReply.count({ where: { ownerId: owner.id } })).toBe(LIMITS.savedReplies);
  });
});

describe("reading them", () => {
  it("are read in one statement, the viewer's own and the published ones together", async () => {
    const publisher = await viewer((await createUser({ role: "ADMIN" })).id);
    const reader = await viewer((await createUser({ role: "MENTOR" })).id);
    await createSavedReply(publisher, { body: "Published, for the count.", shared: true });
    await listSavedReplies(reader); // warm up: the pool's first connection
    // Every SQL statement the app sends goes through pg's Client#query (the Prisma adapter uses a pg pool).
    const spy = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect((await listSavedReplies(reader)).some((r) => r.body === "Published, for the count.")).toBe(true);
      expect(spy.mock.calls.length).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
