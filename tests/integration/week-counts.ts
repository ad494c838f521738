// What the week-counters tests check after every write: each week's kept task counts
// (weeks.task_count / done_count, written by the triggers of migration week_task_counters) and its
// module counts (week_module_counts, migration week_module_counts) against its tasks, over every week
// of the database; and the intern and week they start from.
import { expect, type TestContext } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { viewerById, type Viewer } from "@/lib/server/data/viewer";
import { createCohort, createIntern, createModuleCatalogue, createWeek } from "../factories";

/**
 * The module catalogue, a cohort starting 2026-01-05, its intern, and their week 1 from the factory:
 * Mon and Tue, two tasks each, nothing ticked.
 */
export async function internWithWeek(): Promise<{ intern: Viewer; cohortId: string; weekId: string }> {
  await createModuleCatalogue();
  const cohortId = (await createCohort({ startDate: "2026-01-05" })).id;
  const intern = (await viewerById((await createIntern({ cohortId })).id))!;
  const weekId = (await createWeek({ internId: intern.id, cohortId, number: 1 })).id;
  return { intern, cohortId, weekId };
}

/**
 * A test's start (its beforeEach): internWithWeek(). A test that finds drifted counts fails; they are
 * set right afterwards, so that the tests after it (which check every week of the database) report
 * only their own drift.
 */
export async function startFromInternWithWeek({ onTestFailed }: TestContext) {
  onTestFailed(recount);
  return internWithWeek();
}

interface Disagreement {
  id: string;
  number: number;
  intern_id: string;
  task_count: number;
  done_count: number;
  tasks: number;
  done: number;
}

/**
 * One query over ALL weeks of the database: each week's kept counts against its tasks counted
 * through its days. Fails naming every week that disagrees; answers how many weeks were checked.
 */
export async function expectCountsKept(): Promise<number> {
  const [result] = await db.$queryRaw<{ weeks: number; disagreeing: Disagreement[] }[]>`
    WITH real AS (
      SELECT w.id, w.number, w.intern_id, w.task_count, w.done_count,
             count(t.id)::int AS tasks, (count(t.id) FILTER (WHERE t.done))::int AS done
      FROM weeks w
      LEFT JOIN days d ON d.week_id = w.id
      LEFT JOIN tasks t ON t.day_id = d.id
      GROUP BY w.id
    )
    SELECT count(*)::int AS weeks,
           coalesce(
             json_agg(json_build_object('id', id, 'number', number, 'intern_id', intern_id, 'task_count', task_count,
                                        'done_count', done_count, 'tasks', tasks, 'done', done))
               FILTER (WHERE task_count <> tasks OR done_count <> done),
             '[]'::json) AS disagreeing
    FROM real`;
  const { weeks, disagreeing } = result!;
  const message = disagreeing
    .map(
      (w) =>
        `week ${w.number} ${w.id} (intern ${w.intern_id}): kept ${w.done_count}/${w.task_count} done/tasks, real ${w.done}/${w.tasks}`,
    )
    .join("; ");
  expect(disagreeing, `weeks whose kept counts disagree with their tasks: ${message}`).toEqual([]);
  expect(weeks).toBeGreaterThan(0);
  await expectModuleCountsKept();
  return weeks;
}

/** Each week's and module's real counts: its tasks that reference the module, and the done ones. */
const REAL_MODULE_COUNTS = Prisma.sql`
  SELECT d.week_id, tm.module_id, count(*)::int AS tasks, (count(*) FILTER (WHERE t.done))::int AS done
  FROM task_modules tm JOIN tasks t ON t.id = tm.task_id JOIN days d ON d.id = t.day_id
  GROUP BY d.week_id, tm.module_id`;

/**
 * Every week's module counts (week_module_counts, written by the triggers of migration
 * week_module_counts) against its tasks' module links, over the whole database. A kept row of zeros
 * stands for no link.
 */
export async function expectModuleCountsKept(): Promise<void> {
  const disagreeing = await db.$queryRaw<{ week_id: string; module_id: string; kept: string; real: string }[]>`
    SELECT coalesce(k.week_id, r.week_id) AS week_id, coalesce(k.module_id, r.module_id) AS module_id,
           concat(coalesce(k.done_count, 0), '/', coalesce(k.task_count, 0)) AS kept,
           concat(coalesce(r.done, 0), '/', coalesce(r.tasks, 0)) AS real
    FROM week_module_counts k FULL JOIN (${REAL_MODULE_COUNTS}) r ON r.week_id = k.week_id AND r.module_id = k.module_id
    WHERE coalesce(k.task_count, 0) <> coalesce(r.tasks, 0) OR coalesce(k.done_count, 0) <> coalesce(r.done, 0)`;
  const message = disagreeing
    .map((d) => `week ${d.week_id} module ${d.module_id}: kept ${d.kept}, real ${d.real} done/tasks`)
    .join("; ");
  expect(disagreeing, `week module counts that disagree with the tasks: ${message}`).toEqual([]);
}

/** Every week's counts counted again from its tasks. */
export async function recount() {
  await db.$executeRaw`
    UPDATE weeks w SET task_count = c.tasks, done_count = c.done
    FROM (
      SELECT w2.id, count(t.id)::int AS tasks, (count(t.id) FILTER (WHERE t.done))::int AS done
      FROM weeks w2 LEFT JOIN days d ON d.week_id = w2.id LEFT JOIN tasks t ON t.day_id = d.id
      GROUP BY w2.id
    ) c
    WHERE w.id = c.id AND (w.task_count <> c.tasks OR w.done_count <> c.done)`;
  await db.$executeRaw`DELETE FROM week_module_counts`;
  await db.$executeRaw`
    INSERT INTO week_module_counts (week_id, module_id, task_count, done_count)
    SELECT week_id, module_id, tasks, done FROM (${REAL_MODULE_COUNTS}) r`;
}

/** The counts kept on the week row. */
export async function kept(id: string) {
  const week = await db.week.findUniqueOrThrow({ where: { id }, select: { taskCount: true, doneCount: true } });
  return { tasks: week.taskCount, done: week.doneCount };
}

/** After a write: every week agrees, and this week keeps these numbers. */
export async function expectWeek(id: string, counts: { tasks: number; done: number }) {
  await expectCountsKept();
  expect(await kept(id)).toEqual(counts);
}
