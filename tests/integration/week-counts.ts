// What the week-counters tests check after every write: each week's kept task counts
// (weeks.task_count / done_count, written by the triggers of migration week_task_counters) against its
// tasks, over every week of the database; and the intern and week they start from.
import { expect, type TestContext } from "vitest";
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
  return weeks;
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
