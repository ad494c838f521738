// At-risk interns through the data layer, against a table worked out by hand: a small cohort built
// with the factories (weeks, statuses, ticks), judged by the grid's one query with the thresholds in
// program_settings; the grid's risk=1 filter and its CSV; the last tick kept by the tasks trigger;
// the thresholds changed by an admin (and audited), refused to others.
import { beforeAll, describe, expect, it } from "vitest";
import { parseGridFilter } from "@/lib/schemas/cohort";
import { db } from "@/lib/server/db";
import { writeDueDigests } from "@/lib/server/data/notifications/digest";
import type { NotificationData } from "@/lib/worklog/notifications/facts";
import { ForbiddenError } from "@/lib/server/data/errors";
import { exportCohortGridCsv, getCohortGrid } from "@/lib/server/data/grid";
import { getRiskSettings, readRiskSettings, saveRiskSettings } from "@/lib/server/data/program-settings";
import { setTaskDone } from "@/lib/server/data/tasks";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { filterRows } from "@/lib/worklog/grid";
import { DEFAULT_RISK_SETTINGS } from "@/lib/worklog/risk";
import type { WeekStatus } from "@/lib/worklog/status";
import { createCohortWithWeeks, createMentor, createUser } from "../factories";

// Week N runs from Monday 5 Jan 2026 + 7(N − 1). Today, Wednesday 11 Feb, is in week 6: weeks 1–5 are past.
const TODAY = "2026-02-11";
const A: [WeekStatus, number] = ["APPROVED", 5];

/**
 * Five tasks a week (on its Monday); a done task was ticked on its week's Monday (the factory's
 * doneAt), so an intern's last tick is the Monday of their latest week with a task done.
 *
 * - An: every past week approved and done; week 6 a draft, 2 done. Last tick Mon 9 Feb: 2 days. Not at risk.
 * - Bình: weeks 4 and 5 drafts with 3 of 5 done (ended, undone: behind). (a) behind in weeks 4–5.
 *   Shares 100 100 100 60 60: no fall in the last three. Last tick 9 Feb.
 * - Châu: weeks 3–5 at 4, 3, 2 of 5 (80% → 60% → 40%), 3 and 4 approved (not behind), 5 submitted
 *   (behind: one week). (b) falling over weeks 3–5. Last tick 9 Feb.
 * - Dũng: week 5 returned with 2 of 5 done (behind: one week), week 6 a draft with none. Last tick
 *   Mon 2 Feb; tasks due since 2 Feb (week 5, open): (c) no tick for 9 days.
 * - Giang: week 5 a draft, 4 of 5 (behind: one week), week 6 none done; a tick on Sat 7 Feb (below):
 *   4 days. Not at risk at 5 days; at risk at 4.
 */
const PLAN: Record<string, [WeekStatus, number][]> = {
  An: [A, A, A, A, A, ["DRAFT", 2]],
  Bình: [A, A, A, ["DRAFT", 3], ["DRAFT", 3], ["DRAFT", 3]],
  Châu: [A, A, ["APPROVED", 4], ["APPROVED", 3], ["SUBMITTED", 2], ["DRAFT", 3]],
  Dũng: [A, A, A, A, ["CHANGES_REQUESTED", 2], ["DRAFT", 0]],
  Giang: [A, A, A, A, ["DRAFT", 4], ["DRAFT", 0]],
};
const NAMES = Object.keys(PLAN);

let mentor: Viewer;
let admin: Viewer;
let cohortId: string;

beforeAll(async () => {
  const mentorUser = await createMentor({ cohortIds: [] });
  mentor = (await viewerById(mentorUser.id))!;
  admin = (await viewerById((await createUser({ role: "ADMIN" })).id))!;
  const built = await createCohortWithWeeks({
    interns: NAMES.length,
    weeks: 6,
    tasks: 5,
    mentorIds: [mentor.id],
    internName: (i) => NAMES[i]!,
    status: (i, w) => PLAN[NAMES[i]!]![w - 1]![0],
    done: (i, w) => PLAN[NAMES[i]!]![w - 1]![1],
  });
  cohortId = built.cohort.id;
  // Giang ticks a task of week 6 on Saturday 7 Feb, 10:00 in Hanoi.
  const giang = built.weeks.find((w) => w.internId === built.interns[4]!.id && w.number === 6)!;
  const task = await db.task.findFirstOrThrow({ where: { day: { weekId: giang.id }, done: false } });
  await db.task.update({ where: { id: task.id }, data: { done: true, doneAt: new Date("2026-02-07T03:00:00Z") } });
});

const risks = async () => {
  const grid = await getCohortGrid(mentor, cohortId, { today: TODAY });
  return Object.fromEntries(grid.rows.map((row) => [row.intern.name, row.risk]));
};

describe("at-risk interns of a cohort", () => {
  it("are the ones worked out by hand, with their reasons, under the default thresholds", async () => {
    expect(await readRiskSettings(db)).toEqual(DEFAULT_RISK_SETTINGS);
    expect(await risks()).toEqual({
      An: [],
      Bình: [{ code: "behind", weeks: [4, 5] }],
      Châu: [{ code: "falling", weeks: [3, 4, 5], percents: [80, 60, 40] }],
      Dũng: [{ code: "idle", days: 9, lastTick: "2026-02-02" }],
      Giang: [],
    });
  });

  it("are what the grid's risk=1 filter and its CSV keep", async () => {
    const grid = await getCohortGrid(mentor, cohortId, { today: TODAY });
    const filter = parseGridFilter(new URLSearchParams("risk=1"));
    expect(filter.risk).toBe(true);
    expect(filterRows(grid.rows, filter).map((r) => r.intern.name)).toEqual(["Bình", "Châu", "Dũng"]);
    const { csv } = await exportCohortGridCsv(mentor, cohortId, filter, { today: TODAY });
    const interns = new Set(
      csv
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
        .slice(1)
        .map((line) => line.split(",")[0]),
    );
    expect([...interns]).toEqual(["Bình", "Châu", "Dũng"]);
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 3 * 6);
  });

  it("follow the thresholds an admin sets, and the change is in the audit trail", async () => {
    const saved = await saveRiskSettings(admin, { behindWeeks: 1, fallingWeeks: 4, idleDays: 4 });
    expect(saved).toEqual({ behindWeeks: 1, fallingWeeks: 4, idleDays: 4 });
    expect(await getRiskSettings(admin)).toEqual(saved);
    expect(await risks()).toEqual({
      An: [],
      Bình: [{ code: "behind", weeks: [4, 5] }],
      // 100% → 80% → 60% → 40% over weeks 2–5 is also four weeks of falls; week 5 alone is behind.
      Châu: [
        { code: "behind", weeks: [5] },
        { code: "falling", weeks: [2, 3, 4, 5], percents: [100, 80, 60, 40] },
      ],
      Dũng: [
        { code: "behind", weeks: [5] },
        { code: "idle", days: 9, lastTick: "2026-02-02" },
      ],
      Giang: [
        { code: "behind", weeks: [5] },
        { code: "idle", days: 4, lastTick: "2026-02-07" },
      ],
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.risk-updated", actorId: admin.id },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      entity: "program_settings",
      data: { before: DEFAULT_RISK_SETTINGS, after: { behindWeeks: 1, fallingWeeks: 4, idleDays: 4 } },
    });
    await saveRiskSettings(admin, DEFAULT_RISK_SETTINGS);
  });

  it("refuses the change to mentors and interns, changing nothing; the database holds the bounds too", async () => {
    const intern = (await viewerById((await db.enrollment.findFirstOrThrow({ where: { cohortId } })).userId))!;
    for (const who of [mentor, intern]) {
      await expect(saveRiskSettings(who, { behindWeeks: 9, fallingWeeks: 9, idleDays: 9 })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(getRiskSettings(who)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await readRiskSettings(db)).toEqual(DEFAULT_RISK_SETTINGS);
    await expect(db.programSettings.update({ where: { id: 1 }, data: { riskFallingWeeks: 1 } })).rejects.toThrow();
  });
});

describe("the mentors' digest", () => {
  it("lists the cohort's interns at risk with the grid's reasons, on the digest's Monday", async () => {
    // Monday 9 Feb, 08:05 in Hanoi: weeks 1–5 are past; week 6 begins today, so nothing of it is due yet.
    const now = new Date("2026-02-09T08:05:00+07:00");
    await db.$transaction((tx) => writeDueDigests(tx, { now, timeZone: "Asia/Ho_Chi_Minh" }));
    const digest = await db.notification.findFirstOrThrow({ where: { userId: mentor.id, kind: "DIGEST" } });
    const [cohort] = (digest.data as NotificationData).cohorts!;
    expect(cohort).toMatchObject({
      atRisk: [
        { intern: "Bình", reasons: [{ code: "behind", weeks: [4, 5] }] },
        { intern: "Châu", reasons: [{ code: "falling", weeks: [3, 4, 5], percents: [80, 60, 40] }] },
        { intern: "Dũng", reasons: [{ code: "idle", days: 7, lastTick: "2026-02-02" }] },
      ],
      atRiskMore: 0,
    });
    const grid = await getCohortGrid(mentor, cohortId, { today: "2026-02-09" });
    expect(cohort!.atRisk).toEqual(
      grid.rows.filter((r) => r.risk.length > 0).map((r) => ({ intern: r.intern.name, reasons: r.risk })),
    );
  });
});

describe("the last tick, kept by the tasks trigger", () => {
  it("moves to a tick's time, and an untick leaves it", async () => {
    const week = await db.week.findFirstOrThrow({
      where: { cohortId, number: 6, intern: { name: "Dũng" } },
      select: { id: true, internId: true, lastDoneAt: true },
    });
    expect(week.lastDoneAt).toBeNull();
    const intern = (await viewerById(week.internId))!;
    const task = await db.task.findFirstOrThrow({ where: { day: { weekId: week.id } } });
    const ticked = await setTaskDone(intern, { taskId: task.id, done: true });
    const after = await db.week.findUniqueOrThrow({ where: { id: week.id }, select: { lastDoneAt: true } });
    expect(after.lastDoneAt?.toISOString()).toBe(ticked.doneAt);
    await setTaskDone(intern, { taskId: task.id, done: false });
    const unticked = await db.week.findUniqueOrThrow({ where: { id: week.id }, select: { lastDoneAt: true } });
    expect(unticked.lastDoneAt?.toISOString()).toBe(ticked.doneAt);
    // Week 5's tick of 2 Feb is still there: the cohort grid reads the latest of the intern's weeks.
    const five = await db.week.findFirstOrThrow({ where: { internId: week.internId, number: 5 } });
    expect(five.lastDoneAt?.toISOString()).toBe("2026-02-02T00:00:00.000Z");
  });
});
