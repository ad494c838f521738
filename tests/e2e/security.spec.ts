import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { E2E_DATA_DIR, E2E_DATABASE_URL } from "../../playwright.config";
import { fillRateWindows } from "../support/rate-limits";
import { expect, test } from "./fixtures";

const secrets = () =>
  JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "local-secrets.json"), "utf8")) as {
    authSecret: string;
    clientSecret: string;
  };

test("an expired session is refused", async ({ context, browser, baseURL, login }) => {
  await login("intern@example.com");
  const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token")!;
  const hash = createHash("sha256").update(cookie.value).digest("hex");
  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  // Each try in a fresh browser context holding only the cookie (an open page's background
  // requests would otherwise bring back a valid one). The session's end is the server's to say.
  const visitWithEnd = async (secondsLeft: number) => {
    await db.query(`UPDATE sessions SET expires_at = now() + make_interval(secs => $2) WHERE token_hash = $1`, [
      hash,
      secondsLeft,
    ]);
    const fresh = await browser.newContext();
    await fresh.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL! }]);
    const tab = await fresh.newPage();
    await tab.goto(`${baseURL}/`);
    return { tab, close: () => fresh.close() };
  };
  try {
    // With an hour left the session works...
    const valid = await visitWithEnd(3600);
    await expect(valid.tab.getByTestId("signed-in-as")).toBeVisible();
    await valid.close();
    // ...and ended a minute ago it does not, whatever the cookie says.
    const expired = await visitWithEnd(-60);
    await expect(expired.tab).toHaveURL(/\/sign-in/);
    await expired.close();
  } finally {
    await db.end();
  }
});

test("a cross-site POST to a server action is refused", async ({ page, context, baseURL, login }) => {
  await login("intern@example.com");
  // The sign-out form's action id, as the page renders it for progressive enhancement.
  const name = await page.locator('form input[type="hidden"][name^="$ACTION_ID_"]').first().getAttribute("name");
  expect(name).toBeTruthy();
  const actionId = name!.replace("$ACTION_ID_", "");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const evil = { Origin: "https://evil.example", Cookie: cookie };
  // As a plain HTML form on another site would post it...
  const formPost = await page.request.post(`${baseURL}/`, {
    headers: evil,
    multipart: { [name!]: "" },
    maxRedirects: 0,
  });
  // ...and as a script on another site would call it.
  const fetchPost = await page.request.post(`${baseURL}/`, {
    headers: { ...evil, "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  for (const response of [formPost, fetchPost]) {
    expect(response.status(), await response.text().then((t) => t.slice(0, 200))).toBeGreaterThanOrEqual(400);
  }
  // Still signed in: the forged sign-outs did nothing.
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
});

test("no secret appears in the JavaScript sent to browsers", () => {
  const { authSecret, clientSecret } = secrets();
  const root = path.join(process.cwd(), ".next", "static");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(js|css|json|html)$/.test(entry)) files.push(full);
    }
  };
  walk(root);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    expect(text.includes(authSecret), `AUTH_SECRET in ${file}`).toBe(false);
    expect(text.includes(clientSecret), `client secret in ${file}`).toBe(false);
    expect(text.includes("DATABASE_URL"), `DATABASE_URL in ${file}`).toBe(false);
  }
});

test("sign-in endpoints answer 429 with Retry-After when one address hammers them", async ({ request }) => {
  // A made-up address, so that the other tests' sign-ins are not limited. It is put at the sign-in
  // limit (120 a minute) for this minute and the next few, as 120 requests would, so that the answers
  // do not depend on where in the minute the test runs; the counting itself is proven at chosen
  // instants in tests/integration/rate-limit.test.ts.
  const address = "203.0.113.77";
  await fillRateWindows(E2E_DATABASE_URL, [`sign-in:ip:${address}`], 120);
  const headers = { "X-Forwarded-For": address };
  const answers = [
    await request.get("/api/auth/callback/cognito?code=x&state=y", { headers, maxRedirects: 0 }),
    await request.post("/api/auth/signin/cognito", { headers, maxRedirects: 0 }),
  ];
  for (const response of answers) {
    expect(response.status(), response.url()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await response.text()).toBe("Too many requests. Wait a moment, then try again.");
  }
  // Another address is not slowed by it.
  const other = await request.get("/api/auth/callback/cognito?code=x&state=y", {
    headers: { "X-Forwarded-For": "203.0.113.78" },
    maxRedirects: 0,
  });
  expect(other.status()).not.toBe(429);
});
