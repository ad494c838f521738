import "server-only";
import { todayIn, type IsoDate } from "@/lib/worklog/dates";
import { databaseEnv } from "./env";

/** Today in the program's time zone, or the date WORKLOG_TODAY pins it to. */
export function programToday(now: Date = new Date()): IsoDate {
  const { WORKLOG_TODAY, WORKLOG_TIME_ZONE } = databaseEnv();
  return WORKLOG_TODAY ?? todayIn(WORKLOG_TIME_ZONE, now);
}

/**
 * Now, on the program's clock: the real instant, or with WORKLOG_TODAY set, that day at the real
 * time of day in the program's time zone (so reminders and the pages agree on what today is).
 */
export function programNow(now: Date = new Date()): Date {
  const { WORKLOG_TODAY, WORKLOG_TIME_ZONE } = databaseEnv();
  if (!WORKLOG_TODAY) return now;
  const shift = Date.parse(`${WORKLOG_TODAY}T00:00:00Z`) - Date.parse(`${todayIn(WORKLOG_TIME_ZONE, now)}T00:00:00Z`);
  return new Date(now.getTime() + shift);
}
