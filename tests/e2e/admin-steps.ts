// What an admin does on /admin in several specs: make a cohort, add a person to one.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export async function createCohort(page: Page, name: string) {
  const create = page.getByRole("region", { name: "New cohort" });
  await create.getByLabel("Name").fill(name);
  await create.getByRole("button", { name: "Create cohort" }).click();
  await expect(create.getByRole("status")).toHaveText("Cohort created.");
}

export async function addPerson(page: Page, cohort: string, email: string, name: string, role: "Intern" | "Mentor") {
  const card = page.getByRole("region", { name: "Add an intern or a mentor" });
  await card.getByLabel("Email", { exact: true }).fill(email);
  await card.getByLabel("Name (if new)").fill(name);
  await card.getByRole("radio", { name: role }).check();
  await card.getByLabel("Cohort").selectOption({ label: cohort });
  await card.getByRole("button", { name: "Add to cohort" }).click();
  await expect(card.getByRole("status")).toHaveText(/Added/);
}
