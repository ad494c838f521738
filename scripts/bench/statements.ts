// SQL statements per request: the server's statement counter (GET /bench/queries, on with
// WORKLOG_BENCH=1) read before and after a request sent alone, three times per endpoint; also the
// check that every endpoint answers as it should before any load runs. Then the grid, the CSV and the
// module heatmap of a 3-intern and a 50-intern cohort, and the dashboard with 5 and with 12 weeks:
// constant in the size.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { html, send, type Endpoint } from "./endpoints.ts";
import type { LoadRequest } from "./load.ts";
import type { People } from "./people.ts";

export interface StatementCounts {
  /** Per endpoint key: the three counts. */
  queryCounts: Record<string, number[]>;
  /** By the cohort's (or the intern's program's) size. */
  sizes: {
    grid3: number[];
    grid50: number[];
    csv3: number[];
    csv50: number[];
    heatmap3: number[];
    heatmap50: number[];
    dashboard5weeks: number[];
    dashboard12weeks: number[];
  };
}

/**
 * The fewest of the counts: the request as it runs with its view kept (the first of three may read
 * the view it then keeps, and any may meet a write of its own now and then: a session's renewal).
 */
export const fewestOf = (counts: number[]) => (counts.length ? Math.min(...counts) : NaN);

/** The count most runs agree on. */
export const modeOf = (counts: number[]) =>
  [...counts].sort((a, b) => counts.filter((c) => c === b).length - counts.filter((c) => c === a).length)[0] ?? NaN;

export async function countStatements(options: {
  origin: string;
  endpoints: Endpoint[];
  people: People;
  /** BENCH_SAVE: where to keep the first answer of each. */
  saveDir: string | undefined;
  log: (line: string) => void;
}): Promise<StatementCounts> {
  const { origin, people, saveDir } = options;
  const queriesNow = async () => {
    const response = await fetch(new URL("/bench/queries", origin), {
      headers: { cookie: people.interns[0]!.cookie },
    });
    if (!response.ok) throw new Error(`/bench/queries answered ${response.status}`);
    return ((await response.json()) as { queries: number }).queries;
  };
  /** SQL statements of one request sent alone, three times (they should agree). */
  const countQueries = async (make: (n: number) => LoadRequest, check: Endpoint["check"], label: string) => {
    const counts: number[] = [];
    for (let n = 0; n < 3; n++) {
      const before = await queriesNow();
      const { status, body } = await send(origin, make(n));
      const after = await queriesNow();
      if (!check(status, body))
        throw new Error(`${label}: unexpected answer (HTTP ${status}): ${body.slice(0, 300).replace(/\s+/g, " ")}`);
      if (saveDir && n === 0)
        writeFileSync(path.join(saveDir, `${label.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.txt`), body);
      counts.push(after - before);
    }
    return counts;
  };

  options.log("Checking every endpoint's answer and counting its SQL statements…");
  const queryCounts: Record<string, number[]> = {};
  for (const endpoint of options.endpoints)
    queryCounts[endpoint.key] = await countQueries(endpoint.request, endpoint.check, endpoint.label);
  // Constant in the cohort's size: the demo mentor's two cohorts, 3 interns with 5 weeks at most and 50 with 12.
  const { demoMentor, demoMentorCohorts, demoIntern } = people;
  const asDemoMentor =
    (cohortId: string, suffix = ""): ((n: number) => LoadRequest) =>
    () => ({ method: "GET", path: `/cohorts/${cohortId}${suffix}`, headers: html(demoMentor) });
  const sizes = {
    grid3: await countQueries(asDemoMentor(demoMentorCohorts.get("demo")!), (s) => s === 200, "grid, demo cohort"),
    grid50: await countQueries(asDemoMentor(demoMentorCohorts.get("bench")!), (s) => s === 200, "grid, bench cohort"),
    csv3: await countQueries(
      asDemoMentor(demoMentorCohorts.get("demo")!, "/export.csv"),
      (s) => s === 200,
      "csv, demo cohort",
    ),
    csv50: await countQueries(
      asDemoMentor(demoMentorCohorts.get("bench")!, "/export.csv"),
      (s) => s === 200,
      "csv, bench cohort",
    ),
    heatmap3: await countQueries(
      asDemoMentor(demoMentorCohorts.get("demo")!, "/modules"),
      (s) => s === 200,
      "heatmap, demo cohort",
    ),
    heatmap50: await countQueries(
      asDemoMentor(demoMentorCohorts.get("bench")!, "/modules"),
      (s) => s === 200,
      "heatmap, bench cohort",
    ),
    dashboard5weeks: demoIntern
      ? await countQueries(
          () => ({ method: "GET", path: "/", headers: html(demoIntern) }),
          (s) => s === 200,
          "dashboard, demo intern",
        )
      : [],
    dashboard12weeks: queryCounts.dashboard!,
  };
  return { queryCounts, sizes };
}
