import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { login } from "./fixtures";

// The demo intern's week 5 is the real FCJ week 5 page; "today" is pinned to its Sunday, which has
// three tasks: the team project proposal, the week 5 worklog, the week 6 study plan.
const progressOf = (page: Page, label: string) => page.getByRole("progressbar", { name: label, exact: true });

// Before the test below, which leaves week 5 approved: this one ticks a task and unticks it again.
test("with no live stream, every bar of the dashboard follows the intern's own ticks at once", async ({ browser }) => {
  const context = await browser.newContext();
  // No live updates: nothing renders the page again, so what follows a tick is the page itself.
  await context.route("**/live-worker.js", (route) => route.abort());
  const page = await context.newPage();
  await login(page, "intern@example.com");
  const box = page.getByRole("region", { name: "Today" }).getByRole("checkbox").first();
  const thisWeek = page.getByRole("region", { name: "This week: week 5" });
  const allWeeks = page.getByRole("region", { name: /^All weeks/ });
  // Markup rendered as text (components/dashboard/current-week-html.ts, week-tiles-html.ts): the
  // week's bar and today's in the week's card, the week's tile.
  const bars = [
    thisWeek.getByRole("progressbar", { name: "Week 5 progress" }),
    thisWeek.getByRole("progressbar", { name: "Sun progress" }),
    allWeeks.getByRole("progressbar", { name: "Week 5 progress" }),
  ];
  const before = await Promise.all(
    bars.map(
      async (bar) =>
        [Number(await bar.getAttribute("aria-valuenow")), Number(await bar.getAttribute("aria-valuemax"))] as const,
    ),
  );
  const tile = allWeeks.getByRole("link", { name: /^Week 5/ });
  for (const [checked, more] of [
    [true, 1],
    [false, 0],
  ] as const) {
    await box.setChecked(checked);
    for (const [i, bar] of bars.entries()) {
      const [done, total] = before[i]!;
      await expect(bar).toHaveAttribute("aria-valuenow", String(done + more));
      await expect(bar).toHaveAttribute("aria-valuetext", `${done + more} of ${total} tasks done`);
    }
    const [done, total] = before[2]!;
    await expect(tile).toContainText(`${done + more}/${total}`);
  }
  // As a <Link> would, a tile's week is fetched ahead when the pointer comes to it (week 2: no other link of the page goes there).
  const week2 = page.getByRole("region", { name: /^All weeks/ }).getByRole("link", { name: /^Week 2/ });
  const href = await week2.getAttribute("href");
  const ahead = page.waitForRequest((request) => new URL(request.url()).pathname === href);
  await week2.hover();
  await ahead;
  await context.close();
});

test("an intern ticks today's tasks, edits and submits the week, and cannot edit it once approved", async ({
  page,
  browser,
}) => {
  // A whole review loop: three sign-ins (intern, mentor, intern again), a dozen saves and reloads.
  test.setTimeout(90_000);
  await login(page, "intern@example.com");
  const today = page.getByRole("region", { name: "Today" });
  const boxes = today.getByRole("checkbox");
  await expect(boxes).toHaveCount(3);
  await expect(today.getByText("Complete the Team Project Proposal")).toBeVisible();

  // Week 5: Monday to Saturday are done (9 tasks), Sunday's three are not.
  await page.getByRole("link", { name: "This week: week 5" }).click();
  await expect(page).toHaveURL(/\/weeks\/[0-9a-f-]{36}$/);
  const weekUrl = page.url();
  await expect(progressOf(page, "Week 5 progress")).toHaveAttribute("aria-valuenow", "9");
  await expect(progressOf(page, "Sun progress")).toHaveAttribute("aria-valuenow", "0");

  // Tick all three from the dashboard.
  await page.goto("/");
  for (let i = 0; i < 3; i++) {
    await boxes.nth(i).check();
    await expect(boxes.nth(i)).toBeChecked();
  }
  await expect(today.getByText("Saving…")).toHaveCount(0);
  // Every bar of the page follows the ticks at once (the tick answers with the new counts).
  const thisWeek = page.getByRole("region", { name: "This week: week 5" });
  const allWeeks = page.getByRole("region", { name: /^All weeks/ });
  await expect(progressOf(page, "Sun progress")).toHaveAttribute("aria-valuenow", "3");
  await expect(thisWeek.getByRole("progressbar", { name: "Week 5 progress" })).toHaveAttribute("aria-valuenow", "12");
  await expect(allWeeks.getByRole("progressbar", { name: "Week 5 progress" })).toHaveAttribute("aria-valuenow", "12");
  // To the week page and Back: the dashboard the browser restores still shows them.
  await thisWeek.getByRole("link", { name: "This week: week 5" }).click();
  await expect(page).toHaveURL(weekUrl);
  await expect(progressOf(page, "Week 5 progress")).toHaveAttribute("aria-valuenow", "12");
  await page.goBack();
  for (let i = 0; i < 3; i++) await expect(boxes.nth(i)).toBeChecked();
  await expect(thisWeek.getByRole("progressbar", { name: "Week 5 progress" })).toHaveAttribute("aria-valuenow", "12");
  await page.reload();
  for (let i = 0; i < 3; i++) await expect(boxes.nth(i)).toBeChecked();
  await expect(thisWeek.getByRole("progressbar", { name: "Week 5 progress" })).toHaveAttribute("aria-valuenow", "12");

  await page.goto(weekUrl);
  await expect(progressOf(page, "Sun progress")).toHaveAttribute("aria-valuenow", "3");
  await expect(progressOf(page, "Week 5 progress")).toHaveAttribute("aria-valuenow", "12");

  // Add an objective.
  await page.getByRole("button", { name: "Edit objectives" }).click();
  await page.getByRole("button", { name: "+ Add objective" }).click();
  await page.getByRole("textbox", { name: "objective 6" }).fill("Review **Cognito** user pools once more");
  await page.getByRole("button", { name: "Save objectives" }).click();
  await expect(
    page.getByRole("region", { name: "Objectives" }).getByText("Review Cognito user pools once more"),
  ).toBeVisible();

  // Add a task linked to module 05-03 on Saturday, choosing the module by typing its title.
  const saturday = page.getByRole("region", { name: /^Sat/ });
  await saturday.getByRole("button", { name: "Edit day" }).click();
  await saturday.getByRole("button", { name: "+ Add task" }).click();
  await saturday.getByRole("textbox", { name: "Task 2" }).fill("Build a Cognito sign-in demo");
  const picker = saturday.getByRole("combobox", { name: "Task 2: link a module" });
  await picker.fill("cognito");
  await expect(page.getByRole("option", { name: /05-03 Amazon Cognito/ })).toBeVisible();
  await picker.press("Enter");
  await saturday.getByRole("button", { name: "Save day" }).click();
  const newTask = saturday.getByRole("listitem").filter({ hasText: "Build a Cognito sign-in demo" });
  await expect(newTask).toBeVisible();
  await expect(newTask.getByText("05-03")).toBeVisible();
  await expect(progressOf(page, "Week 5 progress")).toHaveAttribute("aria-valuemax", "13");

  // Bad input is refused next to the field, and nothing changes.
  await saturday.getByRole("button", { name: "Edit day" }).click();
  await saturday.getByRole("textbox", { name: "Task 1" }).fill("   ");
  await saturday.getByRole("button", { name: "Save day" }).click();
  await expect(saturday.getByText("The task cannot be empty.")).toBeVisible();
  await saturday.getByRole("button", { name: "Cancel" }).click();
  await expect(saturday.getByText("Practice the related labs of week 5")).toBeVisible();

  // Submit for review.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Waiting for your mentor's review.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit objectives" })).toHaveCount(0);

  // The mentor approves it (in their own browser session).
  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await login(mentor, "mentor@example.com");
  await mentor.goto(weekUrl);
  await mentor.getByRole("button", { name: "Approve week" }).click();
  await expect(mentor.getByText("Week approved.")).toBeVisible();
  await mentorContext.close();

  // Approved: read-only for the intern.
  await page.reload();
  await expect(page.getByText("Your mentor approved this week. It is read-only now.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Edit (day|objectives|achievements)/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  for (const box of await page.getByRole("checkbox").all()) await expect(box).toBeDisabled();
});
