// Playwright fixtures: `login(email)` signs in through the real redirect flow (app → local
// Cognito-like provider's sign-in page → callback), as a user would.
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-data.ts";

export type DemoEmail =
  | "intern@example.com"
  | "intern2@example.com"
  | "intern3@example.com"
  | "mentor@example.com"
  | "admin@example.com"
  | "nogroup@example.com";

/** Completes the provider's hosted sign-in page. */
export async function fillProviderSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await expect(page).toHaveTitle(/Sign in to Worklog \(local\)/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Where "/" takes each kind of user. */
const HOME: Record<DemoEmail, RegExp> = {
  "intern@example.com": /\/$/,
  "intern2@example.com": /\/$/,
  "intern3@example.com": /\/$/,
  "mentor@example.com": /\/cohorts$/,
  "admin@example.com": /\/cohorts$/,
  "nogroup@example.com": /\/no-access$/,
};

/** Signs in from the app's sign-in page, landing on `path` (default: the user's home page). */
export async function login(page: Page, email: DemoEmail, path = "/") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("button", { name: "Sign in" }).click();
  await fillProviderSignIn(page, email);
  if (path === "/") await expect(page).toHaveURL(HOME[email]);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

export const test = base.extend<{ login: (email: DemoEmail, path?: string) => Promise<void> }>({
  login: async ({ page }, use) => {
    await use((email, path) => login(page, email, path));
  },
});

export { expect };
