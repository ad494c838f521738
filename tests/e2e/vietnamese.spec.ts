import type { Browser, Page } from "@playwright/test";
import { DEMO_COHORT_NAME, DEMO_PASSWORD } from "../../prisma/demo-data.ts";
import viCommon from "../../messages/vi/common.json" with { type: "json" };
import viGrid from "../../messages/vi/grid.json" with { type: "json" };
import { seriousViolations } from "./axe";
import { expect, login, test, type DemoEmail } from "./fixtures";

// The main journeys in Vietnamese, as a browser that asks for it. This spec runs last, on its own
// (the "vietnamese" project in playwright.config.ts): it creates and submits a week of intern3@
// and saves a language on a person, which the other specs' counts and words must not meet.
const VIETNAMESE = { locale: "vi-VN", extraHTTPHeaders: { "Accept-Language": "vi-VN,vi;q=0.9" } };

/** Signs in from the app's sign-in page, in Vietnamese all the way (the provider's page too). */
async function loginInVietnamese(page: Page, email: DemoEmail, path = "/") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveTitle(/Đăng nhập vào Worklog \(cục bộ\)/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

async function vietnamesePage(browser: Browser, email: DemoEmail, path = "/") {
  const context = await browser.newContext(VIETNAMESE);
  const page = await context.newPage();
  await loginInVietnamese(page, email, path);
  return { page, close: () => context.close() };
}

test.describe("in Vietnamese", () => {
  test.use(VIETNAMESE);

  test("an intern creates a week, ticks a task, is refused a day with its dates reversed, and submits", async ({
    page,
  }) => {
    test.slow();
    await loginInVietnamese(page, "intern3@example.com");
    await expect(page.getByRole("heading", { level: 1, name: "Worklog của bạn" })).toBeVisible();
    // Dates in Vietnamese forms: "today" is pinned to Sunday 29 November 2026.
    await expect(page.getByText(/hôm nay là .*29 thg 11, 2026/)).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toContainText(viCommon.role.INTERN);

    // A new week from the curriculum (the next one to start, whatever other specs left).
    await page.getByRole("link", { name: "+ Tạo tuần mới" }).click();
    await page.getByRole("radio", { name: /Theo chương trình học/ }).check();
    await page.getByRole("button", { name: "Tạo tuần" }).click();
    await expect(page).toHaveURL(/\/weeks\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: /^Tuần \d+$/ })).toBeVisible();
    await expect(page.getByText(viCommon.status.DRAFT, { exact: true }).first()).toBeVisible();

    // Tick the first task: saved, not only shown.
    const box = page.getByRole("checkbox", { checked: false }).first();
    const name = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "");
    const ticked = page.getByRole("checkbox", { name: name.slice(0, 24) }).first();
    await ticked.check();
    await expect(ticked).toBeChecked();
    await expect(page.getByText("Đang lưu…")).toHaveCount(0);
    await page.reload();
    await expect(ticked).toBeChecked();

    // A day whose last date comes before its first is refused next to the field, in Vietnamese.
    await page.getByRole("button", { name: "Sửa ngày" }).first().click();
    const start = page.getByLabel("Ngày bắt đầu", { exact: true });
    const end = page.getByLabel("Ngày hoàn thành", { exact: true });
    const [first, last] = [await start.getAttribute("min"), await start.getAttribute("max")];
    await start.fill(last!);
    await end.fill(first!);
    await page.getByRole("button", { name: "Lưu ngày" }).click();
    await expect(page.getByText("Ngày hoàn thành đang trước ngày bắt đầu.")).toBeVisible();
    await page.getByRole("button", { name: "Huỷ" }).click();
    await expect(page.getByRole("button", { name: "Lưu ngày" })).toHaveCount(0);

    // Submit for review.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Nộp để duyệt" }).click();
    await expect(page.getByText("Đang chờ mentor duyệt.")).toBeVisible();
    await expect(page.getByText(viCommon.status.SUBMITTED, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Sửa mục tiêu" })).toHaveCount(0);
  });

  test("a mentor filters the grid and downloads its CSV with Vietnamese headers", async ({ page }) => {
    await loginInVietnamese(page, "mentor@example.com");
    await expect(page).toHaveURL(/\/cohorts$/);
    await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: viGrid.heading })).toBeVisible();

    await page.getByLabel(viGrid.filters.status).selectOption("submitted");
    await page.getByRole("button", { name: viGrid.filters.apply }).click();
    await expect(page).toHaveURL(/[?&]status=submitted(&|$)/);
    await expect(page.getByText(/tuần khớp bộ lọc, được viền trong bảng/)).toBeVisible();
    const grid = page.getByRole("table", { name: /thực tập sinh có tuần “Đã nộp”, sắp xếp theo tên/ });
    await expect(grid.getByRole("link", { name: new RegExp(viCommon.status.SUBMITTED) }).first()).toBeVisible();

    const href = await page.getByRole("link", { name: "Tải CSV (theo bộ lọc)" }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const lines = (await response.body()).subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    const columns = viGrid.csv.columns;
    expect(lines[0]).toBe(
      [
        columns.intern,
        columns.email,
        columns.week,
        columns.weekStart,
        columns.weekEnd,
        columns.extendedUntil,
        columns.status,
        columns.tasksDone,
        columns.tasksPlanned,
        columns.progress,
        columns.behind,
        columns.submittedAt,
        columns.approvedAt,
      ].join(","),
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      expect(line.split(",")[6], line).toBe(viCommon.status.SUBMITTED);
      expect([viGrid.csv.yes, viGrid.csv.no], line).toContain(line.split(",")[10]);
    }
  });

  test("the main pages have no serious accessibility violations", async ({ browser }) => {
    test.slow();
    const pages: [DemoEmail, string[]][] = [
      ["intern3@example.com", ["/", "/import", "/modules", "/settings"]],
      ["mentor@example.com", ["/cohorts", "/reviews"]],
      ["admin@example.com", ["/admin"]],
    ];
    for (const [email, paths] of pages) {
      const { page, close } = await vietnamesePage(browser, email, paths[0]);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", "vi");
        expect(await seriousViolations(page), `${email} ${path}`).toEqual([]);
      }
      if (email === "intern3@example.com") {
        await page.goto("/");
        await page
          .getByRole("link", { name: /^Tuần 3/ })
          .first()
          .click();
        await expect(page.getByRole("heading", { level: 1, name: "Tuần 3" })).toBeVisible();
        expect(await seriousViolations(page), `${email} week 3`).toEqual([]);
      }
      if (email === "mentor@example.com") {
        await page.goto("/cohorts");
        await page.getByRole("link", { name: DEMO_COHORT_NAME, exact: true }).click();
        await expect(page.getByRole("heading", { level: 2, name: viGrid.heading })).toBeVisible();
        expect(await seriousViolations(page), `${email} cohort grid`).toEqual([]);
      }
      await close();
    }
  });
});

test("a language chosen in the header follows the person across sign-out and sign-in, on any browser", async ({
  page,
  browser,
}) => {
  test.slow();
  // This browser asks for English (playwright.config.ts); the person chooses Vietnamese.
  await login(page, "intern3@example.com");
  await expect(page.getByRole("heading", { level: 1, name: "Your worklog" })).toBeVisible();
  await page.getByLabel("Language", { exact: true }).selectOption("vi");
  await expect(page.getByRole("heading", { level: 1, name: "Worklog của bạn" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  try {
    // Signed out, the pages stay in it (the language cookie), and so does the next sign-in.
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/signed-out$/);
    await expect(page.getByRole("heading", { name: "Bạn đã đăng xuất" })).toBeVisible();
    await page.getByRole("link", { name: "Đăng nhập lại" }).click();
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveTitle(/Đăng nhập vào Worklog \(cục bộ\)/);
    await page.getByLabel("E-mail", { exact: true }).fill("intern3@example.com");
    await page.getByLabel("Mật khẩu", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Worklog của bạn" })).toBeVisible();

    // Another browser, English and with no cookie of ours: once signed in, Vietnamese (saved on the person).
    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await login(other, "intern3@example.com");
    await expect(other.getByRole("heading", { level: 1, name: "Worklog của bạn" })).toBeVisible();
    await expect(other.locator("html")).toHaveAttribute("lang", "vi");
    await elsewhere.close();
  } finally {
    // Back to English, so that a rerun starts where this run did.
    await page.goto("/settings");
    await page.locator("#header-locale").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  }
});
