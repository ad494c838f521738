// At-risk interns in the browser: the cohort page's list with reasons in words, "Show only them"
// putting risk=1 in the URL and narrowing the grid (and its CSV) to the same interns, the trend
// chart, axe on both views; then an admin's thresholds on /admin changing who is at risk. Other
// specs review and tick the demo interns' weeks while this one runs, so the page is checked against
// itself, and the thresholds this spec sets make the answer certain (then go back to the defaults).
import type { Page } from "@playwright/test";
import { DEMO_COHORT_NAME } from "../../prisma/demo-data.ts";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

const REASON = /behind in weeks? \d|done share fell \d+% → |no tick for \d+ days?/;
const atRiskSection = (page: Page) => page.getByRole("region", { name: "Interns at risk" });
const gridTable = (page: Page) => page.getByRole("table", { name: /\binterns\b.*, sorted by/ });

async function openDemoCohort(page: Page) {
  await page.goto("/cohorts");
  await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
}

/** The interns the grid shows, by their row headers' names. */
async function gridNames(page: Page): Promise<string[]> {
  return (await gridTable(page).locator("tbody th[scope=row] > span").allInnerTexts()).map((name) => name.trim());
}

async function saveThresholds(page: Page, behind: string, falling: string, idle: string) {
  await page.goto("/admin");
  const form = page.getByRole("region", { name: "At-risk thresholds" });
  await form.getByLabel("Past weeks behind in a row").fill(behind);
  await form.getByLabel("Weeks in a row of a falling done share").fill(falling);
  await form.getByLabel("Days without a tick while tasks are due").fill(idle);
  await form.getByRole("button", { name: "Save thresholds" }).click();
  await expect(form.getByRole("status")).toHaveText("Thresholds saved.");
}

test("a mentor sees who is at risk and why, and narrows the grid to them", async ({ page, login }) => {
  await login("mentor@example.com");
  await openDemoCohort(page);
  const section = atRiskSection(page);
  await expect(section.getByText(/^\d of 3 interns (is|are) at risk\./)).toBeVisible();
  const items = section.getByRole("listitem");
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  const listed: string[] = [];
  for (let i = 0; i < count; i++) {
    const link = items.nth(i).getByRole("link");
    await expect(link).toHaveAttribute("href", /\?q=[^&]+%40example\.com#grid-title$/);
    await expect(items.nth(i)).toContainText(REASON);
    listed.push((await link.innerText()).split(",")[0]!.trim());
  }
  // The trend, with its numbers as a table.
  const trend = page.getByRole("region", { name: "At risk, week by week" });
  await expect(trend.locator("figcaption p")).toHaveText(/^By week 4: \d of 3 interns at risk \(behind, or a falling/);
  await trend.getByText("Show the numbers as a table").click();
  await expect(trend.getByRole("table").getByRole("row")).toHaveCount(1 + 4); // weeks 1–4 have ended
  // Each intern's standing too (its rows are worked out when the table is opened).
  const standing = page.getByRole("region", { name: "Where each intern stands" });
  await standing.getByText("Show the numbers as a table").click();
  await expect(standing.getByRole("table").getByRole("row")).toHaveCount(1 + 3);
  expect(await seriousViolations(page)).toEqual([]);

  await section.getByRole("link", { name: "Show only them in the grid" }).click();
  await expect(page).toHaveURL(/\?risk=1#grid-title$/);
  await expect(page.getByLabel("Only interns at risk")).toBeChecked();
  await expect(gridTable(page)).toBeVisible();
  expect(await gridNames(page)).toEqual(listed);
  expect(await seriousViolations(page)).toEqual([]);

  const csvHref = await page.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
  expect(csvHref).toMatch(/export\.csv\?risk=1$/);
  const csv = (await (await page.request.get(csvHref!)).text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect([...new Set(csv.slice(1).map((line) => line.split(",")[0]))]).toEqual(listed);

  // One intern's link narrows the grid to their weeks.
  await items.first().getByRole("link").click();
  await expect(page).toHaveURL(/\?q=.+#grid-title$/);
  expect(await gridNames(page)).toEqual([listed[0]]);
});

test("an admin's thresholds decide who is at risk; out-of-range values are refused", async ({ page, login }) => {
  await login("admin@example.com", "/admin");
  const form = page.getByRole("region", { name: "At-risk thresholds" });
  await form.getByLabel("Days without a tick while tasks are due").fill("0");
  await form.getByRole("button", { name: "Save thresholds" }).click();
  await expect(form.getByText("Must be from 1 to 60.")).toBeVisible();
  try {
    // Twelve weeks behind or falling, or 60 idle days: more than the demo program has run.
    await saveThresholds(page, "12", "12", "60");
    await openDemoCohort(page);
    await expect(atRiskSection(page).getByText("No intern is at risk.")).toBeVisible();
    await page.goto(`${page.url()}?risk=1`);
    await expect(page.getByText(/No intern matches these filters/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await saveThresholds(page, "2", "3", "5");
  }
  await openDemoCohort(page);
  await expect(atRiskSection(page).getByRole("listitem").first()).toContainText(REASON);
});
