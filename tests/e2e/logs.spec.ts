import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../../prisma/demo-data";
import { E2E_DATA_DIR } from "../../playwright.config";
import { expect, test } from "./fixtures";

test("server logs are JSON lines with request ids, and hold no secrets or worklog text", async ({
  page,
  context,
  login,
}) => {
  await login("intern3@example.com");
  // Write worklog text the logs must not repeat, and make an action fail validation.
  const secretText = `Private note ${Date.now()} about my lab`;
  await page.getByRole("link", { name: /^Week 2/ }).click();
  await page.getByRole("button", { name: "Edit objectives" }).click();
  await page.getByRole("button", { name: "+ Add objective" }).click();
  const fields = page.getByRole("textbox", { name: /^objective \d+$/ });
  await fields.last().fill(secretText);
  await page.getByRole("button", { name: "Save objectives" }).click();
  await expect(page.getByText(secretText)).toBeVisible();
  await page.getByRole("button", { name: "Edit objectives" }).click();
  await fields.last().fill("   ");
  await page.getByRole("button", { name: "Save objectives" }).click();
  await expect(page.getByText("The text cannot be empty.")).toBeVisible();

  const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token")!.value;
  const secrets = JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "local-secrets.json"), "utf8")) as Record<
    string,
    string
  >;
  await expect
    .poll(() => readFileSync(path.join(E2E_DATA_DIR, "server.log"), "utf8"))
    .toContain('"event":"action.invalid"');
  const logText = readFileSync(path.join(E2E_DATA_DIR, "server.log"), "utf8");
  const lines = logText.split("\n").filter((l) => l.startsWith("{"));
  const entries = lines.map((l) => JSON.parse(l) as { requestId?: string; event?: string });
  expect(entries.filter((e) => e.event === "request").length).toBeGreaterThan(3);
  for (const entry of entries.filter((e) => e.event === "request" || e.event?.startsWith("action."))) {
    expect(entry.requestId, JSON.stringify(entry)).toMatch(/^[0-9a-f-]{36}$/);
  }
  expect(entries.some((e) => e.event === "user.signed-in")).toBe(true);
  for (const forbidden of [
    DEMO_PASSWORD,
    cookie,
    cookie.slice(0, 40),
    secretText,
    secrets.authSecret!,
    secrets.clientSecret!,
  ]) {
    expect(logText.includes(forbidden), `the log contains ${forbidden.slice(0, 20)}…`).toBe(false);
  }
});
