// The module heatmap and the program overview in the browser: reached from the cohort page and the
// header, the weakest module first (in the URL), the CSV of the same view, the overview's links to
// the grids, a phone's screen, and axe on both pages. Other specs tick the demo interns' tasks while
// this one runs, so it checks the page against itself and its CSV, not against fixed numbers.
import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

const DEMO_COHORT = "FCJ Cloud Internship — Demo cohort";

/** The module codes of the column headers, in order, and the "done by" count under each. */
async function columnsOf(page: Page): Promise<{ codes: string[]; done: number[] }> {
  const table = page.getByRole("table", { name: /interns ×/ });
  const codes = await table
    .locator("thead tr:last-child th[title]")
    .evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent?.trim() ?? ""));
  const done = await table
    .locator("tfoot td span[aria-hidden]")
    .evaluateAll((spans) => spans.map((s) => Number(s.textContent!.split("/")[0])));
  return { codes, done };
}

/** The CSV behind the page's download link, as its lines. */
async function downloadCsv(page: Page): Promise<string[]> {
  const href = await page.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toMatch(/attachment; filename=".+-modules-2026-11-29\.csv"/);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return body.subarray(3).toString("utf8").trimEnd().split("\r\n");
}

test("a mentor opens the module heatmap, puts the weakest module first and downloads the same view", async ({
  page,
  login,
}) => {
  await login("mentor@example.com");
  await page.getByRole("link", { name: DEMO_COHORT }).first().click();
  await page.getByRole("link", { name: "Module heatmap" }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]+\/modules$/);
  await expect(page).toHaveTitle(/^Module heatmap · /);
  await expect(page.getByRole("heading", { level: 1, name: "Module heatmap" })).toBeVisible();
  const table = page.getByRole("table", { name: /3 interns × 29 modules, modules in curriculum order/ });
  await expect(table).toBeVisible();
  // Grouped by week, each cell in words, each module's total in words.
  await expect(table.getByRole("columnheader", { name: "Week 5" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /Nguyễn Văn An/ })).toBeVisible();
  await expect(table.getByRole("cell", { name: "Done", exact: true }).first()).toBeAttached();
  await expect(table.getByRole("cell", { name: /^01-01: done by \d of 3$/ })).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
  const curriculum = await columnsOf(page);
  expect(curriculum.codes.slice(0, 2)).toEqual(["01-01", "01-02"]);

  await page.getByRole("link", { name: "Weakest module first" }).click();
  await expect(page).toHaveURL(/\/modules\?sort=weakest$/);
  await expect(page.getByRole("link", { name: /Weakest module first \(shown\)/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("table", { name: /the module the fewest interns have done first/ })).toBeVisible();
  const weakest = await columnsOf(page);
  expect([...weakest.codes].sort()).toEqual([...curriculum.codes].sort());
  // Fewest done first.
  expect(weakest.done).toEqual([...weakest.done].sort((a, b) => a - b));
  expect(await seriousViolations(page)).toEqual([]);

  // The CSV is the view on the page: the same columns in the same order, an intern a record, the totals.
  const records = await downloadCsv(page);
  expect(records).toHaveLength(1 + 3 + 1);
  const csvCodes = [...records[0]!.matchAll(/(?:^|,)"?(\d{2}-\d{2}) /g)].map((m) => m[1]);
  expect(records.some((r) => r.startsWith("Nguyễn Văn An,intern@example.com,"))).toBe(true);
  // Specs running beside this one tick the demo interns' tasks: the CSV is read a moment after the
  // page, so it is held to the same view (the same modules, weakest first by its own totals), and to
  // the page's exact order when no tick landed in between.
  const csvDone = records[4]!.split(",").slice(2).map(Number);
  expect([...csvCodes].sort()).toEqual([...weakest.codes].sort());
  expect(csvDone).toEqual([...csvDone].sort((a, b) => a - b));
  if (csvDone.join() === weakest.done.join()) expect(csvCodes).toEqual(weakest.codes);
  expect(records[4]).toMatch(/^Done by \(of 3 interns\),,/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the heatmap scrolls sideways inside its frame, with the names kept in view", async ({ page, login }) => {
    await login("mentor@example.com");
    await page.getByRole("link", { name: DEMO_COHORT }).first().click();
    await page.getByRole("link", { name: "Module heatmap" }).click();
    const frame = page.getByRole("region", { name: /interns ×/ });
    await expect(frame).toBeVisible();
    // The page itself does not scroll sideways; the table's frame does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const name = frame.getByRole("rowheader", { name: /Nguyễn Văn An/ });
    const head = frame.getByRole("columnheader", { name: /^01-01/ });
    const before = { name: (await name.boundingBox())!, head: (await head.boundingBox())! };
    await frame.evaluate((el) => el.scrollBy(600, 40));
    await expect.poll(async () => (await head.boundingBox())!.x).toBeLessThan(before.head.x - 100);
    expect((await name.boundingBox())!.x).toBe(before.name.x);
    expect((await head.boundingBox())!.y).toBe(before.head.y);
  });
});

test("an admin reads the program overview and opens a cohort's grid from it", async ({ page, login }) => {
  await login("admin@example.com");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Program" }).click();
  await expect(page).toHaveURL(/\/program$/);
  await expect(page).toHaveTitle(/^Program overview · /);
  const table = page.getByRole("table", { name: /cohorts?, newest first/ });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: DEMO_COHORT }) });
  // The demo cohort is in its week 5 of 12 (the e2e "today" is week 5's Sunday); it has 3 interns.
  await expect(row.getByRole("cell").nth(0)).toHaveText("Week 5 of 12");
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^\d+%\d+ of \d+$/);
  // Interns at risk, as counted by the worker at start-up, linked to the cohort's list.
  await expect(row.getByRole("link", { name: /^\d+ interns? at risk: the list/ })).toHaveAttribute(
    "href",
    /\/cohorts\/[0-9a-f-]+#at-risk-title$/,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await row.getByRole("link", { name: DEMO_COHORT, exact: true }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: DEMO_COHORT })).toBeVisible();

  // The admin page links to it too.
  await page.goto("/admin");
  await page.getByRole("link", { name: /Program overview/ }).click();
  await expect(page).toHaveURL(/\/program$/);
});

test("the overview is for admins and the heatmap for the cohort's reviewers: others get a 404", async ({
  page,
  login,
}) => {
  await login("mentor@example.com");
  expect((await page.goto("/program"))!.status()).toBe(404);
  await page.goto("/cohorts");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Program" })).toHaveCount(0);
  const gridHref = await page.getByRole("link", { name: DEMO_COHORT }).first().getAttribute("href");
  await page.context().clearCookies();
  await login("intern3@example.com");
  expect((await page.goto(`${gridHref}/modules`))!.status()).toBe(404);
  expect((await page.request.get(`${gridHref}/modules/export.csv`)).status()).toBe(404);
});
