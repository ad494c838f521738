import { expect, test } from "./fixtures";

test("liveness and readiness: /api/health answers, /api/ready reports a migrated, reachable database", async ({
  request,
}) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ ok: true, status: "alive" });
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "reachable", migrations: "up-to-date" });
});

test("an unknown page explains what to do next", async ({ page, login }) => {
  await login("intern@example.com");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: /does not exist/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the dashboard" })).toBeVisible();
});
