import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, login, test } from "./fixtures";
import { normalisePage } from "../unit/markdown/normalise";

// intern2 has weeks 1 to 4; the FCJ fixture is week 5, so it imports as a new week. "Replace" is
// chosen so that a retry (which finds the first attempt's week 5, a draft) does the same.
const fixturePath = path.resolve("tests/fixtures/fcj-week5.en.md");
const fixture = readFileSync(fixturePath, "utf8");

test("an intern imports a week page, sees the week, and exports the same page back", async ({ page, login }) => {
  await login("intern2@example.com", "/import");
  await expect(page.getByRole("heading", { name: "Import your worklog" })).toBeVisible();
  await page.getByRole("radio", { name: /Replace them/ }).check();
  await page.getByLabel("Worklog pages").setInputFiles(fixturePath);

  // The preview: the week, its days and tasks, the date format, linked modules, warnings. Nothing saved yet.
  const week = page.getByRole("region", { name: /^Week 5/ });
  await expect(week).toBeVisible();
  await expect(week.getByText(/written as DD\/MM\/YYYY/)).toBeVisible();
  await expect(week.getByText("05-03 Amazon Cognito", { exact: true })).toBeVisible();
  await expect(week.getByRole("row")).toHaveCount(8);
  await expect(week.getByRole("list", { name: "Warnings for week 5" })).toContainText(
    "are not in your cohort's week 5",
  );

  await page.getByRole("button", { name: "Import 1 week" }).click();
  await expect(page.getByText(/Imported 1 week/)).toBeVisible();
  await page.getByRole("link", { name: "Week 5", exact: true }).click();

  await expect(page).toHaveURL(/\/weeks\/[0-9a-f-]{36}$/);
  const weekUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: "Week 5" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Week 5 progress", exact: true })).toHaveAttribute(
    "aria-valuemax",
    "12",
  );
  await expect(page.getByText("Complete the Team Project Proposal", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Export Markdown" }).click();
  await expect(page.getByRole("heading", { name: "Export week 5" })).toBeVisible();
  expect(normalisePage((await page.getByTestId("export-markdown").textContent()) ?? "")).toBe(normalisePage(fixture));
  // The rendered preview: the task table, one row per day, a day's tasks on separate lines.
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("row")).toHaveCount(8);
  await expect(preview.getByRole("row", { name: /^Sun/ }).locator("br")).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download _index.md" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("_index.md");
  expect(normalisePage(readFileSync(await download.path(), "utf8"))).toBe(normalisePage(fixture));

  await page.getByRole("link", { name: "Tiếng Việt" }).click();
  await expect(page.getByTestId("export-markdown")).toContainText('title: "Worklog Tuần 5"');
  await expect(page.getByRole("link", { name: "Download _index.vi.md" })).toBeVisible();
  const vi = await page.request.get(`${weekUrl}/export.md?lang=vi`);
  expect(vi.status()).toBe(200);
  expect(vi.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(vi.headers()["content-disposition"]).toMatch(/^attachment; filename="_index.vi.md"/);

  const zip = await page.request.get("/worklog/export.zip");
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect(zip.headers()["content-disposition"]).toMatch(/^attachment; filename="worklog-tran-thi-binh.zip"/);
});

test("a bad file is named with its reason and nothing can be imported", async ({ page, login }) => {
  await login("intern2@example.com", "/import");
  await page.getByLabel("Worklog pages").setInputFiles([
    { name: "_index.md", mimeType: "text/markdown", buffer: Buffer.from(fixture) },
    {
      name: "xss.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(fixture.replace("Practice the related labs", "Practice <script>alert(1)</script> labs")),
    },
  ]);
  // (Next's route announcer is an alert too.)
  const problems = page.getByRole("alert").filter({ hasText: "Files that cannot be imported" });
  await expect(problems).toContainText("xss.md");
  await expect(problems).toContainText("holds HTML that Worklog does not keep");
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();
});

test("another intern's week cannot be exported: the same 404 as a week that does not exist", async ({
  page,
  browser,
}) => {
  // Read-only look at intern@'s current week, for its address.
  await login(page, "intern@example.com");
  await page.getByRole("link", { name: "This week: week 5" }).click();
  await expect(page).toHaveURL(/\/weeks\/[0-9a-f-]{36}$/);
  const weekUrl = new URL(page.url()).pathname;

  const context = await browser.newContext();
  const other = await context.newPage();
  await login(other, "intern2@example.com");
  await other.goto(`${weekUrl}/export`);
  await expect(other.getByRole("heading", { name: "This page does not exist, or you may not see it" })).toBeVisible();
  expect((await other.request.get(`${weekUrl}/export.md`)).status()).toBe(404);
  expect((await other.request.get(`/weeks/00000000-0000-4000-8000-000000000000/export.md`)).status()).toBe(404);
  await context.close();
});
