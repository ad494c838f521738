// A review event's audit entry and its notifications are written by one statement inside the event's
// transaction (lib/server/data/notifications/write.ts with audit.ts's auditInsertSql): approving a
// week with notifications on costs no statement more than with them off, and the trail is written
// either way, with the same entry.
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decideWeek, submitWeek } from "@/lib/server/data/reviews";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { db } from "@/lib/server/db";
import { createCohort, createIntern, createMentor, createWeek } from "../factories";

const viewer = async (id: string) => (await viewerById(id)) as Viewer;
const spy = vi.spyOn(pg.Client.prototype, "query");

afterEach(() => {
  spy.mockClear();
  delete process.env.WORKLOG_NOTIFICATIONS;
});

async function approvedWeek(mode: "on" | "off") {
  process.env.WORKLOG_NOTIFICATIONS = mode;
  const cohort = await createCohort();
  const mentor = await createMentor({ cohortIds: [cohort.id] });
  const intern = await createIntern({ cohortId: cohort.id });
  const week = await createWeek({ internId: intern.id, cohortId: cohort.id, number: 1 });
  await submitWeek(await viewer(intern.id), week.id);
  const reviewer = await viewer(mentor.id);
  spy.mockClear();
  await decideWeek(reviewer, { weekId: week.id, decision: "APPROVED" });
  const statements = spy.mock.calls.length;
  const [trail, notifications] = await Promise.all([
    db.auditEvent.findMany({
      where: { weekId: week.id },
      orderBy: { id: "asc" },
      select: { actorId: true, action: true, entity: true, entityId: true, data: true },
    }),
    db.notification.findMany({ where: { weekId: week.id, userId: intern.id }, select: { userId: true, kind: true } }),
  ]);
  return { statements, trail, notifications, mentor, intern, week };
}

describe("a review event's trail and notifications", () => {
  it("are written by one statement: approving notifies the intern at no statement more than with notifications off", async () => {
    const on = await approvedWeek("on");
    const off = await approvedWeek("off");
    expect(on.statements).toBe(off.statements);

    expect(on.notifications).toEqual([{ userId: on.intern.id, kind: "WEEK_APPROVED" }]);
    expect(off.notifications).toEqual([]);
    for (const run of [on, off]) {
      expect(run.trail).toEqual([
        { actorId: run.intern.id, action: "week.submitted", entity: "week", entityId: run.week.id, data: {} },
        { actorId: run.mentor.id, action: "week.approved", entity: "week", entityId: run.week.id, data: {} },
      ]);
    }
  });
});
