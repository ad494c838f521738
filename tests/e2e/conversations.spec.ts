// A conversation on a week: the intern replies to a mentor's comment, the mentor finds the reply
// in the review queue, opens the week at it and resolves the thread, which moves below the open ones.
// intern2@'s week 3 (returned with a comment in the seed) is this spec's: no other spec uses it.
import pg from "pg";
import type { Page } from "@playwright/test";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { seriousViolations } from "./axe";
import { expect, login, test } from "./fixtures";

const SEEDED = "Please add what you learned in the VPC labs.";
const SECOND = "Which lab took you longest, and why?";
const REPLY = "I added the VPC notes to day 2; the peering lab took longest because of the route tables.";

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

const threads = (page: Page) => page.getByRole("region", { name: "Mentor comments" }).locator("li[data-thread]");
const thread = (page: Page, text: string) => threads(page).filter({ hasText: text });

test("the intern replies to a mentor's comment; the mentor sees it in the queue and resolves it", async ({
  page,
  browser,
}) => {
  test.slow();
  const id = await weekId("intern2@example.com", 3);

  // The mentor opens a second conversation on the week.
  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await login(mentor, "mentor@example.com", `/weeks/${id}`);
  await mentor.getByLabel("Comment", { exact: true }).fill(SECOND);
  await mentor.getByRole("button", { name: "Add comment" }).click();
  await expect(mentor.getByText("Comment added.")).toBeVisible();

  // The intern answers the seeded comment.
  await login(page, "intern2@example.com", `/weeks/${id}`);
  await expect(threads(page)).toHaveCount(2);
  const seeded = thread(page, SEEDED);
  await expect(seeded.getByRole("button", { name: "Resolve" })).toHaveCount(0); // interns do not resolve
  await seeded.getByRole("button", { name: "Reply" }).click();
  await seeded.getByLabel("Your reply").fill(REPLY);
  await seeded.getByRole("button", { name: "Send reply" }).click();
  await expect(seeded.getByRole("status")).toHaveText("Reply sent.");
  await expect(seeded.getByText(REPLY)).toBeVisible();
  await expect(seeded.getByText("Waiting for a mentor's answer.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The mentor's queue lists the reply, with its first words, and opens the week at it.
  await mentor.goto("/reviews");
  const waiting = mentor.getByRole("region", { name: "Replies waiting for you" });
  await expect(waiting).toContainText("I added the VPC notes to day 2");
  await expect(waiting).toContainText("replied today");
  await waiting.getByRole("link", { name: "Trần Thị Bình · Week 3" }).click();
  await expect(mentor).toHaveURL(new RegExp(`/weeks/${id}#comment-[0-9a-f-]{36}$`));
  const anchor = new URL(mentor.url()).hash;
  await expect(mentor.locator(anchor)).toContainText(REPLY);
  expect(await seriousViolations(mentor)).toEqual([]);

  // Resolved, it moves below the open one, folded under who resolved it; the queue no longer lists it.
  await thread(mentor, SEEDED).getByRole("button", { name: "Resolve" }).click();
  await expect(threads(mentor).last()).toHaveAttribute("data-thread", "resolved");
  await expect(threads(mentor).last()).toContainText(SEEDED);
  await expect(threads(mentor).last()).toContainText(/Resolved by Phạm Quốc Dũng on/);
  await expect(threads(mentor).first()).toHaveAttribute("data-thread", "open");
  await expect(threads(mentor).first()).toContainText(SECOND);
  await expect(mentor.getByText(REPLY)).toBeHidden(); // folded
  // A link to the reply (the notification's) still shows it: the browser unfolds the thread.
  await mentor.goto(`/weeks/${id}${anchor}`);
  await expect(mentor.locator(anchor)).toBeVisible();
  await mentor.goto(`/weeks/${id}`);
  expect(await seriousViolations(mentor)).toEqual([]);
  await mentor.goto("/reviews");
  await expect(mentor.getByRole("region", { name: "Replies waiting for you" })).toHaveCount(0);
  // Its e-mail is the mentor's to choose on /settings; the intern's list has the extension's instead.
  await mentor.goto("/settings");
  await expect(mentor.getByRole("checkbox", { name: "An intern replies to my comment" })).toBeChecked();
  await expect(mentor.getByRole("checkbox", { name: "My mentor extends a week's due date" })).toHaveCount(0);
  await mentorContext.close();

  // The intern sees it resolved; replying again would reopen it, and the form says so.
  await page.reload();
  const resolved = threads(page).last();
  await resolved.locator("summary").click();
  await resolved.getByRole("button", { name: "Reply" }).click();
  await expect(
    resolved.getByText("This conversation is resolved; your reply reopens it for your mentor."),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/settings");
  await expect(page.getByRole("checkbox", { name: "My mentor extends a week's due date" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "An intern replies to my comment" })).toHaveCount(0);
});
