// `npm run bench`: the production build against the large dataset, driven over HTTP by signed-in
// users at concurrency 1 and 16, measured against two reference pages of the same server
// (docs/PERFORMANCE.md). Prints a table and the targets' PASS/MISS, writes bench-results/bench.json,
// and stops everything it started. Its settings come from the environment (scripts/bench/settings.ts:
// BENCH_SECONDS, BENCH_ROUNDS, BENCH_ONLY, BENCH_SAVE, the ports and the data folder); each step of
// the run is a module of scripts/bench/.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { BenchDatabase, countDataset } from "./bench/database.ts";
import { BENCH_TODAY } from "./bench/dataset.ts";
import { benchEndpoints, selectEndpoints, tickRequester } from "./bench/endpoints.ts";
import { measureFirstLoad } from "./bench/first-load.ts";
import { measureHostileInput } from "./bench/hostile-input.ts";
import { measureNotifications } from "./bench/notifications.ts";
import { measureBulkApprove } from "./bench/bulk-approve.ts";
import { measureLive } from "./bench/live.ts";
import { measureAcrossInstances } from "./bench/instances.ts";
import { measureSoak } from "./bench/soak.ts";
import { hostileTargets } from "./bench/hostile-report.ts";
import { checkKeptCounts } from "./bench/kept-counts.ts";
import { resetTickedTasks, signInPeople } from "./bench/people.ts";
import { printTable, writeReport, type BenchOutcome } from "./bench/report.ts";
import { runDatabaseRestart } from "./bench/restart.ts";
import { readBenchSettings, type BenchSettings } from "./bench/settings.ts";
import { timeDataFloorSql } from "./bench/sql-alone.ts";
import { ensureBuild, startStack, type BenchStack } from "./bench/stack.ts";
import { countStatements } from "./bench/statements.ts";
import { judgeTargets } from "./bench/targets.ts";
import { measureUnderLoad } from "./bench/under-load.ts";

const log = (line: string) => console.log(line);

/** What the bench started and must stop, also when it fails or is interrupted. */
interface Running {
  stack?: BenchStack;
  database?: BenchDatabase;
  /** Gives the ticked tasks their state from before the bench back. */
  restoreTicked?: () => Promise<void>;
}

async function stopAll(running: Running): Promise<void> {
  await running
    .restoreTicked?.()
    .catch((error: unknown) => console.error(`Could not restore the ticked tasks: ${String(error)}`));
  running.restoreTicked = undefined;
  await running.database?.end();
  await running.stack?.stop();
}

/** Every measurement, in the order that keeps one from disturbing the next. */
async function measure(
  settings: BenchSettings,
  stack: BenchStack,
  database: BenchDatabase,
  running: Running,
): Promise<Omit<BenchOutcome, "startedAt" | "settings" | "build">> {
  const origin = stack.appOrigin;
  const dataset = await countDataset(database);
  log(
    `Dataset (scale ${settings.scale}): ${dataset.cohorts} cohorts, ${dataset.interns} interns, ${dataset.weeks} weeks, ${dataset.days} days, ${dataset.tasks} tasks; today ${BENCH_TODAY}.`,
  );
  const people = await signInPeople(origin, database, log, settings.scale);
  running.restoreTicked = await resetTickedTasks(database, people.interns);
  await database.rows("DELETE FROM rate_limits");

  const tickRequest = tickRequester(origin);
  const endpoints = benchEndpoints(people, tickRequest);
  const {
    loaded,
    restartWanted,
    hostileWanted,
    notificationsWanted,
    bulkApproveWanted,
    liveWanted,
    soakWanted,
    instancesWanted,
  } = selectEndpoints(endpoints, settings.only);
  const statements = await countStatements({ origin, endpoints, people, saveDir: settings.saveDir, log });
  const endpoint = (key: string) => endpoints.find((e) => e.key === key)!;
  const firstLoad = await measureFirstLoad(origin, { en: endpoint("dashboard"), vi: endpoint("dashboardVi") }, log);
  const sqlAlone = await timeDataFloorSql(database, people.mentors[0]!, log);
  const notifications = notificationsWanted
    ? await measureNotifications({ databaseUrl: stack.databaseUrl, database, log })
    : undefined;
  const bulkMentor = people.mentors[0]!;
  const bulkApprove = bulkApproveWanted
    ? await measureBulkApprove({
        origin,
        database,
        mentor: bulkMentor,
        other: people.mentors.find((m) => m.cohortId !== bulkMentor.cohortId)!,
        log,
      })
    : undefined;
  const results = await measureUnderLoad({ origin, loaded, settings, log });
  // After the page loads (its ticks would disturb them), before the hostile input and the restart.
  const live = liveWanted
    ? await measureLive({
        origin,
        database,
        people,
        tickRequest,
        serverPid: stack.serverPid,
        seconds: settings.liveSeconds,
        log,
      })
    : undefined;
  const soak = soakWanted
    ? await measureSoak({
        origin,
        endpoints,
        people,
        serverPid: stack.serverPid,
        seconds: settings.soakSeconds,
        log,
      })
    : undefined;
  // A second app server for a moment: after the load, which it would share the CPU with.
  const instances = instancesWanted ? await measureAcrossInstances({ stack, database, people, log }) : undefined;
  // After the load, which its imports' CPU would disturb; before the restart, which would disturb it.
  const hostile = hostileWanted
    ? await measureHostileInput({
        origin,
        intern: people.demoIntern ?? people.interns[1]!,
        other: people.interns[0]!,
        database,
        log,
      })
    : undefined;
  // Last, so that it disturbs no measurement: PostgreSQL restarts under a ticking load.
  const restart = restartWanted
    ? await runDatabaseRestart({ origin, stack, database, interns: people.interns, tickRequest, log })
    : undefined;

  // The ticked tasks get their state from before the bench back (once the server has finished the
  // last requests of the load, which the load tool stops waiting for); the weeks' kept counts must
  // still agree with their tasks.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await running.restoreTicked();
  running.restoreTicked = undefined;
  await checkKeptCounts(database);

  const targets = [
    ...judgeTargets({ results, loaded, concurrency: settings.concurrency, statements, restart, firstLoad }),
    ...(hostile ? hostileTargets(hostile) : []),
    ...(notifications?.targets ?? []),
    ...(bulkApprove?.targets ?? []),
    ...(live?.targets ?? []),
    ...(soak?.targets ?? []),
    ...(instances?.targets ?? []),
  ];
  const signedIn = { interns: people.interns.length, mentors: people.mentors.length };
  return {
    dataset,
    signedIn,
    statements,
    firstLoad,
    sqlAlone,
    loaded,
    results,
    restart,
    hostile,
    notifications: notifications?.result,
    bulkApprove: bulkApprove?.result,
    live: live?.result,
    soak: soak?.result,
    instances: instances?.result,
    targets,
  };
}

async function main() {
  const startedAt = new Date();
  const settings = readBenchSettings(process.env);
  mkdirSync(settings.dir, { recursive: true });
  if (settings.saveDir) mkdirSync(settings.saveDir, { recursive: true });
  const build = await ensureBuild(log, path.join(settings.dir, "build.log"));
  if (build.built) log(`Built in ${build.seconds.toFixed(0)} s.`);
  const running: Running = {};
  process.once("SIGINT", () => void stopAll(running).then(() => process.exit(130)));
  try {
    const stack = await startStack({
      dir: settings.dir,
      appPort: settings.appPort,
      oidcPort: settings.oidcPort,
      pgPort: settings.pgPort,
      scale: settings.scale,
      log,
      serverNodeArgs: settings.serverNodeArgs,
    });
    running.stack = stack;
    const database = await BenchDatabase.connect(stack.databaseUrl);
    running.database = database;
    const outcome: BenchOutcome = {
      startedAt,
      settings,
      build,
      ...(await measure(settings, stack, database, running)),
    };
    printTable(outcome);
    writeReport(outcome);
    const met = outcome.targets.filter((t) => t.pass).length;
    log(`\nWrote bench-results/bench.json. ${met} of ${outcome.targets.length} targets met.`);
  } finally {
    await stopAll(running);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
