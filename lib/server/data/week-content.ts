import "server-only";
// The one writer of weeks: a week's page (objectives, days, tasks, module links, achievements) from
// the domain's WorklogWeek into rows, for one week (a user's new week, an import) or thousands (the
// seeds, the test factories) alike. Each batch of weeks is a fixed number of bulk statements, one
// per table, whatever its size. Callers own the transaction and the access check: seeds and test
// factories call it directly; user-facing actions call it after authorising. The per-week task
// counts are kept by the database's triggers on tasks (decision 008), so nothing here counts.
import { randomUUID } from "node:crypto";
import type { Prisma, WeekStatus } from "@/lib/generated/prisma/client";
import { isoDateFromDb, type IsoDate } from "@/lib/worklog/dates";
import type { WorklogWeek } from "@/lib/worklog/week";
import type { Tx } from "../db";

export interface WeekContentInput {
  internId: string;
  cohortId: string;
  week: WorklogWeek;
  startDate: IsoDate;
  endDate: IsoDate;
  status?: WeekStatus;
  submittedAt?: Date | null;
  approvedAt?: Date | null;
  /** When each task was done, or null; by day and task index. Default: nothing done. */
  doneAt?: (dayIndex: number, taskIndex: number) => Date | null;
  /** Ids for the week's rows, chosen by the caller (a deterministic dataset); default random. */
  ids?: WeekRowIds;
}

/** The ids of a week's rows in page order; a list left out is random, a list given covers its rows. */
export interface WeekRowIds {
  week: string;
  /** The objectives', then the achievements'. */
  items?: string[];
  days?: string[];
  /** By day, then task. */
  tasks?: string[][];
}

export interface InsertWeeksOptions {
  /** Weeks per batch of statements (default 500: about 10,000 tasks of FCJ-sized weeks). */
  batchSize?: number;
  /** The rows' updated_at (a deterministic dataset pins it); default now. */
  now?: Date;
  /** Called after each batch with the number of weeks written so far. */
  onBatch?: (written: number, total: number) => void;
}

/** How a task's done time is decided while its week is written. */
type DoneAt = (day: WorklogWeek["days"][number], dayIndex: number, taskIndex: number) => Date | null;

/** Writes one new week; its id. */
export async function insertWeekContent(tx: Tx, input: WeekContentInput): Promise<{ id: string }> {
  const [week] = await insertWeeks(tx, [input]);
  return week!;
}

/** Writes new weeks, `batchSize` at a time; their ids, in the order given. */
export async function insertWeeks(
  tx: Tx,
  inputs: WeekContentInput[],
  options: InsertWeeksOptions = {},
): Promise<{ id: string }[]> {
  const batchSize = options.batchSize ?? 500;
  const now = options.now ?? new Date();
  const ids = inputs.map((input) => input.ids?.week ?? randomUUID());
  for (let start = 0; start < inputs.length; start += batchSize) {
    const rows = emptyRows();
    inputs.slice(start, start + batchSize).forEach((input, offset) => {
      const id = ids[start + offset]!;
      rows.weeks.push(weekRow(id, input));
      const doneAt = input.doneAt;
      addBody(rows, id, input.week, doneAt ? (_day, d, t) => doneAt(d, t) : () => null, input.ids);
    });
    await writeRows(tx, rows, now);
    options.onBatch?.(Math.min(start + batchSize, inputs.length), inputs.length);
  }
  return ids.map((id) => ({ id }));
}

/**
 * Every editor open on the week's content was based on what it was before a change it did not
 * make (an import, a mentor returning the week): each save from one is refused until its author has
 * seen what is there now (docs/decisions/015-edit-versions.md).
 */
export async function moveEditVersions(tx: Tx, weekId: string): Promise<void> {
  await tx.week.update({
    where: { id: weekId },
    data: {
      objectivesVersion: { increment: 1 },
      achievementsVersion: { increment: 1 },
      daysVersion: { increment: 1 },
    },
  });
  await tx.day.updateMany({ where: { weekId }, data: { version: { increment: 1 } } });
}

/**
 * Writes a week's objectives, days, tasks and module links (the week row exists, its old body is
 * gone), with the same statements as insertWeeks. `doneAt` says when each task was done.
 */
export async function writeWeekBody(tx: Tx, weekId: string, week: WorklogWeek, doneAt: DoneAt): Promise<void> {
  const rows = emptyRows();
  addBody(rows, weekId, week, doneAt, undefined);
  await writeRows(tx, rows, new Date());
}

/**
 * A batch's rows by table, as jsonb_to_recordset reads them: objects keyed by column name, typed by
 * the column lists in writeRows. Module links go by code (a code not in the catalogue links nothing).
 */
type Rows = Record<"weeks" | "items" | "days" | "tasks" | "modules", object[]>;

const emptyRows = (): Rows => ({ weeks: [], items: [], days: [], tasks: [], modules: [] });

function weekRow(id: string, input: WeekContentInput) {
  const { week } = input;
  return {
    id,
    intern_id: input.internId,
    cohort_id: input.cohortId,
    number: week.number,
    title: week.frontMatter.title,
    start_date: input.startDate,
    end_date: input.endDate,
    status: input.status ?? "DRAFT",
    submitted_at: input.submittedAt ?? null,
    approved_at: input.approvedAt ?? null,
    front_matter: week.frontMatter,
    layout: week.layout ?? null,
    extra_sections: week.extraSections,
  };
}

function addBody(rows: Rows, weekId: string, week: WorklogWeek, doneAt: DoneAt, ids: WeekRowIds | undefined) {
  const items = [
    ...week.objectives.map((text, position) => ({ kind: "OBJECTIVE" as const, position, text })),
    ...week.achievements.map((text, position) => ({ kind: "ACHIEVEMENT" as const, position, text })),
  ];
  items.forEach((item, index) =>
    rows.items.push({ id: chosenId(weekId, ids?.items, index), week_id: weekId, ...item }),
  );
  week.days.forEach((day, dayIndex) => {
    const dayId = chosenId(weekId, ids?.days, dayIndex);
    const taskIds = ids?.tasks ? (ids.tasks[dayIndex] ?? []) : undefined;
    rows.days.push({
      id: dayId,
      week_id: weekId,
      position: dayIndex,
      label: day.label,
      start_date: day.startDate ?? null,
      end_date: day.endDate ?? null,
      start_text: day.startText ?? null,
      end_text: day.endText ?? null,
      references: day.references,
    });
    day.tasks.forEach((task, position) => {
      const id = chosenId(weekId, taskIds, position);
      const at = doneAt(day, dayIndex, position);
      rows.tasks.push({
        id,
        day_id: dayId,
        position,
        text: task.text,
        sub_items: task.subItems,
        done: !!at,
        done_at: at,
      });
      for (const code of task.moduleCodes) rows.modules.push({ task_id: id, code });
    });
  });
}

/** The caller's id for this row, or a random one when the caller chose none for its kind. */
function chosenId(weekId: string, ids: string[] | undefined, index: number): string {
  if (!ids) return randomUUID();
  const id = ids[index];
  if (!id) throw new Error(`Week ${weekId}: fewer ids were given than the week has rows`);
  return id;
}

/**
 * One statement per table: the rows travel as one JSON parameter, typed by the column list of
 * jsonb_to_recordset (in each INSERT's column order). Tasks come after their days, so the counting
 * triggers on tasks find their weeks.
 */
async function writeRows(tx: Tx, rows: Rows, now: Date): Promise<void> {
  const json = (list: object[]) => JSON.stringify(list);
  if (rows.weeks.length > 0) {
    await tx.$executeRaw`
      INSERT INTO weeks (id, intern_id, cohort_id, number, title, start_date, end_date, status, submitted_at,
                         approved_at, front_matter, layout, extra_sections, updated_at)
      SELECT x.*, ${now}::timestamptz FROM jsonb_to_recordset(${json(rows.weeks)}::jsonb) AS x(
        id uuid, intern_id uuid, cohort_id uuid, number int, title text, start_date date, end_date date,
        status "WeekStatus", submitted_at timestamptz, approved_at timestamptz, front_matter jsonb, layout jsonb,
        extra_sections jsonb)`;
  }
  if (rows.items.length > 0) {
    await tx.$executeRaw`
      INSERT INTO week_items (id, week_id, kind, position, text)
      SELECT x.* FROM jsonb_to_recordset(${json(rows.items)}::jsonb)
        AS x(id uuid, week_id uuid, kind "WeekItemKind", position int, text text)`;
  }
  if (rows.days.length > 0) {
    await tx.$executeRaw`
      INSERT INTO days (id, week_id, position, label, start_date, end_date, start_text, end_text, "references")
      SELECT x.* FROM jsonb_to_recordset(${json(rows.days)}::jsonb) AS x(
        id uuid, week_id uuid, position int, label text, start_date date, end_date date, start_text text,
        end_text text, "references" text[])`;
  }
  if (rows.tasks.length > 0) {
    await tx.$executeRaw`
      INSERT INTO tasks (id, day_id, position, text, sub_items, done, done_at, updated_at)
      SELECT x.*, ${now}::timestamptz FROM jsonb_to_recordset(${json(rows.tasks)}::jsonb) AS x(
        id uuid, day_id uuid, position int, text text, sub_items text[], done boolean, done_at timestamptz)`;
  }
  if (rows.modules.length > 0) {
    await tx.$executeRaw`
      INSERT INTO task_modules (task_id, module_id)
      SELECT x.task_id, m.id FROM jsonb_to_recordset(${json(rows.modules)}::jsonb) AS x(task_id uuid, code text)
      JOIN modules m ON m.code = x.code
      ON CONFLICT DO NOTHING`;
  }
}

/** What a stored week's page is made of. */
const weekContentSelect = {
  id: true,
  number: true,
  frontMatter: true,
  layout: true,
  extraSections: true,
  items: { orderBy: { position: "asc" }, select: { kind: true, text: true } },
  days: {
    orderBy: { position: "asc" },
    select: {
      label: true,
      startDate: true,
      endDate: true,
      startText: true,
      endText: true,
      references: true,
      tasks: {
        orderBy: { position: "asc" },
        select: { text: true, subItems: true, modules: { select: { module: { select: { code: true } } } } },
      },
    },
  },
} satisfies Prisma.WeekSelect;

type StoredWeek = Prisma.WeekGetPayload<{ select: typeof weekContentSelect }>;

/** A stored week as the domain's WorklogWeek (for export and for copying a week's structure). */
export async function loadWeekContent(client: Pick<Tx, "week">, weekId: string): Promise<WorklogWeek> {
  const [week] = await loadWeeksContent(client, [weekId]);
  if (!week) throw new Error(`Week ${weekId} not found`);
  return week;
}

/** Several stored weeks as WorklogWeeks, in the order of `weekIds`, with one nested read. */
export async function loadWeeksContent(client: Pick<Tx, "week">, weekIds: string[]): Promise<WorklogWeek[]> {
  const rows = await client.week.findMany({ where: { id: { in: weekIds } }, select: weekContentSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return weekIds.flatMap((id) => {
    const week = byId.get(id);
    return week ? [toWorklogWeek(week)] : [];
  });
}

function toWorklogWeek(week: StoredWeek): WorklogWeek {
  const layout = (week.layout ?? undefined) as WorklogWeek["layout"];
  return {
    number: week.number,
    lang: layout?.lang ?? "en",
    frontMatter: week.frontMatter as unknown as WorklogWeek["frontMatter"],
    objectives: week.items.filter((i) => i.kind === "OBJECTIVE").map((i) => i.text),
    achievements: week.items.filter((i) => i.kind === "ACHIEVEMENT").map((i) => i.text),
    days: week.days.map((day) => ({
      label: day.label,
      ...(day.startDate ? { startDate: isoDateFromDb(day.startDate) } : {}),
      ...(day.endDate ? { endDate: isoDateFromDb(day.endDate) } : {}),
      ...(day.startText ? { startText: day.startText } : {}),
      ...(day.endText ? { endText: day.endText } : {}),
      references: day.references,
      tasks: day.tasks.map((t) => ({
        text: t.text,
        subItems: t.subItems,
        moduleCodes: t.modules.map((m) => m.module.code).sort(),
      })),
    })),
    extraSections: week.extraSections as unknown as WorklogWeek["extraSections"],
    ...(layout ? { layout } : {}),
  };
}
