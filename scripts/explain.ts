// `npm run bench:explain`: EXPLAIN (ANALYZE, BUFFERS) of every SQL statement each page's data takes,
// on the database npm start uses (or DATABASE_URL): seed it with `npm run db:seed:large -- --scale 10`
// to see that the plans and their cost do not grow with the program (docs/PERFORMANCE.md, "Ten
// times the program"). The pages' data functions run as the pages call them; every statement they
// send is caught at pg's Client#query (as the integration tests count them) and explained again in a
// transaction that is rolled back, so the tick explained changes nothing. Prints a Markdown table.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "./lib/database.ts";

/** --plans <dir>: also write each statement and its whole plan (text) there, one file each. */
const plansAt = process.argv.indexOf("--plans");
const plansDir = plansAt >= 0 ? path.resolve(process.argv[plansAt + 1] ?? "bench-results/plans") : undefined;
if (plansDir) mkdirSync(plansDir, { recursive: true });

interface Caught {
  text: string;
  values: unknown[];
}

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
const caught: Caught[] = [];
const query = pg.Client.prototype.query;
/** pg's own query, around the catcher. */
const send = (client: pg.Client, config: { text: string; values: unknown[] }) =>
  (query as unknown as (this: pg.Client, q: unknown) => Promise<{ rows: Record<string, unknown>[] }>).call(
    client,
    config,
  );
let catching = false;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
  if (catching) {
    const text = typeof first === "string" ? first : first.text;
    const values = (typeof first === "string" ? second : first.values) ?? [];
    if (!/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(text.trim())) caught.push({ text, values });
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const { db } = await import("../lib/server/db.ts");
const { viewerById } = await import("../lib/server/data/viewer.ts");
const { getInternDashboard } = await import("../lib/server/data/dashboard.ts");
const { getWeek } = await import("../lib/server/data/weeks.ts");
const { setTaskDone } = await import("../lib/server/data/tasks.ts");
const { getCohortGrid } = await import("../lib/server/data/grid.ts");
const { getCohortHeatmap } = await import("../lib/server/data/heatmap.ts");
const { getProgramOverview } = await import("../lib/server/data/program.ts");
const { listReviewQueue } = await import("../lib/server/data/review-queue.ts");
const { getWorkload } = await import("../lib/server/data/workload.ts");
const { listCohorts } = await import("../lib/server/data/cohorts.ts");

/** The last bench cohort (the one written last, at any scale), one of its mentors and interns, an admin. */
const [last] = await db.$queryRaw<{ cohort_id: string; mentor_id: string; intern_id: string; week_id: string }[]>`
  SELECT c.id AS cohort_id, m.mentor_id, e.user_id AS intern_id, w.id AS week_id
  FROM cohorts c JOIN cohort_mentors m ON m.cohort_id = c.id JOIN enrollments e ON e.cohort_id = c.id
  JOIN weeks w ON w.intern_id = e.user_id AND w.end_date >= ${process.env.WORKLOG_TODAY ?? "2026-11-25"}::date
  WHERE c.name LIKE 'Bench cohort %' ORDER BY c.name DESC, e.user_id, w.number LIMIT 1`;
const admin = await db.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } });
if (!last || !admin) throw new Error("No bench cohort: run npm run db:seed:large first.");
const [intern, mentor, adminViewer] = await Promise.all([
  viewerById(last.intern_id),
  viewerById(last.mentor_id),
  viewerById(admin.id),
]);
const task = await db.task.findFirstOrThrow({
  where: { day: { weekId: last.week_id } },
  select: { id: true, done: true },
});
const [counts] = await db.$queryRaw<{ cohorts: number; tasks: number }[]>`
  SELECT (SELECT count(*) FROM cohorts)::int AS cohorts, (SELECT count(*) FROM tasks)::int AS tasks`;

const pages: [string, () => Promise<unknown>][] = [
  ["intern dashboard", () => getInternDashboard(intern!)],
  ["week page", () => getWeek(intern!, last.week_id)],
  ["tick", () => setTaskDone(intern!, { taskId: task.id, done: !task.done })],
  ["cohort grid (not kept)", () => getCohortGrid(mentor!, last.cohort_id, { scope: "all" })],
  ["cohort grid (kept)", () => getCohortGrid(mentor!, last.cohort_id, { scope: "all" })],
  ["module heatmap (not kept)", () => getCohortHeatmap(mentor!, last.cohort_id)],
  ["cohort cards", () => listCohorts(mentor!)],
  ["review queue", () => listReviewQueue(mentor!)],
  ["program overview (no row kept)", () => getProgramOverview(adminViewer!)],
  ["program overview (every row kept)", () => getProgramOverview(adminViewer!)],
  ["mentors' workload", () => getWorkload(adminViewer!)],
];

const explainer = new pg.Client({ connectionString: database.url });
await explainer.connect();
console.log(`EXPLAIN (ANALYZE, BUFFERS) on ${counts!.cohorts} cohorts, ${counts!.tasks} tasks.\n`);
console.log("| page | statement | plan (top nodes) | rows | buffers | ms |");
console.log("| --- | --- | --- | --- | --- | --- |");
try {
  for (const [page, run] of pages) {
    caught.length = 0;
    catching = true;
    await run();
    catching = false;
    for (const statement of [...caught]) {
      await explainer.query("BEGIN");
      const { rows } = await send(explainer, {
        text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`,
        values: statement.values,
      });
      const root = (rows[0]!["QUERY PLAN"] as [PlanRoot])[0];
      if (plansDir) {
        const text = await send(explainer, {
          text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
          values: statement.values,
        });
        const file = `${page.replace(/[^a-z0-9]+/gi, "-")}-${caught.indexOf(statement) + 1}.txt`;
        writeFileSync(
          path.join(plansDir, file),
          `${statement.text}\n\n${text.rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`,
        );
      }
      await explainer.query("ROLLBACK");
      console.log(
        `| ${page} | ${summary(statement.text)} | ${topNodes(root.Plan)} | ${rowsOf(root.Plan)} | ${buffers(root.Plan)} | ${root["Execution Time"].toFixed(2)} |`,
      );
    }
  }
  if (task.done !== undefined) await setTaskDone(intern!, { taskId: task.id, done: task.done });
} finally {
  await explainer.end();
  await db.$disconnect();
  await database.close();
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Shared Hit Blocks": number;
  "Shared Read Blocks": number;
  Plans?: PlanNode[];
}
interface PlanRoot {
  Plan: PlanNode;
  "Execution Time": number;
}

/** The statement's kind and the tables it names first, short. */
function summary(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const kind = flat.split(" ")[0]!.toUpperCase();
  const tables = [
    ...new Set([...flat.matchAll(/(?:FROM|JOIN|UPDATE|INTO) "?(?:public"?\.)?"?([a-z_]+)"?/gi)].map((m) => m[1])),
  ];
  return `${kind} ${tables.slice(0, 4).join(", ")}${tables.length > 4 ? ", …" : ""}`;
}

/** Every scan of the plan, as "Index Scan weeks_cohort_id_number_idx": what shows it reads by key. */
function topNodes(plan: PlanNode): string {
  const scans: string[] = [];
  const walk = (node: PlanNode) => {
    if (/Scan/.test(node["Node Type"]) && scans.length < 4)
      scans.push(`${node["Node Type"]} ${node["Index Name"] ?? node["Relation Name"] ?? ""}`.trim());
    node.Plans?.forEach(walk);
  };
  walk(plan);
  return scans.join("; ") || plan["Node Type"];
}

function rowsOf(plan: PlanNode): number {
  return plan["Actual Rows"];
}

function buffers(plan: PlanNode): string {
  return `${plan["Shared Hit Blocks"] + plan["Shared Read Blocks"]}`;
}
