// Two app instances on two ports sharing one database: a session from one works on the other, and
// a tick on one shows on the other (the app keeps no state in memory that matters).
import { startSecondInstance, type SecondInstance } from "./second-instance";
import { expect, test } from "./fixtures";

let second: SecondInstance | undefined;

test.beforeAll(async () => {
  second = await startSecondInstance();
});

test.afterAll(() => second?.stop());

test("a session and a tick made on one instance hold on the other", async ({ page, login }) => {
  await login("intern3@example.com");
  await page.getByRole("link", { name: /^Week 2/ }).click();
  await expect(page.getByRole("heading", { name: "Week 2" })).toBeVisible();
  const weekPath = new URL(page.url()).pathname;

  // The same browser (cookies are per host, not per port) on the second instance: still signed in.
  const other = await page.context().newPage();
  await other.goto(`${second!.origin}${weekPath}`);
  await expect(other.getByTestId("signed-in-as")).toContainText("Lê Minh Châu");
  const box = other.getByRole("checkbox", { checked: false }).first();
  const name = (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "")).slice(0, 24);
  await other.getByRole("checkbox", { name }).check();
  await expect(other.getByText("Saving…")).toHaveCount(0);

  // The first instance sees it.
  await page.reload();
  await expect(page.getByRole("checkbox", { name })).toBeChecked();
});
