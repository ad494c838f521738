// One way to put a program's data into the database, shared by the demo seed (prisma/seed.ts), the
// test factories (tests/factories.ts) and the large benchmark dataset (scripts/seed-large.ts):
// describe the module catalogue, people, cohorts, their mentors and interns, and the interns' weeks,
// then `write` it all in one transaction. Weeks go through the data layer's one week writer
// (insertWeeks, in bulk) and are placed by their cohort's start date: week N runs from
// start + 7(N-1) days. Ids are random unless the caller gives them (a deterministic dataset).
import { randomUUID } from "node:crypto";
import type { ReviewDecisionKind, Role, WeekStatus } from "../lib/generated/prisma/client.ts";
import type { Db } from "../lib/server/db.ts";
import { insertWeeks, type WeekContentInput, type WeekRowIds } from "../lib/server/data/week-content.ts";
import { cohortWeekDates, dbDateFromIso, type IsoDate } from "../lib/worklog/dates.ts";
import type { WorklogWeek } from "../lib/worklog/week.ts";

export interface Person {
  id: string;
  email: string;
  name: string;
  role: Role | null;
}

export interface Cohort {
  id: string;
  name: string;
  startDate: IsoDate;
  weekCount: number;
}

export interface CatalogueModule {
  code: string;
  title: string;
  curriculumWeek: number;
  referenceUrl?: string | null;
}

/** One intern's week: its page, where it stands, what is done, and what the mentors said. */
export interface WeekPlan {
  week: WorklogWeek;
  status?: WeekStatus;
  submittedAt?: Date | null;
  approvedAt?: Date | null;
  /** When each task was done, or null; by day and task index. Default: nothing done. */
  doneAt?: (dayIndex: number, taskIndex: number) => Date | null;
  decisions?: { reviewerId: string; decision: ReviewDecisionKind; at: Date; id?: string }[];
  /** Comments on the week; `at` defaults to the time of writing. */
  comments?: { authorId: string; body: string; at?: Date; id?: string }[];
  /** Ids of the week's rows (see WeekRowIds); default random. */
  ids?: WeekRowIds;
}

export interface PlacedWeek {
  id: string;
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
}

interface Review {
  id: string;
  weekId: string;
  at?: Date;
}

/** Weeks per batch of statements: about 10,000 tasks of FCJ-sized weeks. */
const WEEK_BATCH = 500;

export class ProgramBuilder {
  private readonly catalogue: CatalogueModule[] = [];
  private readonly people: Person[] = [];
  private readonly cohorts: Cohort[] = [];
  private readonly mentorships: { cohortId: string; mentorId: string }[] = [];
  private readonly enrollments: { userId: string; cohortId: string; mentorId: string | null }[] = [];
  private readonly weeks: WeekContentInput[] = [];
  private readonly decisions: (Review & { reviewerId: string; decision: ReviewDecisionKind })[] = [];
  private readonly comments: (Review & { authorId: string; body: string })[] = [];

  /** Catalogue modules, added where their code is missing (what is there, an admin may have edited). */
  modules(entries: readonly CatalogueModule[]): void {
    this.catalogue.push(...entries);
  }

  person(input: { id?: string; email: string; name: string; role?: Role | null }): Person {
    const person = { id: input.id ?? randomUUID(), email: input.email, name: input.name, role: input.role ?? null };
    this.people.push(person);
    return person;
  }

  cohort(input: { id?: string; name: string; startDate: IsoDate; weekCount?: number }): Cohort {
    const cohort = { ...input, id: input.id ?? randomUUID(), weekCount: input.weekCount ?? 12 };
    this.cohorts.push(cohort);
    return cohort;
  }

  mentor(cohort: Pick<Cohort, "id">, mentorId: string): void {
    this.mentorships.push({ cohortId: cohort.id, mentorId });
  }

  /** An intern of the cohort, assigned to `mentorId` (one of the cohort's mentors, described before) or to none. */
  enroll(cohort: Pick<Cohort, "id">, internId: string, mentorId: string | null = null): void {
    this.enrollments.push({ userId: internId, cohortId: cohort.id, mentorId });
  }

  /** Week `plan.week.number` of an intern of this cohort, on the cohort's calendar. */
  week(cohort: Pick<Cohort, "id" | "startDate">, internId: string, plan: WeekPlan): PlacedWeek {
    const { number } = plan.week;
    const { startDate, endDate } = cohortWeekDates(cohort.startDate, number);
    const id = plan.ids?.week ?? randomUUID();
    this.weeks.push({
      internId,
      cohortId: cohort.id,
      week: plan.week,
      startDate,
      endDate,
      status: plan.status,
      submittedAt: plan.submittedAt,
      approvedAt: plan.approvedAt,
      doneAt: plan.doneAt,
      ids: plan.ids ?? { week: id },
    });
    for (const d of plan.decisions ?? []) this.decisions.push({ ...d, id: d.id ?? randomUUID(), weekId: id });
    for (const c of plan.comments ?? []) this.comments.push({ ...c, id: c.id ?? randomUUID(), weekId: id });
    return { id, number, startDate, endDate };
  }

  /** What has been described so far, by kind (for a summary line). */
  size() {
    const days = this.weeks.reduce((n, w) => n + w.week.days.length, 0);
    const tasks = this.weeks.reduce((n, w) => n + w.week.days.reduce((m, day) => m + day.tasks.length, 0), 0);
    return {
      people: this.people.length,
      cohorts: this.cohorts.length,
      enrollments: this.enrollments.length,
      mentorships: this.mentorships.length,
      weeks: this.weeks.length,
      days,
      tasks,
    };
  }

  /** How many times `write` calls `onStep`: for a progress bar. */
  steps(): number {
    return 2 + Math.ceil(this.weeks.length / WEEK_BATCH);
  }

  /**
   * Writes everything described, in one transaction. `now` is the rows' updated_at (a deterministic
   * dataset pins it); `onStep` hears of each step done.
   */
  async write(db: Db, options: { now?: Date; onStep?: (message: string) => void } = {}): Promise<void> {
    const now = options.now ?? new Date();
    const step = options.onStep ?? (() => {});
    // Minutes, not Prisma's default 5 s: the large dataset is 250,000 tasks.
    await db.$transaction(
      async (tx) => {
        if (this.catalogue.length > 0) await tx.module.createMany({ data: this.catalogue, skipDuplicates: true });
        if (this.people.length > 0) {
          await tx.user.createMany({ data: this.people.map((person) => ({ ...person, updatedAt: now })) });
        }
        if (this.cohorts.length > 0) {
          await tx.cohort.createMany({
            data: this.cohorts.map((c) => ({ ...c, startDate: dbDateFromIso(c.startDate), updatedAt: now })),
          });
        }
        if (this.mentorships.length > 0) await tx.cohortMentor.createMany({ data: this.mentorships });
        if (this.enrollments.length > 0) await tx.enrollment.createMany({ data: this.enrollments });
        step(`${this.people.length} people, ${this.cohorts.length} cohorts`);
        await insertWeeks(tx, this.weeks, {
          batchSize: WEEK_BATCH,
          now,
          onBatch: (written, total) => step(`weeks ${written}/${total}`),
        });
        if (this.decisions.length > 0) await tx.reviewDecision.createMany({ data: this.decisions.map(fromReview) });
        if (this.comments.length > 0) await tx.reviewComment.createMany({ data: this.comments.map(fromReview) });
        step(`${this.decisions.length} review decisions, ${this.comments.length} comments`);
      },
      { timeout: 15 * 60_000, maxWait: 60_000 },
    );
  }
}

/** A review's row: `at` is when it was made. */
function fromReview<T extends Review>({ at, ...review }: T) {
  return { ...review, createdAt: at };
}
