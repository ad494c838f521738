// Who the bench's requests come from: 3 interns and both mentors of every bench cohort, plus the demo
// intern, mentor and admin, each signed in through the real sign-in flow from an address of their own; and
// the task of today each intern ticks, which starts from "not done" and gets its state back at the end.
import { Browser } from "./browser.ts";
import type { BenchDatabase } from "./database.ts";
import { BENCH_TODAY, DEMO_MENTOR_OF_COHORT_1, signedInCohorts } from "./dataset.ts";

/** Interns and mentors the load comes from: enough that no one passes the export rate limit (60 a minute each). */
const INTERNS_PER_COHORT_SIGNED_IN = 3;
const DEMO_INTERN = "intern@example.com";
/** The admin the program overview's load comes from (it is an admin's page). */
const DEMO_ADMIN = "admin@example.com";

export interface Session {
  email: string;
  cookie: string;
  address: string;
  userId: string;
}
export interface Intern extends Session {
  /** The week that contains the bench's today, its last task of today (ticked), and that task's state before the bench. */
  weekId: string;
  taskId: string;
  taskWas: { done: boolean; doneAt: Date | null };
  tickNext: boolean;
}
export interface Mentor extends Session {
  cohortId: string;
}

export interface People {
  interns: Intern[];
  /** The bench mentors, each on their own 50-intern cohort. */
  mentors: Mentor[];
  /** The demo mentor, on bench cohort 01. */
  demoMentor: Mentor;
  /** The demo mentor's two cohorts: "demo" (3 interns) and "bench" (50). */
  demoMentorCohorts: Map<string, string>;
  demoIntern: Intern | undefined;
  /** The demo admin, for the program overview. */
  demoAdmin: Session;
}

async function signInAll(
  origin: string,
  emails: string[],
  addressOf: (index: number) => string,
): Promise<Map<string, Browser>> {
  const browsers = new Map<string, Browser>();
  const queue = emails.map((email, index) => ({ email, index }));
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const browser = new Browser(origin, addressOf(item.index));
      const seen = await browser.signIn(item.email);
      if (seen !== item.email) throw new Error(`Signed in as ${item.email} but the app says ${seen}.`);
      browsers.set(item.email, browser);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return browsers;
}

/** Each intern's week of today and the last task of their today. */
async function findInterns(
  database: BenchDatabase,
  emails: string[],
  session: (email: string) => Session,
): Promise<Map<string, Intern>> {
  const internRows = await database.rows<{
    email: string;
    user_id: string;
    week_id: string;
    task_id: string;
    done: boolean;
    done_at: Date | null;
  }>(
    `SELECT u.email, u.id AS user_id, w.id AS week_id, t.id AS task_id, t.done, t.done_at
       FROM users u
       JOIN weeks w ON w.intern_id = u.id AND w.start_date <= $2::date AND w.end_date >= $2::date
       JOIN days d ON d.week_id = w.id AND d.start_date = $2::date
       JOIN LATERAL (SELECT id, done, done_at FROM tasks WHERE day_id = d.id ORDER BY position DESC LIMIT 1) t ON true
       WHERE u.email = ANY($1::text[])`,
    [emails, BENCH_TODAY],
  );
  return new Map(
    internRows.map((r) => [
      r.email,
      {
        ...session(r.email),
        userId: r.user_id,
        weekId: r.week_id,
        taskId: r.task_id,
        taskWas: { done: r.done, doneAt: r.done_at },
        tickNext: true,
      } satisfies Intern,
    ]),
  );
}

export async function signInPeople(
  origin: string,
  database: BenchDatabase,
  log: (line: string) => void,
  scale: number,
): Promise<People> {
  const cohorts = signedInCohorts(scale);
  const internEmails = cohorts.flatMap((c) => c.interns.slice(0, INTERNS_PER_COHORT_SIGNED_IN).map((p) => p.email));
  const mentorEmails = cohorts.flatMap((c) => c.mentors.map((p) => p.email));
  const everyone = [...internEmails, ...mentorEmails, DEMO_INTERN, DEMO_MENTOR_OF_COHORT_1, DEMO_ADMIN];
  // Each user comes from their own address (X-Forwarded-For, as a load balancer would append it).
  const address = (index: number) => `10.${64 + Math.floor(index / 250)}.0.${(index % 250) + 1}`;
  const signInStarted = Date.now();
  const browsers = await signInAll(origin, everyone, address);
  log(
    `Signed in ${browsers.size} users through the sign-in flow in ${((Date.now() - signInStarted) / 1000).toFixed(1)} s.`,
  );
  const session = (email: string): Session => {
    const browser = browsers.get(email)!;
    return { email, cookie: browser.cookieHeader(), address: browser.address, userId: "" };
  };

  const internBy = await findInterns(database, [...internEmails, DEMO_INTERN], session);
  const mentorRows = await database.rows<{ email: string; user_id: string; cohort_id: string; name: string }>(
    `SELECT u.email, u.id AS user_id, m.cohort_id, c.name FROM users u JOIN cohort_mentors m ON m.mentor_id = u.id JOIN cohorts c ON c.id = m.cohort_id
       WHERE u.email = ANY($1::text[])`,
    [everyone],
  );
  const mentors: Mentor[] = mentorRows
    .filter((r) => mentorEmails.includes(r.email))
    .map((r) => ({ ...session(r.email), userId: r.user_id, cohortId: r.cohort_id }));
  const interns = internEmails.map((email) => {
    const intern = internBy.get(email);
    if (!intern) throw new Error(`No current week with a task today for ${email}.`);
    return intern;
  });
  const demoMentorCohorts = new Map(
    mentorRows
      .filter((r) => r.email === DEMO_MENTOR_OF_COHORT_1)
      .map((r) => [r.name.startsWith("Bench") ? "bench" : "demo", r.cohort_id]),
  );
  const demoMentor: Mentor = {
    ...session(DEMO_MENTOR_OF_COHORT_1),
    userId: "",
    cohortId: demoMentorCohorts.get("bench")!,
  };
  return {
    interns,
    mentors,
    demoMentor,
    demoMentorCohorts,
    demoIntern: internBy.get(DEMO_INTERN),
    demoAdmin: session(DEMO_ADMIN),
  };
}

/** Sets the interns' ticked tasks to "not done"; the function it returns gives them their state from before back. */
export async function resetTickedTasks(database: BenchDatabase, interns: Intern[]): Promise<() => Promise<void>> {
  await database.rows("UPDATE tasks SET done = false, done_at = NULL WHERE id = ANY($1::uuid[])", [
    interns.map((i) => i.taskId),
  ]);
  return async () => {
    await database.rows(
      "UPDATE tasks t SET done = v.done, done_at = v.done_at FROM unnest($1::uuid[], $2::boolean[], $3::timestamptz[]) AS v(id, done, done_at) WHERE t.id = v.id",
      [interns.map((i) => i.taskId), interns.map((i) => i.taskWas.done), interns.map((i) => i.taskWas.doneAt)],
    );
  };
}
