import type { Page } from "@playwright/test";
import { DEMO_COHORT_NAME } from "../../prisma/demo-data.ts";
import { seriousViolations } from "./axe";
import { expect, login, test } from "./fixtures";

// A deadline extension in the browser. The demo's intern2@ (Trần Thị Bình) has week 4 (16–22 November)
// as a draft with tasks undone: behind on the pinned today, 29 November. No other spec reads that
// week's "Behind" (a11y.spec.ts ticks one of its tasks) nor intern2@'s notifications (the extension
// sends one; notifications.spec.ts counts intern3@'s).
const INTERN = "Trần Thị Bình";
const REASON = "Ill for a week, with a doctor's note.";

const gridTable = (page: Page) => page.getByRole("table", { name: /\binterns\b.*, sorted by/ });
/** Week <n>'s cell in the intern's row of the grid. */
const cell = (page: Page, week: number) =>
  gridTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${INTERN}`) }) })
    .getByRole("cell")
    .nth(week - 1);

test("a mentor extends a behind week: 'Behind' leaves its grid cell, and the intern's dashboard says until when", async ({
  page,
  browser,
}) => {
  test.slow();
  await login(page, "mentor@example.com");
  await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
  const gridUrl = page.url();
  await expect(cell(page, 4)).toContainText("Behind");
  await expect(cell(page, 4)).not.toContainText("extended");

  await cell(page, 4).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Week 4" })).toBeVisible();
  const form = page.getByRole("region", { name: "Deadline" });
  await expect(form.getByText("Due 22 Nov 2026.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Errors in words, next to their fields: no reason yet.
  await form.getByLabel("New due date").fill("2026-12-04");
  await form.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(form.getByText("Say why the deadline is extended.")).toBeVisible();
  await expect(form.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByLabel("Reason").fill(REASON);
  await form.getByRole("button", { name: "Extend the deadline" }).click();
  await expect(form.getByText("Saved: the week is now due 4 Dec 2026.")).toBeVisible();
  await expect(form.getByText("Extended to 4 Dec 2026 (the week ends 22 Nov 2026).")).toBeVisible();
  await expect(form.getByRole("button", { name: "Remove the extension" })).toBeVisible();
  await expect(page.locator("header").getByText("Extended until 4 Dec")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The week's history keeps the reason.
  await page.goto(`${new URL(page.url()).pathname}/audit`);
  await expect(page.getByText("extended the deadline to 2026-12-04")).toBeVisible();
  await expect(page.getByText(REASON)).toBeVisible();

  // The grid: no longer behind, and says until when.
  await page.goto(gridUrl);
  await expect(cell(page, 4)).toContainText("extended to 4 Dec");
  await expect(cell(page, 4)).not.toContainText("Behind");
  await expect(cell(page, 3)).toContainText("Behind"); // the week before is not extended

  // The intern's dashboard.
  const internContext = await browser.newContext();
  const intern = await internContext.newPage();
  await login(intern, "intern2@example.com");
  const tiles = intern.getByRole("region", { name: /^All weeks/ });
  await expect(tiles.getByRole("link", { name: /^Week 4/ })).toContainText("Extended until 4 Dec");
  await expect(tiles.getByRole("link", { name: /^Week 3/ })).not.toContainText("Extended");
  // …and is told (WEEK_EXTENDED), with the new date.
  await intern.goto("/notifications");
  await expect(
    intern.getByTestId("notifications").getByRole("link", { name: /extended your week 4 until/ }),
  ).toBeVisible();
  await internContext.close();
});
