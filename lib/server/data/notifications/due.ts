import "server-only";
// What the scheduled job (and `npm run worklog -- notify --due`) runs: every reminder and digest
// whose moment has come, on the program's clock, in one transaction.
import { db } from "../../db";
import { databaseEnv } from "../../env";
import { writeDueDigests } from "./digest";
import { writeDueReminders } from "./reminders";

export async function runDueNotifications(now: Date): Promise<number> {
  const clock = { now, timeZone: databaseEnv().WORKLOG_TIME_ZONE };
  return db.$transaction(async (tx) => (await writeDueReminders(tx, clock)) + (await writeDueDigests(tx, clock)), {
    timeout: 120_000,
  });
}
