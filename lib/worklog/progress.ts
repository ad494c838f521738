// Progress maths shared by the dashboard, the cohort grid and the exports ("behind" and "overdue" are
// schedule.ts's).

export interface Progress {
  done: number;
  total: number;
  /** 0..100, rounded down so that 100 means every task is done. */
  percent: number;
}

export function progressOf(done: number, total: number): Progress {
  if (total <= 0) return { done: 0, total: 0, percent: 0 };
  const clamped = Math.min(Math.max(done, 0), total);
  return { done: clamped, total, percent: Math.floor((clamped / total) * 100) };
}

export function sumProgress(parts: readonly Pick<Progress, "done" | "total">[]): Progress {
  return progressOf(
    parts.reduce((sum, p) => sum + p.done, 0),
    parts.reduce((sum, p) => sum + p.total, 0),
  );
}

export type Counts = Pick<Progress, "done" | "total">;

/** What ticking a task answers: its state, and its week's and day's counts after the change, as of `at` (server time, ms). */
export interface TickResult {
  taskId: string;
  weekId: string;
  dayId: string;
  done: boolean;
  doneAt: string | null;
  week: Counts;
  day: Counts;
  at: number;
}
