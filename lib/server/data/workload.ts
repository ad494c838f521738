import "server-only";
// Reviewer workload: per mentor, the weeks of their assigned interns waiting for review and how long
// the oldest has waited; the weeks of interns assigned to nobody, per cohort, apart. One query
// whatever the number of mentors and cohorts; waits are reckoned as the review queue's (reviewWait).
import { Prisma } from "@/lib/generated/prisma/client";
import type { IsoDate } from "@/lib/worklog/dates";
import { compareInterns } from "@/lib/worklog/grid";
import { reviewWait } from "@/lib/worklog/review-wait";
import { db } from "../db";
import { databaseEnv } from "../env";
import { programToday } from "../today";
import { assertRole } from "./access";
import type { Viewer } from "./viewer";

export interface WorkloadCohort {
  id: string;
  name: string;
  /** Interns assigned (to this mentor, or to nobody). */
  interns: number;
  waiting: number;
  /** Days the oldest waiting week has waited (null: none waits). */
  oldestWaitingDays: number | null;
}

export interface MentorWorkload {
  id: string;
  name: string;
  email: string;
  interns: number;
  waiting: number;
  oldestWaitingDays: number | null;
  cohorts: WorkloadCohort[];
}

export interface Workload {
  mentors: MentorWorkload[];
  /** Per cohort, its interns assigned to no mentor and their waiting weeks (cohorts with none left out). */
  unassigned: WorkloadCohort[];
}

interface WorkloadRowSql {
  cohort_id: string;
  cohort_name: string;
  mentor_id: string | null;
  mentor_name: string | null;
  mentor_email: string | null;
  interns: number;
  waiting: number;
  waiting_since: Date | null;
}

const oldest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * Admins: every mentor of every cohort, and every cohort's unassigned interns. A mentor: their own
 * row and the unassigned interns of their cohorts (the summary on /reviews).
 */
export async function getWorkload(viewer: Viewer, options: { today?: IsoDate } = {}): Promise<Workload> {
  assertRole(viewer, "ADMIN", "MENTOR");
  const today = options.today ?? programToday();
  const zone = databaseEnv().WORKLOG_TIME_ZONE;
  const mentor = viewer.role === "MENTOR";
  // A mentor's summary reads only their cohorts (the grouping below never spans the program).
  const cohortsOf = (column: string) =>
    mentor
      ? Prisma.sql`AND ${Prisma.raw(column)} IN (SELECT v.cohort_id FROM cohort_mentors v WHERE v.mentor_id = ${viewer.id}::uuid)`
      : Prisma.empty;
  const mentorOnly = mentor ? Prisma.sql`AND (r.mentor_id IS NULL OR r.mentor_id = ${viewer.id}::uuid)` : Prisma.empty;
  // One row per cohort and mentor of it, and one per cohort for nobody (mentor_id null).
  const rows = await db.$queryRaw<WorkloadRowSql[]>`
    WITH reviewers AS (
      SELECT cohort_id, mentor_id FROM cohort_mentors WHERE TRUE ${cohortsOf("cohort_id")}
      UNION ALL SELECT id, NULL::uuid FROM cohorts WHERE TRUE ${cohortsOf("id")}
    ), interns AS (
      SELECT cohort_id, mentor_id, count(*)::int AS interns FROM enrollments WHERE TRUE ${cohortsOf("cohort_id")}
      GROUP BY 1, 2
    ), waiting AS (
      SELECT w.cohort_id, e.mentor_id, count(*)::int AS waiting,
             min(coalesce(w.submitted_at, w.updated_at)) AS waiting_since
      FROM weeks w LEFT JOIN enrollments e ON e.user_id = w.intern_id AND e.cohort_id = w.cohort_id
      WHERE w.status = 'SUBMITTED' ${cohortsOf("w.cohort_id")}
      GROUP BY 1, 2
    )
    SELECT c.id::text AS cohort_id, c.name AS cohort_name, r.mentor_id::text AS mentor_id,
           u.name AS mentor_name, u.email AS mentor_email,
           coalesce(i.interns, 0) AS interns, coalesce(q.waiting, 0) AS waiting, q.waiting_since
    FROM reviewers r
    JOIN cohorts c ON c.id = r.cohort_id
    LEFT JOIN users u ON u.id = r.mentor_id
    LEFT JOIN interns i ON i.cohort_id = r.cohort_id AND i.mentor_id IS NOT DISTINCT FROM r.mentor_id
    LEFT JOIN waiting q ON q.cohort_id = r.cohort_id AND q.mentor_id IS NOT DISTINCT FROM r.mentor_id
    WHERE TRUE ${mentorOnly}
    ORDER BY c.start_date DESC, c.name`;
  const mentors = new Map<string, MentorWorkload>();
  const unassigned: WorkloadCohort[] = [];
  for (const row of rows) {
    const cohort: WorkloadCohort = {
      id: row.cohort_id,
      name: row.cohort_name,
      interns: row.interns,
      waiting: row.waiting,
      oldestWaitingDays: row.waiting_since
        ? reviewWait({ submittedAt: row.waiting_since, updatedAt: row.waiting_since }, zone, today).waitingDays
        : null,
    };
    if (row.mentor_id === null) {
      if (cohort.interns > 0 || cohort.waiting > 0) unassigned.push(cohort);
      continue;
    }
    const mentor = mentors.get(row.mentor_id) ?? {
      id: row.mentor_id,
      name: row.mentor_name ?? "",
      email: row.mentor_email ?? "",
      interns: 0,
      waiting: 0,
      oldestWaitingDays: null,
      cohorts: [],
    };
    mentor.interns += cohort.interns;
    mentor.waiting += cohort.waiting;
    mentor.oldestWaitingDays = oldest(mentor.oldestWaitingDays, cohort.oldestWaitingDays);
    mentor.cohorts.push(cohort);
    mentors.set(row.mentor_id, mentor);
  }
  return { mentors: [...mentors.values()].sort(compareInterns), unassigned };
}
