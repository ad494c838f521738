// Sessions end when they should, no sign-in link leaves the site, another intern's week is a 404 on
// every page, and a stale tab loses nobody's work (issue 12). This spec changes people (groups and
// a disabled account at the provider, a deactivation in Worklog) that other specs sign in as, so it
// runs in a project of its own once every other spec has finished (playwright.config.ts).
import type { BrowserContext, Page } from "@playwright/test";
import { DEMO_COHORT_NAME } from "../../prisma/demo-data.ts";
import { E2E_SESSION_CHECK_SECONDS } from "../../playwright.config";
import { expect, fillProviderSignIn, login, test, type DemoEmail } from "./fixtures";
import { changeAtProvider, PROVIDER_ORIGIN, queryApp, weekIdOf } from "./provider-directory";

// A change at the provider shows at the first request after the check interval: the interval, and
// time for the check and the page (a loaded 2-core machine).
const WITHIN_INTERVAL = { timeout: (E2E_SESSION_CHECK_SECONDS + 6) * 1000, intervals: [500] };
const NOT_FOUND = "This page does not exist, or you may not see it";

/**
 * Every request the browser makes to evil.example, redirects included. Such a name never resolves
 * (.example is reserved), so a browser sent there ends on an error page.
 */
function watchForEvil(context: BrowserContext): string[] {
  const attempts: string[] = [];
  context.on("request", (request) => {
    const { hostname } = new URL(request.url());
    if (hostname === "evil.example" || hostname.endsWith(".evil.example")) attempts.push(request.url());
  });
  return attempts;
}

function expectOnTheApp(page: Page, baseURL: string, payload: string) {
  expect(new URL(page.url()).origin, `callbackUrl=${payload}`).toBe(new URL(baseURL).origin);
}

// The findings and the shapes browsers read as another site: "." and ".." resolved, also
// written %2e; "\" read as "/"; percent-encoded slashes; tabs, newlines and spaces dropped; absolute
// URLs. Each is sent as a callbackUrl value (encoded in the query, as a link would carry it).
const PAYLOADS = [
  "/.//evil.example/x",
  "/..//evil.example/x",
  "/%2e//evil.example/x",
  "/\\evil.example",
  "/%5Cevil.example",
  "%2F%2Fevil.example",
  "/%2F/evil.example",
  "//evil.example",
  "https://evil.example/x",
  "http://evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  " //evil.example",
].map(encodeURIComponent);

// Someone whose home page ("no access yet") links nowhere: each landing is quick, with nothing to prefetch.
const SIGNING_IN = "nogroup@example.com";

test.describe("sign-in never sends the browser to another site", () => {
  test("signed in, every callbackUrl ends on the app", async ({ page, context, baseURL }) => {
    test.setTimeout(60_000);
    const attempts = watchForEvil(context);
    await login(page, SIGNING_IN);
    for (const payload of PAYLOADS) {
      // Sent off-site, the navigation fails (no such host): the requests say where it went.
      await page.goto(`/sign-in?callbackUrl=${payload}`).catch(() => null);
      expect(attempts, `callbackUrl=${payload}`).toEqual([]);
      expectOnTheApp(page, baseURL!, payload);
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
    }
  });

  test("signed out, every callbackUrl ends on the app after signing in", async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const attempts = watchForEvil(context);
    let providerRemembers = false;
    for (const payload of PAYLOADS) {
      // Signed out of the app; the provider asks for the password the first time, then remembers.
      await context.clearCookies({ domain: new URL(baseURL!).hostname });
      await page.goto(`/sign-in?callbackUrl=${payload}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      if (!providerRemembers) await fillProviderSignIn(page, SIGNING_IN);
      providerRemembers = true;
      await page.waitForURL(
        (url) =>
          url.origin !== PROVIDER_ORIGIN && !url.pathname.startsWith("/api/auth/") && url.pathname !== "/sign-in",
      );
      expect(attempts, `callbackUrl=${payload}`).toEqual([]);
      expectOnTheApp(page, baseURL!, payload);
      await expect(page.getByTestId("signed-in-as")).toBeVisible();
    }
  });
});

test("the session cookie's expiry never moves forward, and is at most 8 hours from sign-in", async ({
  page,
  context,
}) => {
  const sessionCookie = async () => (await context.cookies()).find((c) => c.name === "authjs.session-token");
  const before = Date.now() / 1000;
  await login(page, "intern@example.com");
  const signedIn = Date.now() / 1000;
  const first = (await sessionCookie())?.expires;
  expect(first, "the session cookie's expiry").toBeDefined();
  expect(first!).toBeGreaterThan(before + 8 * 3600 - 5);
  expect(first!).toBeLessThanOrEqual(signedIn + 8 * 3600 + 1);
  // Pages, the session endpoint as a tab polls it, and past a check with the provider: a sliding
  // session would show as a later expiry (the cookie counts in seconds, so a second apart).
  const deadline = Date.now() + (E2E_SESSION_CHECK_SECONDS + 1) * 1000;
  do {
    await page.waitForTimeout(1100);
    await page.goto("/modules");
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    expect((await page.request.get("/api/auth/session")).ok()).toBe(true);
    const polled = await page.evaluate(() => fetch("/api/auth/session").then((r) => r.json() as Promise<unknown>));
    expect(polled).toMatchObject({ user: { email: "intern@example.com" } });
    await page.goto("/");
    expect((await sessionCookie())?.expires).toBeLessThanOrEqual(first!);
  } while (Date.now() < deadline);
});

test("a mentor removed from the mentors group at the provider loses the cohort within the check interval", async ({
  page,
  request,
}) => {
  const mentor = "mentor@example.com";
  await login(page, mentor);
  await page.getByRole("link", { name: DEMO_COHORT_NAME }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
  const cohortUrl = page.url();
  try {
    await changeAtProvider(request, mentor, { groups: [] });
    await expect(async () => {
      const response = await page.goto(cohortUrl);
      expect(response?.status() === 404 || new URL(page.url()).pathname === "/no-access").toBe(true);
    }).toPass(WITHIN_INTERVAL);
    await expect(page.getByRole("heading", { name: new RegExp(`No access yet|${NOT_FOUND}`) })).toBeVisible();
    await expect(page.getByText(DEMO_COHORT_NAME)).toHaveCount(0);
  } finally {
    await changeAtProvider(request, mentor, { groups: ["mentors"] });
  }
  // Given back, it shows again: the mentor is left as the other specs found them.
  await expect(async () => {
    expect((await page.goto(cohortUrl))?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: DEMO_COHORT_NAME })).toBeVisible({ timeout: 1000 });
  }).toPass(WITHIN_INTERVAL);
});

/** Signs in from a fresh browser (no session here or at the provider), up to the provider's answer. */
async function signInFresh(context: BrowserContext, email: DemoEmail): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("button", { name: "Sign in" }).click();
  await fillProviderSignIn(page, email);
  return page;
}

test("a person disabled at the provider is signed out within the check interval and cannot sign in", async ({
  page,
  browser,
  request,
}) => {
  const intern = "intern3@example.com";
  await login(page, intern);
  try {
    await changeAtProvider(request, intern, { disabled: true });
    await expect(async () => {
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe("/sign-in");
    }).toPass(WITHIN_INTERVAL);
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
    // Signing in again from this browser, which the provider remembers, does not get them in
    // (whatever the provider answers there)...
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/sign-in" || url.searchParams.has("error"));
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    // ...and neither does their password in a fresh one.
    const fresh = await browser.newContext();
    const again = await signInFresh(fresh, intern);
    await expect(again.getByText("Incorrect email or password.")).toBeVisible();
    await fresh.close();
  } finally {
    await changeAtProvider(request, intern, { disabled: false });
  }
  const fresh = await browser.newContext();
  await expect((await signInFresh(fresh, intern)).getByTestId("signed-in-as")).toContainText("Lê Minh Châu");
  await fresh.close();
});

test("an admin deactivates a person: their open browser is signed out at once, sign-in says why, until reactivated", async ({
  page,
  browser,
}) => {
  // Four sign-ins (the person, the admin, refused, again) and the admin's saves.
  test.setTimeout(60_000);
  const intern: DemoEmail = "intern2@example.com";
  const name = "Trần Thị Bình";
  const internContext = await browser.newContext();
  const internPage = await internContext.newPage();
  await login(internPage, intern);
  await login(page, "admin@example.com", "/admin");
  try {
    await page.getByRole("searchbox", { name: "Name or e-mail" }).fill(name);
    await page.getByRole("button", { name: "Search" }).click();
    const found = page.getByRole("list", { name: "People found" });
    await found.getByRole("button", { name: `Deactivate ${name}` }).click();
    await found.getByRole("button", { name: `Yes, deactivate ${name}` }).click();
    await expect(found.getByRole("button", { name: `Reactivate ${name}` })).toBeVisible();

    // Their next request, without waiting for any interval.
    await internPage.reload();
    await expect(internPage).toHaveURL(/\/sign-in/);
    const fresh = await browser.newContext();
    const refused = await signInFresh(fresh, intern);
    await expect(refused).toHaveURL(/\/sign-in\?error=Deactivated/);
    await expect(refused.getByRole("alert").filter({ hasText: "deactivated" })).toContainText(
      "Your Worklog account has been deactivated.",
    );
    await fresh.close();

    await page.goto("/admin");
    const deactivated = page.getByRole("region", { name: "Deactivated" });
    await deactivated.getByRole("button", { name: `Reactivate ${name}` }).click();
    await expect(deactivated.getByText("Nobody is deactivated.")).toBeVisible();
  } finally {
    // Whatever happened above, the other specs' intern is left able to sign in.
    await queryApp(`UPDATE users SET deactivated_at = NULL WHERE email = $1`, [intern]);
  }
  const fresh = await browser.newContext();
  await expect((await signInFresh(fresh, intern)).getByTestId("signed-in-as")).toContainText(name);
  await fresh.close();
  await internContext.close();
});

test("every page of another intern's week, and a cohort's, answers 404", async ({ page }) => {
  const weekId = await weekIdOf("intern@example.com", 4);
  const [cohort] = await queryApp<{ id: string }>(`SELECT id FROM cohorts WHERE name = $1`, [DEMO_COHORT_NAME]);
  await login(page, "intern2@example.com");
  const pages = [
    `/weeks/${weekId}`,
    `/weeks/${weekId}/export`,
    `/weeks/${weekId}/audit`,
    // An intern sees no cohort's grid, not even their own cohort's.
    `/cohorts/${cohort!.id}`,
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: NOT_FOUND })).toBeVisible();
    await expect(page.getByText("Nguyễn Văn An")).toHaveCount(0);
  }
  for (const path of [`/weeks/${weekId}/export.md`, `/cohorts/${cohort!.id}/export.csv`]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("two tabs: the stale save is refused with what is there now, nothing is lost, and keeping mine is a choice", async ({
  page,
  context,
}) => {
  const weekUrl = `/weeks/${await weekIdOf("intern@example.com", 4)}`;
  await login(page, "intern@example.com");
  const tabA = page;
  const tabB = await context.newPage();
  const monday = (tab: Page) => tab.getByRole("region", { name: /^Mon/ });
  for (const tab of [tabA, tabB]) await tab.goto(weekUrl);
  const ticked = await monday(tabA).getByRole("checkbox", { checked: true }).count();
  expect(ticked, "Monday of week 4 has ticked tasks (prisma/seed.ts)").toBeGreaterThan(0);
  for (const tab of [tabA, tabB]) await monday(tab).getByRole("button", { name: "Edit day" }).click();

  // Tab A adds a task and saves.
  const addedInA = "Compare S3 storage classes (added in tab A)";
  const taskCount = await monday(tabA)
    .getByRole("textbox", { name: /^Task \d+$/ })
    .count();
  await monday(tabA).getByRole("button", { name: "+ Add task" }).click();
  await monday(tabA)
    .getByRole("textbox", { name: `Task ${taskCount + 1}`, exact: true })
    .fill(addedInA);
  await monday(tabA).getByRole("button", { name: "Save day" }).click();
  await expect(monday(tabA).getByRole("listitem").filter({ hasText: addedInA })).toBeVisible();

  // Tab B, opened before that save, edits the first task and saves: refused, showing A's task.
  const firstTask = monday(tabB).getByRole("textbox", { name: "Task 1", exact: true });
  const editedInB = `${await firstTask.inputValue()} (edited in tab B)`;
  await firstTask.fill(editedInB);
  await monday(tabB).getByRole("button", { name: "Save day" }).click();
  const notice = monday(tabB).getByRole("alert");
  await expect(notice).toContainText("This changed since you opened it");
  await expect(notice).toContainText(`• ${addedInA}`);
  await tabA.reload();
  await expect(monday(tabA).getByRole("listitem").filter({ hasText: addedInA })).toBeVisible();
  await expect(monday(tabA).getByText(editedInB)).toHaveCount(0);

  // Having seen it, B keeps theirs: B's day is saved as B wrote it, ticks and all.
  await notice.getByRole("button", { name: "Save mine over it" }).click();
  await expect(monday(tabB).getByRole("listitem").filter({ hasText: editedInB })).toBeVisible();
  await tabA.reload();
  await expect(monday(tabA).getByRole("listitem").filter({ hasText: editedInB })).toBeVisible();
  await expect(monday(tabA).getByText(addedInA)).toHaveCount(0);
  await expect(monday(tabA).getByRole("checkbox", { checked: true })).toHaveCount(ticked);
});
