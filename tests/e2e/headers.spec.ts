import { expect, test } from "./fixtures";

test("pages are served with a nonce-based CSP and the other security headers", async ({ page, login }) => {
  await login("intern3@example.com");
  const response = await page.goto("/");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // Local http: no HSTS (it would pin localhost to https).
  expect(headers["strict-transport-security"]).toBeUndefined();
  // The page works under that policy: no CSP violation reported, and React is interactive.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.reload();
  await page.getByRole("link", { name: /^Week 1/ }).click();
  await expect(page.getByRole("heading", { name: "Week 1" })).toBeVisible();
  expect(violations).toEqual([]);
});
