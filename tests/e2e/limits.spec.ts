// Request body limits on server actions: a body over ACTION_BODY_BYTES is refused with 413 before
// the action runs (proxy.ts, from the declared size), and nothing is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ACTION_BODY_BYTES } from "../../lib/schemas/limits";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { expect, test } from "./fixtures";

async function task(email: string) {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; done: boolean }>(
      `SELECT t.id, t.done FROM tasks t JOIN days d ON d.id = t.day_id JOIN weeks w ON w.id = d.week_id JOIN users u ON u.id = w.intern_id
       WHERE u.email = $1 AND w.status = 'DRAFT' ORDER BY w.number DESC, d.position DESC, t.position DESC LIMIT 1`,
      [email],
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

test("a server action's body over the limit gets 413 and changes nothing; one under it is served", async ({
  page,
  context,
  baseURL,
  login,
}) => {
  await login("intern3@example.com");
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const tickId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "tickTaskAction")![0];
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const before = await task("intern3@example.com");
  const post = (padding: number) =>
    page.request.post(`${baseURL}/`, {
      headers: { "Next-Action": tickId, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL!, Cookie: cookie },
      data: JSON.stringify([null, { taskId: before.id, done: !before.done, padding: "x".repeat(padding) }]),
    });

  const tooBig = await post(ACTION_BODY_BYTES + 1024);
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.text()).toContain("larger than the 2 MB a form can send");
  expect((await task("intern3@example.com")).done).toBe(before.done);

  // Under the limit the same request reaches the action (which ignores the unknown field) and ticks.
  const fine = await post(1024);
  expect(fine.status()).toBe(200);
  expect((await task("intern3@example.com")).done).toBe(!before.done);
  const back = await page.request.post(`${baseURL}/`, {
    headers: { "Next-Action": tickId, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL!, Cookie: cookie },
    data: JSON.stringify([null, { taskId: before.id, done: before.done }]),
  });
  expect(back.status()).toBe(200);
  expect((await task("intern3@example.com")).done).toBe(before.done);
});

test("a signed-out or forged-cookie action with a large body is refused before it is read: 401, nothing written", async ({
  request,
  baseURL,
}) => {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const saveDayId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "saveDayAction")![0];
  const before = await task("intern3@example.com");
  // A label just under the action limit: before, this ran the HTML check on it for the signed-out visitor.
  const body = JSON.stringify([null, { weekId: before.id, label: "< ".repeat(ACTION_BODY_BYTES / 2 - 1024) }]);
  for (const cookie of ["", "authjs.session-token=forged", "__Secure-authjs.session-token=forged"]) {
    const response = await request.post(`${baseURL}/weeks/x`, {
      headers: {
        "Next-Action": saveDayId,
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: baseURL!,
        ...(cookie ? { Cookie: cookie } : {}),
      },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status(), cookie || "no cookie").toBe(401);
    expect(await response.text()).toContain("You are signed out. Sign in again, then repeat your change.");
  }
  expect(await task("intern3@example.com")).toEqual(before);
});
