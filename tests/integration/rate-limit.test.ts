import { describe, expect, it } from "vitest";
import { hitRateLimit, limitRequest } from "@/lib/server/rate-limit";

describe("rate limits", () => {
  it("allow up to the limit per key and window, then refuse with the seconds left", async () => {
    const limit = { name: "test", max: 3, windowSeconds: 60 };
    const now = new Date("2026-11-29T10:00:15Z");
    for (let i = 0; i < 3; i++) expect((await hitRateLimit(limit, ["ip:1.2.3.4"], now)).allowed).toBe(true);
    expect(await hitRateLimit(limit, ["ip:1.2.3.4"], now)).toEqual({ allowed: false, retryAfter: 45 });
    // Another address, and the next window, start afresh.
    expect((await hitRateLimit(limit, ["ip:5.6.7.8"], now)).allowed).toBe(true);
    expect((await hitRateLimit(limit, ["ip:1.2.3.4"], new Date("2026-11-29T10:01:00Z"))).allowed).toBe(true);
  });

  it("limit per user and per address at once", async () => {
    const limit = { name: "both", max: 2, windowSeconds: 60 };
    const now = new Date("2026-11-29T11:00:00Z");
    await hitRateLimit(limit, ["ip:9.9.9.9", "user:a"], now);
    await hitRateLimit(limit, ["ip:8.8.8.8", "user:a"], now);
    // Same user from a third address: the user's counter is over.
    expect((await hitRateLimit(limit, ["ip:7.7.7.7", "user:a"], now)).allowed).toBe(false);
  });

  it("answer 429 with Retry-After for route handlers", async () => {
    const limit = { name: "route", max: 1, windowSeconds: 30 };
    const request = new Request("http://localhost/x", { headers: { "x-forwarded-for": "6.6.6.6, 10.0.0.1" } });
    expect(await limitRequest(limit, request)).toBeNull();
    const refused = await limitRequest(limit, request);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
