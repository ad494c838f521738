import type { Page } from "@playwright/test";
import { DEMO_COHORT_NAME } from "../../prisma/demo-data.ts";
import { seriousViolations } from "./axe";
import { expect, login, test } from "./fixtures";

// The demo cohort as prisma/seed.ts plants it (today is pinned to 2026-11-29, week 5). Other specs
// change intern@'s week 5 (intern.spec.ts) and tick a task in intern2@'s week 4 (a11y.spec.ts), so
// nothing here depends on those weeks or on totals that include them.
const COMMENT = "Please add what you learned in the NAT gateway lab, then submit again.";

/** The grid: its caption reads "<cohort>: all 3 interns, sorted by name. …". */
const GRID_NAME = /\binterns\b.*, sorted by/;
const gridTable = (page: Page) => page.getByRole("table", { name: GRID_NAME });

/**
 * A week's link in the grid: in the row headed by the intern's name, in the cell of week <n>
 * (the row and column headers say whose week it is), reading "<status> <done>/<total> tasks …".
 */
const cell = (page: Page, intern: string, week: number, rest: string) =>
  gridTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${intern}`) }) })
    .getByRole("cell")
    .nth(week - 1)
    .getByRole("link", { name: new RegExp(rest) });

test("a mentor reviews their cohort from the grid, and the intern sees the returned week", async ({
  page,
  browser,
}) => {
  test.slow();
  await login(page, "mentor@example.com");
  await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
  const gridUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_COHORT_NAME })).toBeVisible();

  // The seeded progress, as prisma/seed.ts plans it.
  const grid = gridTable(page);
  await expect(grid.getByRole("row")).toHaveCount(1 + 3 + 1); // header, three interns, totals
  await expect(cell(page, "Nguyễn Văn An", 1, "Approved.*10/10 tasks")).toBeVisible();
  await expect(cell(page, "Nguyễn Văn An", 3, "Submitted.*6/7 tasks.*Behind")).toBeVisible();
  await expect(cell(page, "Trần Thị Bình", 2, "Submitted.*7/7 tasks")).toBeVisible();
  await expect(cell(page, "Trần Thị Bình", 3, "Changes requested.*5/7 tasks.*Behind")).toBeVisible();
  // notifications.spec.ts (in parallel) returns this submitted week with a comment: either status is the seed's.
  await expect(cell(page, "Lê Minh Châu", 1, "(Submitted|Changes requested).*8/10 tasks.*Behind")).toBeVisible();
  await expect(grid.getByRole("row").filter({ hasText: "Lê Minh Châu" }).getByText("Not started")).toHaveCount(12 - 3);

  // Filter to submitted weeks: the filter goes into the URL, and the matching weeks are marked.
  await page.getByLabel("Week status").selectOption("submitted");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]status=submitted(&|$)/);
  await expect(page.getByText(/matching weeks?, outlined in the grid/)).toBeVisible();
  const filteredUrl = page.url();

  // Approve intern2's week 2 (submitted in the seed).
  await cell(page, "Trần Thị Bình", 2, "Submitted").click();
  await expect(page).toHaveURL(/\/weeks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Week 2" })).toBeVisible();
  await expect(page.getByText("Trần Thị Bình", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Approve week" }).click();
  await expect(page.getByText("Week approved.")).toBeVisible();

  // Back to the filtered grid; open intern@'s week 3 by keyboard and return it with a comment.
  await page.goto(filteredUrl);
  await expect(grid.getByRole("row").filter({ hasText: "Trần Thị Bình" })).toHaveCount(0); // nothing of hers waits any more
  const week3 = cell(page, "Nguyễn Văn An", 3, "Submitted");
  await week3.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Week 3" })).toBeVisible();
  await page.getByLabel("Comment", { exact: true }).fill(COMMENT);
  await page.getByRole("button", { name: "Request changes" }).click();
  await expect(page.getByText("Returned to the intern with your comment.")).toBeVisible();

  // The grid follows both decisions.
  await page.goto(gridUrl);
  await expect(cell(page, "Trần Thị Bình", 2, "Approved.*7/7 tasks")).toBeVisible();
  await expect(cell(page, "Nguyễn Văn An", 3, "Changes requested.*6/7 tasks")).toBeVisible();

  // The CSV of the same grid: UTF-8 with a BOM, Vietnamese names intact, the new statuses.
  const href = await page.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = body.subarray(3).toString("utf8");
  expect(csv).toMatch(/^Trần Thị Bình,intern2@example\.com,2,[^\r\n]*,Approved,7,7,100,/m);
  expect(csv).toMatch(/^Nguyễn Văn An,intern@example\.com,3,[^\r\n]*,Changes requested,6,7,85,/m);

  // The intern, in their own browser session, sees the comment and can edit the week again.
  const internContext = await browser.newContext();
  const intern = await internContext.newPage();
  await login(intern, "intern@example.com");
  const comments = intern.getByRole("region", { name: "Latest mentor comments" });
  await expect(comments.getByText(COMMENT)).toBeVisible();
  await comments.getByRole("link", { name: "week 3", exact: true }).click();
  await expect(intern.getByRole("heading", { level: 1, name: "Week 3" })).toBeVisible();
  await expect(intern.getByText("Your mentor asked for changes")).toBeVisible();
  await expect(intern.getByRole("region", { name: "Mentor comments" }).getByText(COMMENT)).toBeVisible();
  await expect(intern.getByRole("button", { name: "Edit objectives" })).toBeVisible();
  await expect(intern.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expect(intern.getByRole("checkbox").first()).toBeEnabled();
  await internContext.close();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the grid scrolls sideways with the names kept in view, and a week opens by keyboard", async ({ page }) => {
    await login(page, "mentor@example.com");
    await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
    const region = page.getByRole("region", { name: GRID_NAME });
    await expect(region).toBeVisible();
    const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    // The page itself does not scroll sideways: only the grid does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    const name = gridTable(page).getByRole("rowheader", { name: /Lê Minh Châu/ });
    await name.scrollIntoViewIfNeeded();
    await region.evaluate((el) => el.scrollTo({ left: 0 }));
    const before = await name.boundingBox();
    await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const after = await name.boundingBox();
    expect(after?.x).toBeCloseTo(before!.x, 0);
    await expect(name).toBeInViewport();
    // Keyboard: focus a week and open it (whatever its status: notifications.spec.ts returns this
    // submitted week meanwhile).
    await cell(page, "Lê Minh Châu", 1, "tasks").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Week 1" })).toBeVisible();
  });
});

test("the cohort pages have no serious accessibility violations", async ({ page }) => {
  await login(page, "mentor@example.com");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
  await expect(gridTable(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Where each intern stands" })).toBeVisible();
  await page.locator(".recharts-surface").first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`${page.url()}?behind=1&sort=progress`);
  await expect(page.getByText(/matching weeks?, outlined in the grid/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Waiting for review" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the grid loaded as a page, sorted by the client router and shown again by Back, has its rows each time", async ({
  page,
}) => {
  await login(page, "mentor@example.com");
  await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
  await expect(gridTable(page)).toBeVisible();
  // Loaded as a page (its table handed to the HTML alone, docs/decisions/024), then sorted in place.
  await page.reload();
  const interns = () => gridTable(page).locator("tbody").getByRole("rowheader");
  const names = () => interns().allInnerTexts();
  const rowNames = (texts: string[]) => texts.map((t) => t.split("\n")[0]!.trim());
  await expect(interns()).toHaveCount(3);
  const byName = rowNames(await names());
  expect(byName).toEqual(["Lê Minh Châu", "Nguyễn Văn An", "Trần Thị Bình"]);
  await gridTable(page)
    .getByRole("link", { name: /^Intern.*sort descending/ })
    .click();
  await expect(page).toHaveURL(/sort=name-desc/);
  await expect.poll(async () => rowNames(await names())).toEqual([...byName].reverse());
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect.poll(async () => rowNames(await names())).toEqual(byName);
  await expect(gridTable(page).getByRole("columnheader", { name: /^Intern/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
});
