import "server-only";
import { todayIn, type IsoDate } from "@/lib/worklog/dates";
import { databaseEnv } from "./env";

/** Today in the program's time zone, or the date WORKLOG_TODAY pins it to. */
export function programToday(now: Date = new Date()): IsoDate {
  const { WORKLOG_TODAY, WORKLOG_TIME_ZONE } = databaseEnv();
  return WORKLOG_TODAY ?? todayIn(WORKLOG_TIME_ZONE, now);
}
