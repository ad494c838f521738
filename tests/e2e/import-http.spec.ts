// The import route over HTTP (app/import/upload/route.ts): 500 hostile files each refused with a
// 400 and its own message, nothing written; 413 for bodies over the limit (declared or streamed);
// 429 with Retry-After per intern and per address; 403 cross-origin and for non-interns; 401
// signed out; and a valid page previews with 200.
//
// Runs in the "isolated" project, after the specs that import, and writes nothing: hostile.spec
// may run beside it, so the rows counted are the ones an import writes, and task texts, not ticks.
// Its requests carry addresses of their own (TEST-NET, X-Forwarded-For), and it deletes the rate
// limit counters it made when done, so no other import is slowed by it.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { APIRequestContext, APIResponse, BrowserContext } from "@playwright/test";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { IMPORT_LIMITS, IMPORT_REQUEST_BYTES } from "../../lib/schemas/import";
import { hostileFile } from "../hostile-files";
import { fillRateWindows } from "../support/rate-limits";
import { expect, login, test, type DemoEmail } from "./fixtures";

test.describe.configure({ mode: "serial" });

const ROUTE = "/import/upload";
const ADDRESS = "203.0.113.10";
const fixture = readFileSync(path.resolve("tests/fixtures/fcj-week5.en.md"), "utf8");
const TABLES = ["weeks", "week_items", "days", "tasks", "task_modules", "review_comments", "review_decisions"];

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** What an import writes: week rows and their content, and its audit events. */
async function rowCounts() {
  const counts: Record<string, number | string> = {};
  for (const table of TABLES) counts[table] = Number((await query(`SELECT count(*) FROM ${table}`))[0]!.count);
  const [row] = await query(
    `SELECT (SELECT count(*) FROM audit_events WHERE action IN ('week.imported', 'week.replaced-by-import')) AS imports,
            (SELECT md5(string_agg(text, '|' ORDER BY id)) FROM tasks) AS tasks,
            (SELECT md5(string_agg(text, '|' ORDER BY id)) FROM week_items) AS items`,
  );
  return { ...counts, imports: Number(row!.imports), taskTexts: String(row!.tasks), itemTexts: String(row!.items) };
}

const userKey = async (email: string) =>
  `import:user:${(await query<{ id: string }>("SELECT id FROM users WHERE email = $1", [email]))[0]!.id}`;
/** The import limit per intern and per address in a minute (LIMITS.import in lib/server/rate-limit.ts). */
const IMPORT_LIMIT = 20;
/** Keys at `count` imports in this minute and the next few: every request below meets that count. */
const putAt = (count: number, keys: string[]) => fillRateWindows(E2E_DATABASE_URL, keys, count);
const resetLimits = (keys: string[]) =>
  query("DELETE FROM rate_limits WHERE key = ANY($1) OR key LIKE 'import:ip:203.0.113.%'", [keys]);

type Json = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[]>; data?: unknown };

let context: BrowserContext;
let api: APIRequestContext;
let baseURL: string;

/** A multipart POST as the import form sends it, from the signed-in intern's browser context. */
function upload(
  files: { name: string; bytes: Uint8Array | Buffer }[],
  options: {
    intent?: string;
    mode?: string;
    address?: string;
    headers?: Record<string, string>;
    as?: APIRequestContext;
  } = {},
): Promise<APIResponse> {
  const form = new FormData();
  if (options.intent !== "") form.set("intent", options.intent ?? "import");
  form.set("mode", options.mode ?? "skip");
  for (const file of files)
    form.append("files", new Blob([new Uint8Array(file.bytes)], { type: "application/octet-stream" }), file.name);
  return (options.as ?? api).post(ROUTE, {
    multipart: form,
    headers: { Origin: baseURL, "X-Forwarded-For": options.address ?? ADDRESS, ...options.headers },
    maxRedirects: 0,
  });
}

async function signedIn(browser: import("@playwright/test").Browser, email: DemoEmail): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL });
  await login(await ctx.newPage(), email);
  return ctx;
}

test.beforeAll(async ({ browser }, info) => {
  baseURL = String(info.project.use.baseURL);
  context = await signedIn(browser, "intern3@example.com");
  api = context.request;
});

test.afterAll(async () => {
  await resetLimits([await userKey("intern3@example.com"), await userKey("intern2@example.com")]);
  await context?.close();
});

test("a valid page previews with 200 and saves nothing", async () => {
  const before = await rowCounts();
  const response = await upload([{ name: "_index.md", bytes: Buffer.from(fixture) }], { intent: "preview" });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const body = (await response.json()) as Json & { data: { ok: boolean; weeks: { number: number }[] } };
  expect(body.ok).toBe(true);
  expect(body.data.ok).toBe(true);
  expect(body.data.weeks.map((week) => week.number)).toEqual([5]);
  expect(await rowCounts()).toEqual(before);
});

test("500 hostile files, each imported on its own: each a 400 naming the file and why, nothing written", async () => {
  test.setTimeout(120_000);
  const keys = [await userKey("intern3@example.com")];
  const before = await rowCounts();
  const statuses = new Map<number, number>();
  const kinds = new Set<string>();
  // The limiter (20 imports a minute) runs before any file is read, and is tested below; here every
  // request must reach the parser, so its counters are cleared before each group of 16 requests.
  for (let start = 0; start < 500; start += 16) {
    await resetLimits(keys);
    const group = Array.from({ length: Math.min(16, 500 - start) }, (_, k) => hostileFile(start + k));
    const answers = await Promise.all(
      group.map(async (file) => ({ file, response: await upload([file], { intent: "import" }) })),
    );
    for (const { file, response } of answers) {
      statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
      expect(response.status(), file.name).toBe(400);
      const body = (await response.json()) as Json;
      expect(body.ok, file.name).toBe(false);
      const problem = body.fieldErrors?.files?.find((line) => line.startsWith(`${file.name}: `));
      expect(problem?.length ?? 0, `${file.name}: ${JSON.stringify(body)}`).toBeGreaterThan(file.name.length + 20);
      kinds.add(file.name.replace(/-\d+\..*$/, ""));
    }
  }
  expect(kinds.size).toBe(15);
  expect(await rowCounts()).toEqual(before);
  console.log(`500 hostile import files → statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
});

test("malformed requests get a 4xx with a message, never a 500", async () => {
  const page = { name: "_index.md", bytes: Buffer.from(fixture) };
  await resetLimits([await userKey("intern3@example.com")]);
  const before = await rowCounts();
  const cases: [string, Promise<APIResponse>, number][] = [
    ["no files", upload([]), 400],
    ["no intent", upload([page], { intent: "" }), 400],
    ["unknown intent", upload([page], { intent: "delete" }), 400],
    ["unknown mode", upload([page], { mode: "overwrite" }), 400],
    [
      "too many files",
      upload(Array.from({ length: IMPORT_LIMITS.files + 1 }, (_, i) => ({ name: `${i}.md`, bytes: Buffer.from("x") }))),
      400,
    ],
    [
      "not multipart",
      api.post(ROUTE, {
        data: "intent=import",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": ADDRESS },
      }),
      415,
    ],
    [
      "broken multipart",
      api.post(ROUTE, {
        data: '--xyz\r\nContent-Disposition: form-data; name="files"\r\n\r\nunterminated',
        headers: { "Content-Type": "multipart/form-data; boundary=xyz", "X-Forwarded-For": ADDRESS },
      }),
      400,
    ],
  ];
  for (const [what, request, status] of cases) {
    const response = await request;
    expect(response.status(), what).toBe(status);
    const body = (await response.json()) as Json;
    expect(body.ok, what).toBe(false);
    expect((body.formError ?? "").length, what).toBeGreaterThan(10);
  }
  expect(await rowCounts()).toEqual(before);
});

test("a body over the limit gets 413 naming it: from Content-Length unread, and while reading a chunked upload", async () => {
  await resetLimits([await userKey("intern3@example.com")]);
  const before = await rowCounts();
  // Declared: a page too large for the upload, refused before the body is read (or rate-counted).
  const declared = await upload([{ name: "_index.md", bytes: Buffer.alloc(IMPORT_REQUEST_BYTES + 1, "x") }]);
  expect(declared.status()).toBe(413);
  expect(((await declared.json()) as Json).formError).toContain(`${IMPORT_LIMITS.uploadBytes / 1_000_000} MB`);

  // Streamed with no Content-Length: refused once the bytes read pass the limit.
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const boundary = "worklog-e2e-boundary";
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nimport\r\n--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="_index.md"\r\nContent-Type: text/markdown\r\n\r\n`;
  const chunk = new Uint8Array(256 * 1024).fill(120);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode(head));
      if (sent > IMPORT_REQUEST_BYTES + chunk.length) {
        controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
  const streamed = await fetch(`${baseURL}${ROUTE}`, {
    method: "POST",
    body,
    duplex: "half",
    redirect: "manual",
    headers: {
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
      Cookie: cookie,
      Origin: baseURL,
      "X-Forwarded-For": ADDRESS,
    },
  } as RequestInit);
  expect(streamed.status).toBe(413);
  expect(((await streamed.json()) as Json).formError).toContain(`${IMPORT_LIMITS.uploadBytes / 1_000_000} MB`);
  expect(await rowCounts()).toEqual(before);
});

test("a cross-origin POST gets 403, and so does a signed-in mentor; signed out gets 401", async ({ browser }) => {
  const page = { name: "_index.md", bytes: Buffer.from(fixture) };
  const before = await rowCounts();
  const crossOrigin = await upload([page], { headers: { Origin: "https://evil.example" } });
  expect(crossOrigin.status()).toBe(403);
  expect(((await crossOrigin.json()) as Json).formError).toMatch(/another site/);

  const mentor = await signedIn(browser, "mentor@example.com");
  const notIntern = await upload([page], { as: mentor.request });
  expect(notIntern.status()).toBe(403);
  expect(((await notIntern.json()) as Json).formError).toMatch(/Only interns/);
  await mentor.close();

  // Signed out, with a cookie that is no (longer a) session or none at all: proxy.ts answers 401
  // before the files are read, in JSON for the import form (which asks for it).
  const stranger = await browser.newContext({ baseURL });
  for (const cookie of ["authjs.session-token=not-a-session", ""]) {
    const signedOut = await upload([page], {
      as: stranger.request,
      headers: { Accept: "application/json", ...(cookie ? { Cookie: cookie } : {}) },
    });
    expect(signedOut.status(), cookie || "no cookie").toBe(401);
    expect(((await signedOut.json()) as Json).formError).toMatch(/signed out/);
  }
  await stranger.close();
  expect(await rowCounts()).toEqual(before);
});

test("over 20 imports a minute: 429 with Retry-After, per intern and per address", async ({ browser }) => {
  const page = { name: "_index.md", bytes: Buffer.from(fixture) };
  const intern = await userKey("intern3@example.com");
  await resetLimits([intern, await userKey("intern2@example.com")]);
  const address = "203.0.113.20";
  // Counters are per clock minute: the intern and the address are put one import short of the limit,
  // then at it, for this minute and the next few, so the answers do not depend on when the test runs.
  // The counting itself (20 served, the 21st refused) is tests/integration/rate-limit.test.ts's.
  await putAt(IMPORT_LIMIT - 1, [intern, `import:ip:${address}`]);
  expect((await upload([page], { intent: "preview", address })).status(), `request ${IMPORT_LIMIT}`).toBe(200);
  await putAt(IMPORT_LIMIT, [intern, `import:ip:${address}`]);
  const limited = await upload([page], { intent: "preview", address });
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = (await limited.json()) as Json;
  expect(body).toEqual({
    ok: false,
    formError: `Too many imports in a minute. Wait ${retryAfter} seconds, then try again.`,
  });

  // The same intern from another address: still over (per intern).
  expect((await upload([page], { intent: "preview", address: "203.0.113.21" })).status()).toBe(429);
  // Another intern from the same address: over too (per address).
  const other = await signedIn(browser, "intern2@example.com");
  expect((await upload([page], { intent: "preview", address, as: other.request })).status()).toBe(429);
  // ...and from an address of their own, served.
  expect((await upload([page], { intent: "preview", address: "203.0.113.22", as: other.request })).status()).toBe(200);
  await other.close();

  // The import form says how long to wait (the intern is still at the limit).
  const tab = await context.newPage();
  await tab.goto("/import");
  await tab.getByLabel("Worklog pages").setInputFiles(path.resolve("tests/fixtures/fcj-week5.en.md"));
  await expect(tab.getByRole("alert").filter({ hasText: "Too many imports" })).toHaveText(
    /^Too many imports in a minute\. Wait \d+ seconds, then try again\.$/,
  );
  await expect(tab.getByRole("region", { name: "Preview" })).toHaveCount(0);
  // And what happened when the answer is not the route's: no connection, a load balancer's error page.
  const choose = () =>
    tab
      .getByLabel("Worklog pages")
      .setInputFiles({ name: "_index.md", mimeType: "text/markdown", buffer: Buffer.from(fixture) });
  await tab.route("**/import/upload", (route) => route.abort("internetdisconnected"));
  await choose();
  await expect(tab.getByRole("alert").filter({ hasText: "The upload failed" })).toHaveText(
    "The upload failed: check your connection and try again.",
  );
  await tab.unroute("**/import/upload");
  await tab.route("**/import/upload", (route) =>
    route.fulfill({ status: 502, contentType: "text/html", body: "<h1>Bad gateway</h1>" }),
  );
  await choose();
  await expect(tab.getByRole("alert").filter({ hasText: "unexpected" })).toContainText("(HTTP 502)");
  await tab.close();
});
