// The review loop speaks: a mentor requests changes → the intern's bell shows 1 (kept current across
// client navigation), the notification opens the week at the comment, and the mail with the same
// link is in the launcher's mail catcher; turning a kind's e-mail off on /settings stops its mail.
import pg from "pg";
import { expect, test, login } from "./fixtures";
import { E2E_DATABASE_URL, E2E_MAIL_URL } from "../../playwright.config";

interface CaughtMail {
  to: string[];
  text: string;
  html: string;
  headers: Record<string, string>;
}

async function mailsTo(email: string, kind: string): Promise<CaughtMail[]> {
  const response = await fetch(`${E2E_MAIL_URL}/messages.json`);
  const mails = (await response.json()) as CaughtMail[];
  return mails.filter((m) => m.to.includes(email) && m.headers["x-worklog-kind"] === kind);
}

async function weekId(email: string, number: number): Promise<string> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT w.id FROM weeks w JOIN users u ON u.id = w.intern_id WHERE u.email = $1 AND w.number = $2`,
      [email, number],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

test("a mentor's request for changes reaches the intern's bell, opens at the comment, and is mailed with the same link", async ({
  page,
  browser,
}) => {
  const internEmail = "intern3@example.com";
  const id = await weekId(internEmail, 1);
  await login(page, internEmail);
  // Start from nothing unread.
  await page.goto("/notifications");
  const markAll = page.getByRole("button", { name: "Mark all read" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(page.getByRole("status").getByText("All marked read.")).toBeVisible();
  }
  await page.goto("/");
  await expect(page.getByTestId("notification-bell")).toBeVisible();
  await expect(page.getByTestId("unread-count")).toHaveCount(0);

  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await login(mentor, "mentor@example.com");
  await mentor.goto(`/weeks/${id}`);
  await mentor.getByLabel("Comment", { exact: true }).fill("Please add the VPC diagram to day 2.");
  await mentor.getByRole("button", { name: "Request changes" }).click();
  await expect(mentor.getByText("Returned to the intern with your comment.")).toBeVisible();

  // A client-side navigation (the layout does not render again) brings the new count.
  await page.getByRole("navigation").getByRole("link", { name: "Modules" }).click();
  await expect(page).toHaveURL(/\/modules$/);
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("Notifications, 1 unread");

  await page.getByTestId("notification-bell").click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByTestId("notifications").getByRole("listitem").first();
  await expect(item).toHaveAttribute("data-unread", "true");
  const link = item.getByRole("link", { name: /asked for changes to your week 1/ });
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/notifications\/[0-9a-f-]{36}$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/weeks/${id}#comment-[0-9a-f-]{36}$`));
  const commentId = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`#${commentId}`)).toContainText("Please add the VPC diagram to day 2.");
  await expect(page.getByTestId("unread-count")).toHaveCount(0);

  // The mail, in the catcher, with the same link.
  await expect.poll(async () => (await mailsTo(internEmail, "CHANGES_REQUESTED")).length, { timeout: 15_000 }).toBe(1);
  const [mail] = await mailsTo(internEmail, "CHANGES_REQUESTED");
  const origin = new URL(page.url()).origin;
  expect(mail!.text).toContain(`${origin}${href}`);
  expect(mail!.html).toContain(`${origin}${href}`);
  expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

  // Preferences: comments' e-mail off; a new comment shows in the app, and no mail comes.
  await page.goto("/settings");
  const box = page.getByRole("checkbox", { name: "A mentor comments on my week" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "A mentor comments on my week" })).not.toBeChecked();

  const before = (await mailsTo(internEmail, "COMMENT_ADDED")).length;
  await mentor.goto(`/weeks/${id}`);
  await mentor.getByLabel("Comment", { exact: true }).fill("One more thing: the subnet sizes.");
  await mentor.getByRole("button", { name: "Add comment" }).click();
  await expect(mentor.getByText("Comment added.")).toBeVisible();
  await mentorContext.close();

  await page.getByRole("navigation").getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  // The worker looks at the outbox every second; a mail would be here well within this.
  await page.waitForTimeout(4000);
  expect((await mailsTo(internEmail, "COMMENT_ADDED")).length).toBe(before);
});
