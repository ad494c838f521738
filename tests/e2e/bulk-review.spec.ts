// Bulk approve from the review queue and saved replies, in the browser. Other specs review the demo
// cohort's submitted weeks, so this one plants a cohort of its own (mentored by mentor@) with four
// submitted weeks, approves three of them at once, and sees the fourth, approved meanwhile by
// someone else, reported by name. Then a saved reply is kept, reordered and inserted into a comment.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { queryApp } from "./provider-directory";

const TAG = randomUUID().slice(0, 6);
const INTERNS = ["An", "Bình", "Châu", "Dũng"].map((name) => `${name} Bulk ${TAG}`);

/** A cohort mentored by mentor@example.com, an intern a name, each with week 1 submitted; their week ids. */
async function plantCohort(tag = TAG, interns = INTERNS): Promise<{ cohortId: string; weekIds: string[] }> {
  const [cohort] = await queryApp<{ id: string }>(
    `INSERT INTO cohorts (name, start_date, week_count, updated_at) VALUES ($1, '2026-11-02', 12, now()) RETURNING id`,
    [`Bulk review ${tag}`],
  );
  await queryApp(
    `INSERT INTO cohort_mentors (cohort_id, mentor_id) SELECT $1, id FROM users WHERE email = 'mentor@example.com'`,
    [cohort!.id],
  );
  const ids: string[] = [];
  for (const [i, name] of interns.entries()) {
    const [user] = await queryApp<{ id: string }>(
      `INSERT INTO users (email, name, role, updated_at) VALUES ($1, $2, 'INTERN', now()) RETURNING id`,
      [`bulk-${tag}-${i}@example.com`, name],
    );
    await queryApp(`INSERT INTO enrollments (user_id, cohort_id) VALUES ($1, $2)`, [user!.id, cohort!.id]);
    const [week] = await queryApp<{ id: string }>(
      `INSERT INTO weeks (intern_id, cohort_id, number, title, start_date, end_date, status, submitted_at,
                          front_matter, updated_at)
       VALUES ($1, $2, 1, 'Week 1', '2026-11-02', '2026-11-08', 'SUBMITTED', now() - interval '1 day', '{}', now())
       RETURNING id`,
      [user!.id, cohort!.id],
    );
    ids.push(week!.id);
  }
  return { cohortId: cohort!.id, weekIds: ids };
}

let weekIds: string[] = [];
test.beforeAll(async () => {
  ({ weekIds } = await plantCohort());
});

const pick = (page: Page, intern: string) => page.getByRole("checkbox", { name: `Approve week 1 of ${intern}` });

test("a mentor approves three weeks at once from the queue, and a week approved meanwhile is reported by name", async ({
  page,
  login,
}) => {
  // Without live updates (the page as loaded, as when the stream cannot open): with them, the week
  // approved meanwhile would leave the queue before the click, and nothing would be left to report.
  await page.context().route(/\/(live-worker\.js|api\/live)(\?|$)/, (route) => route.abort());
  await login("mentor@example.com", "/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Waiting for review" })).toBeVisible();
  await expect(page.getByText("No week selected")).toBeVisible();
  // By keyboard: focus a week's checkbox and tick it with Space.
  await pick(page, INTERNS[0]!).focus();
  await page.keyboard.press("Space");
  await pick(page, INTERNS[1]!).check();
  await pick(page, INTERNS[2]!).check();
  await pick(page, INTERNS[3]!).check();
  await expect(page.getByText("4 weeks selected")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Someone else approves the fourth week before this mentor does.
  await queryApp(`UPDATE weeks SET status = 'APPROVED', approved_at = now() WHERE id = $1`, [weekIds[3]]);
  await page.getByLabel("A comment on every approved week (optional)").fill("Approved together: well done.");
  await page.getByRole("button", { name: "Approve 4 weeks" }).click();
  const summary = page.getByRole("status").filter({ hasText: "weeks approved" });
  await expect(summary).toContainText("3 weeks approved.");
  await expect(summary).toContainText(`Week 1 of ${INTERNS[3]}: it is approved now`);
  // The approved weeks leave the queue; the selection is cleared.
  for (const intern of INTERNS) await expect(pick(page, intern)).toHaveCount(0);
  await expect(page.getByText("No week selected")).toBeVisible();

  const rows = await queryApp<{ status: string; comments: number }>(
    `SELECT w.status::text AS status, (SELECT count(*)::int FROM review_comments c WHERE c.week_id = w.id) AS comments
     FROM weeks w WHERE w.id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], w.id)`,
    [weekIds],
  );
  expect(rows).toEqual([
    { status: "APPROVED", comments: 1 },
    { status: "APPROVED", comments: 1 },
    { status: "APPROVED", comments: 1 },
    { status: "APPROVED", comments: 0 },
  ]);
});

test("a mentor keeps saved replies, reorders them by keyboard and inserts one into a comment", async ({
  page,
  login,
}) => {
  await login("mentor@example.com", "/reviews/replies");
  await expect(page.getByRole("heading", { level: 1, name: "Saved replies" })).toBeVisible();
  const first = `Clear and complete — thank you (${TAG}).`;
  const second = `Please link the lab you followed (${TAG}).`;
  for (const text of [first, second]) {
    await page.getByLabel("Reply", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Save the reply" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reply saved." })).toBeVisible();
    await expect(page.getByText(text)).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);
  const own = page.getByRole("region", { name: "Your replies" }).getByRole("listitem");
  const count = await own.count();
  // Move the newest one up, with the keyboard: it keeps the focus.
  await page.getByRole("button", { name: `Move up (reply ${count})` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `Reply moved to place ${count - 1}.` })).toBeVisible();
  await expect(own.nth(count - 2)).toContainText(second);
  await expect(own.nth(count - 1)).toContainText(first);
  // At the top it cannot move up again: the focus goes to its "Move down".
  const focused = count === 2 ? "Move down (reply 1)" : `Move up (reply ${count - 1})`;
  await expect(page.getByRole("button", { name: focused })).toBeFocused();

  // On a week: "Insert saved reply" opens the list; arrows and Enter insert at the cursor.
  await page.goto(`/weeks/${weekIds[0]}`);
  const comment = page.getByLabel("Comment", { exact: true });
  await comment.fill("Thanks. ");
  await page.getByRole("button", { name: "Insert saved reply" }).click();
  const list = page.getByRole("listbox", { name: "Saved replies" });
  await expect(list).toBeFocused();
  await expect(list.getByRole("option", { name: first })).toBeVisible();
  for (let i = 0; i < count - 1; i++) await page.keyboard.press("ArrowDown");
  await expect(list.getByRole("option", { name: first })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(list).toHaveCount(0);
  await expect(comment).toHaveValue(`Thanks. ${first}`);
  await expect(comment).toBeFocused();
  await page.getByRole("button", { name: "Add comment" }).click();
  await expect(page.getByRole("region", { name: "Mentor comments" }).getByText(`Thanks. ${first}`)).toBeVisible();
});

test("a mentor selects every submitted week of the grid's filter and approves them at once", async ({
  page,
  login,
}) => {
  const tag = `${TAG}g`;
  const interns = ["Giang", "Hoà"].map((name) => `${name} Grid ${tag}`);
  const { cohortId } = await plantCohort(tag, interns);
  await login("mentor@example.com", `/cohorts/${cohortId}?status=submitted`);
  await expect(page.getByRole("heading", { level: 1, name: `Bulk review ${tag}` })).toBeVisible();
  await page.getByRole("button", { name: "Select all submitted (2)" }).click();
  await expect(page.getByText("2 weeks selected")).toBeVisible();
  for (const intern of interns) await expect(pick(page, intern)).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Approve 2 weeks" }).click();
  await expect(page.getByRole("status").filter({ hasText: "weeks approved" })).toContainText("2 weeks approved.");
  for (const intern of interns) await expect(pick(page, intern)).toHaveCount(0);
});
