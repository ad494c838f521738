// Interns assigned to mentors in the browser: an admin sets up a cohort of their own (so no other
// spec sees a change), adds the demo mentor and two interns, assigns one intern to the mentor; the
// mentor's grid then starts with "my interns" and the switch shows the whole cohort. Axe on the
// admin's assignment section and on the workload view.
import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { addPerson, createCohort } from "./admin-steps";
import { expect, login, test } from "./fixtures";

const MENTOR = "Phạm Quốc Dũng";
const GRID_NAME = /\binterns\b.*, sorted by/;
const gridRows = (page: Page) => page.getByRole("table", { name: GRID_NAME }).locator("tbody tr");

test("an admin assigns an intern to a mentor; the mentor's grid starts with their interns, the switch shows everyone", async ({
  page,
}) => {
  test.slow();
  const tag = Date.now().toString(36);
  const cohort = `Assignment e2e ${tag}`;
  const [assigned, other] = ["Đỗ Thị Hạnh", "Vũ Văn Khoa"];

  await login(page, "admin@example.com", "/admin");
  await createCohort(page, cohort);
  await addPerson(page, cohort, "mentor@example.com", MENTOR, "Mentor");
  await addPerson(page, cohort, `hanh-${tag}@example.com`, assigned, "Intern");
  await addPerson(page, cohort, `khoa-${tag}@example.com`, other, "Intern");

  const section = page.getByRole("region", { name: "Mentors and their interns" });
  const details = section.locator("details").filter({ hasText: cohort });
  await details.locator("summary").click();
  await expect(details.getByText(/2 interns, 2 not assigned/)).toBeVisible();
  // Both to the mentor at once, then one back to nobody with the intern's own select.
  await details.getByRole("button", { name: "Tick the 2 interns not assigned" }).click();
  await details.getByLabel("Assign the 2 ticked interns to").selectOption({ label: MENTOR });
  await details.getByRole("button", { name: "Assign 2 interns" }).click();
  await expect(details.getByRole("status")).toHaveText(`2 interns assigned: ${MENTOR}.`);
  await expect(details.getByText(/2 interns, 0 not assigned/)).toBeVisible();
  await details.getByLabel(`Mentor of ${other}`).selectOption({ label: "Not assigned" });
  await expect(details.getByRole("status")).toHaveText(`${other}: Not assigned. Saved.`);
  await expect(details.getByText(/2 interns, 1 not assigned/)).toBeVisible();
  await expect(details.getByLabel(`Mentor of ${assigned}`)).toHaveValue(/[0-9a-f-]{36}/);
  expect(await seriousViolations(page)).toEqual([]);

  // The workload view, from the admin page.
  await section.getByRole("link", { name: /Reviewer workload/ }).click();
  await expect(page).toHaveURL(/\/program\/mentors$/);
  await expect(page.getByRole("heading", { level: 1, name: "Reviewer workload" })).toBeVisible();
  const mentorRow = page
    .getByRole("table", { name: /mentors?, by name/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(MENTOR) }) });
  await expect(mentorRow.getByRole("rowheader")).toContainText(`${cohort}: 1 intern, none waiting`);
  const unassigned = page.getByRole("table", { name: /interns assigned to no mentor/ });
  await expect(unassigned.getByRole("row").filter({ hasText: cohort }).getByRole("cell").first()).toHaveText("1");
  expect(await seriousViolations(page)).toEqual([]);
  // On a phone the page keeps to the screen's width (the tables have four narrow columns).
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize(desktop);

  // The mentor: their own intern first, the whole cohort one click away.
  await page.context().clearCookies();
  await login(page, "mentor@example.com");
  await page.getByRole("link", { name: cohort, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohort })).toBeVisible();
  const scope = page.getByRole("navigation", { name: "Interns shown" });
  await expect(scope.getByRole("link", { name: "My interns" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Showing your 1 intern of the cohort's 2.")).toBeVisible();
  await expect(gridRows(page)).toHaveCount(1);
  await expect(gridRows(page).first().getByRole("rowheader")).toContainText(assigned);
  await expect(gridRows(page).first().getByRole("rowheader")).toContainText(`Mentor: ${MENTOR}`);

  await scope.getByRole("link", { name: "Whole cohort" }).click();
  await expect(page).toHaveURL(/\?scope=all$/);
  await expect(scope.getByRole("link", { name: "Whole cohort" })).toHaveAttribute("aria-current", "page");
  await expect(gridRows(page)).toHaveCount(2);
  await expect(
    page.getByRole("table", { name: GRID_NAME }).getByRole("rowheader", { name: new RegExp(other) }),
  ).toBeVisible();
  // The filter form and the CSV link keep the switch.
  await expect(page.getByRole("link", { name: /^Download CSV/ })).toHaveAttribute("href", /export\.csv\?scope=all$/);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/scope=all/);
  await expect(gridRows(page)).toHaveCount(2);

  // The queue starts with the mentor's own interns too; the digest's scope is a choice on /settings.
  await page.goto("/reviews");
  await expect(page.getByRole("navigation", { name: "Interns shown" })).toBeVisible();
  await page.goto("/settings");
  const wider = page.getByRole("checkbox", { name: /my whole cohorts/ });
  await wider.check();
  await page.getByRole("button", { name: "Save digest choice" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(wider).toBeChecked();
  await wider.uncheck();
  await page.getByRole("button", { name: "Save digest choice" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
});
