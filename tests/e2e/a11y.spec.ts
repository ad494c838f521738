import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

// Each spec works on its own demo intern, so specs running in parallel never meet.
test("the intern's dashboard and week page have no serious accessibility violations", async ({ page, login }) => {
  await login("intern3@example.com");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: /^Week 3/ }).click();
  await expect(page.getByRole("heading", { name: "Week 3" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // With an editor open, too.
  await page.getByRole("region", { name: /^Mon/ }).getByRole("button", { name: "Edit day" }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the settings and notifications pages have no serious accessibility violations", async ({ page, login }) => {
  await login("intern3@example.com");
  for (const path of ["/settings", "/notifications"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("a week can be ticked and edited by keyboard alone", async ({ page, login }) => {
  await login("intern2@example.com");
  await page
    .getByRole("link", { name: /Week 4/ })
    .first()
    .focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Week 4" })).toBeVisible();
  const name = await page
    .getByRole("checkbox", { checked: false })
    .first()
    .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "");
  const box = page.getByRole("checkbox", { name: name.slice(0, 24) });
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  // Saved (not only shown): the "Saving…" note is gone before the page reloads.
  await expect(page.getByText("Saving…")).toHaveCount(0);
  await page.reload();
  await expect(box).toBeChecked();
});
