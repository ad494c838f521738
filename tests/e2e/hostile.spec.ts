// 500 malformed or hostile server-action payloads: each refused with a client error or a clear
// message (never a 500), and nothing written.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { expect, test } from "./fixtures";

const TABLES = [
  "users",
  "cohorts",
  "weeks",
  "week_items",
  "days",
  "tasks",
  "task_modules",
  "review_comments",
  "review_decisions",
];

async function rowCounts() {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of TABLES)
      counts[table] = Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
    const done = await client.query(
      "SELECT count(*) FILTER (WHERE done) AS done, md5(string_agg(text, '|' ORDER BY id)) AS texts FROM tasks",
    );
    return { ...counts, done: Number(done.rows[0].done), texts: String(done.rows[0].texts) };
  } finally {
    await client.end();
  }
}

/** A deterministic stream of nasty values. */
function* hostileValues(seed: number): Generator<unknown> {
  let x = seed;
  const rand = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const strings = [
    "",
    " ",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u0000",
    "x".repeat(5000),
    "../../etc/passwd",
    "javascript:alert(1)",
    "💥",
    "null",
  ];
  const ids = ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "' OR 1=1 --", 42, null, {}];
  for (;;) {
    const r = rand();
    if (r < 0.15) yield strings[Math.floor(rand() * strings.length)];
    else if (r < 0.3) yield [Math.floor(rand() * 1e9), true, null];
    else if (r < 0.5)
      yield { taskId: ids[Math.floor(rand() * ids.length)], done: strings[Math.floor(rand() * strings.length)] };
    else if (r < 0.7)
      yield {
        weekId: ids[Math.floor(rand() * ids.length)],
        kind: "OBJECTIVE",
        items: [{ text: strings[Math.floor(rand() * strings.length)] }],
      };
    else if (r < 0.85)
      yield {
        weekId: ids[Math.floor(rand() * ids.length)],
        label: strings[Math.floor(rand() * strings.length)],
        tasks: "nope",
        __proto__: { polluted: true },
      };
    else
      yield {
        weekId: ids[Math.floor(rand() * ids.length)],
        decision: "APPROVED",
        comment: strings[Math.floor(rand() * strings.length)],
      };
  }
}

test("500 malformed action payloads: no 500, nothing written", async ({ page, context, baseURL, login }) => {
  test.setTimeout(180_000);
  await login("intern3@example.com");
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const writes = [
    "tickTaskAction",
    "saveWeekItemsAction",
    "saveDayAction",
    "removeDayAction",
    "moveDayAction",
    "submitWeekAction",
    "decideWeekAction",
    "addCommentAction",
    "extendWeekAction",
    "removeExtensionAction",
  ];
  const actionIds = Object.entries(manifest.node)
    .filter(([, entry]) => writes.includes(entry.exportedName ?? ""))
    .map(([id]) => id);
  expect(actionIds.length).toBe(writes.length);
  const tickId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "tickTaskAction")![0];
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const before = await rowCounts();
  const values = hostileValues(7);
  const statuses = new Map<number, number>();
  for (let i = 0; i < 500; i++) {
    const value = values.next().value;
    // Most are well-formed JSON of the wrong shape; some are not JSON at all.
    const body = i % 10 === 9 ? `{"broken": ${"[".repeat(i % 50)}` : JSON.stringify([null, value]);
    const response = await page.request.post(`${baseURL}/`, {
      headers: {
        "Next-Action": actionIds[i % actionIds.length]!,
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: baseURL!,
        Cookie: cookie,
      },
      data: body,
      maxRedirects: 0,
    });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    expect(response.status(), `payload ${i}: ${body.slice(0, 80)}`).toBeLessThan(500);
  }
  expect(await rowCounts()).toEqual(before);

  // Control: the same kind of request with a valid payload does reach the action and tick.
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(
    `SELECT t.id FROM tasks t JOIN days d ON d.id = t.day_id JOIN weeks w ON w.id = d.week_id JOIN users u ON u.id = w.intern_id
     WHERE u.email = 'intern3@example.com' AND w.status = 'DRAFT' AND NOT t.done LIMIT 1`,
  );
  await client.end();
  const tick = (done: boolean) =>
    page.request.post(`${baseURL}/`, {
      headers: { "Next-Action": tickId, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL!, Cookie: cookie },
      data: JSON.stringify([null, { taskId: rows[0].id, done }]),
    });
  expect((await tick(true)).status()).toBe(200);
  expect((await rowCounts()).done).toBe(before.done + 1);
  await tick(false);
  expect((await rowCounts()).done).toBe(before.done);
  console.log(`500 hostile payloads → statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
});
