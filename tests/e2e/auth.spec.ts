import { expect, fillProviderSignIn, test } from "./fixtures";

test.describe("signing in through the Cognito-like provider", () => {
  test("an intern lands on their dashboard", async ({ page, login }) => {
    await login("intern@example.com");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Your worklog" })).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toContainText("Nguyễn Văn An");
    await expect(page.getByTestId("signed-in-as")).toContainText("Intern");
  });

  test("a mentor lands on their cohorts", async ({ page, login }) => {
    await login("mentor@example.com");
    await expect(page).toHaveURL(/\/cohorts$/);
    await expect(page.getByRole("heading", { name: "Cohorts", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "FCJ Cloud Internship — Demo cohort" }).first()).toBeVisible();
  });

  test("an admin lands on all cohorts, with the admin link", async ({ page, login }) => {
    await login("admin@example.com");
    await expect(page).toHaveURL(/\/cohorts$/);
    await expect(page.getByRole("link", { name: "Admin" })).toBeVisible();
  });

  test("someone in no group sees 'no access yet' and no data", async ({ page, login }) => {
    await login("nogroup@example.com");
    await expect(page).toHaveURL(/\/no-access$/);
    await expect(page.getByRole("heading", { name: "No access yet" })).toBeVisible();
    await page.goto("/cohorts");
    await expect(page).toHaveURL(/\/no-access$/);
  });

  test("a signed-out visit to a page ends at sign-in and returns there after", async ({ page }) => {
    await page.goto("/modules?from=test");
    await expect(page).toHaveURL(/\/sign-in\?.*callbackUrl=/);
    await page.getByRole("button", { name: "Sign in" }).click();
    await fillProviderSignIn(page, "mentor@example.com");
    await expect(page).toHaveURL(/\/modules\?from=test$/);
  });

  test("a wrong password is refused at the provider", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Sign in" }).click();
    await fillProviderSignIn(page, "intern@example.com", "not-the-password");
    await expect(page.getByText("Incorrect email or password.")).toBeVisible();
  });

  test("sign-out ends the session here and at the provider", async ({ page, login }) => {
    await login("intern@example.com");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signed-out$/);
    await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
    // The provider's session is gone too: signing in again asks for the password.
    await page.getByRole("link", { name: "Sign in again" }).click();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveTitle(/Sign in to Worklog \(local\)/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a callbackUrl pointing off-site lands on the app instead", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal");
    await page.getByRole("button", { name: "Sign in" }).click();
    await fillProviderSignIn(page, "intern@example.com");
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
  });
});

test.describe("sessions that must not work", () => {
  test("a tampered session cookie is refused", async ({ context, browser, baseURL, login }) => {
    await login("intern@example.com");
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session, "the session cookie").toBeDefined();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe("Lax");
    const value = session!.value;
    const tampered = `${value.slice(0, -6)}${value.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`;
    // A fresh browser holding only the tampered cookie.
    const other = await browser.newContext();
    await other.addCookies([{ name: session!.name, value: tampered, url: baseURL! }]);
    const page = await other.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(/\/sign-in/);
    await other.close();
  });

  test("a forged session cookie is refused", async ({ page, context, baseURL }) => {
    await context.addCookies([
      {
        name: "authjs.session-token",
        value: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged",
        url: baseURL!,
      },
    ]);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
