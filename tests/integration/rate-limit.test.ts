// The rate limiter's counting, at instants the tests choose: fixed one-minute windows in PostgreSQL,
// so nothing here waits on the wall clock or depends on where in the minute it runs.
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "@/lib/server/client-address";
import { hitRateLimit, hitRequestLimit, limitRequest, LIMITS } from "@/lib/server/rate-limit";
import { createUser } from "../factories";

/** A request as our server hands it on (scripts/server.ts), from `peer` with this X-Forwarded-For. */
const through = (peer: string, forwardedFor: string | undefined, trustedHops: number) =>
  new Request("http://localhost/x", {
    headers: { [CLIENT_ADDRESS_HEADER]: clientAddressOf(peer, forwardedFor, trustedHops) },
  });

/** A request from `address` behind one load balancer (which appends the address it saw). */
const from = (address: string) => through("10.0.0.9", `198.51.100.1, ${address}`, 1);

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

  it("count every hit of one clock minute together, and start again at the next minute", async () => {
    const limit = { name: "minute", max: 3, windowSeconds: 60 };
    const at = (time: string) => hitRateLimit(limit, ["ip:1.1.1.1"], new Date(`2026-11-29T12:${time}Z`));
    expect(await at("00:00.000")).toEqual({ allowed: true, retryAfter: 60 });
    expect(await at("00:30.000")).toEqual({ allowed: true, retryAfter: 30 });
    expect(await at("00:59.000")).toEqual({ allowed: true, retryAfter: 1 });
    // The last millisecond of the window: still this window, and at least a second to wait.
    expect(await at("00:59.999")).toEqual({ allowed: false, retryAfter: 1 });
    expect(await at("01:00.000")).toEqual({ allowed: true, retryAfter: 60 });
    // A refused hit counts too: hammering does not get through once the window is full.
    expect((await at("01:10.000")).allowed).toBe(true);
    expect((await at("01:20.000")).allowed).toBe(true);
    expect((await at("01:30.000")).allowed).toBe(false);
    expect((await at("01:40.000")).allowed).toBe(false);
  });

  it("limit per user and per address at once", async () => {
    const limit = { name: "both", max: 2, windowSeconds: 60 };
    const now = new Date("2026-11-29T11:00:00Z");
    await hitRateLimit(limit, ["ip:9.9.9.9", "user:a"], now);
    await hitRateLimit(limit, ["ip:8.8.8.8", "user:a"], now);
    // Same user from a third address: the user's counter is over.
    expect((await hitRateLimit(limit, ["ip:7.7.7.7", "user:a"], now)).allowed).toBe(false);
  });
});

describe("the app's rate limits", () => {
  it("imports: 20 a minute per intern and per address, the 21st refused, another intern and address apart", async () => {
    const now = new Date("2026-11-29T13:00:20Z");
    for (let i = 0; i < LIMITS.import.max; i++)
      expect((await hitRequestLimit(LIMITS.import, from("203.0.113.20"), "intern-a", now)).allowed, `${i + 1}`).toBe(
        true,
      );
    expect(await hitRequestLimit(LIMITS.import, from("203.0.113.20"), "intern-a", now)).toEqual({
      allowed: false,
      retryAfter: 40,
    });
    // The same intern from another address: over (per intern).
    expect((await hitRequestLimit(LIMITS.import, from("203.0.113.21"), "intern-a", now)).allowed).toBe(false);
    // Another intern from the same address: over (per address).
    expect((await hitRequestLimit(LIMITS.import, from("203.0.113.20"), "intern-b", now)).allowed).toBe(false);
    // Another intern from an address of their own: served.
    expect((await hitRequestLimit(LIMITS.import, from("203.0.113.22"), "intern-b", now)).allowed).toBe(true);
    // The next minute, the first intern is served again.
    const nextMinute = new Date("2026-11-29T13:01:00Z");
    expect((await hitRequestLimit(LIMITS.import, from("203.0.113.20"), "intern-a", nextMinute)).allowed).toBe(true);
  });

  it("sign-in: 120 a minute per address, then 429 with Retry-After for route handlers", async () => {
    const now = new Date("2026-11-29T14:00:50.500Z");
    for (let i = 0; i < LIMITS.signIn.max; i++)
      expect(await limitRequest(LIMITS.signIn, from("203.0.113.77"), undefined, now), `${i + 1}`).toBeNull();
    const refused = await limitRequest(LIMITS.signIn, from("203.0.113.77"), undefined, now);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get("retry-after")).toBe("10");
    expect(await refused?.text()).toBe("Too many requests. Wait a moment, then try again.");
    // Another address is not slowed by it.
    expect(await limitRequest(LIMITS.signIn, from("203.0.113.78"), undefined, now)).toBeNull();
  });

  it("answer 429 with Retry-After for route handlers", async () => {
    const limit = { name: "route", max: 1, windowSeconds: 30 };
    const now = new Date("2026-11-29T15:00:05Z");
    const request = new Request("http://localhost/x", { headers: { "x-forwarded-for": "6.6.6.6, 10.0.0.1" } });
    expect(await limitRequest(limit, request, undefined, now)).toBeNull();
    const refused = await limitRequest(limit, request, undefined, now);
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused?.headers.get("retry-after")).toBe("25");
  });
});

describe("who a request comes from", () => {
  it("with no trusted proxy, a forged X-Forwarded-For shares the socket's one limit", async () => {
    const limit = { name: "forged", max: 5, windowSeconds: 60 };
    const now = new Date("2026-11-29T11:00:00Z");
    const answers = [];
    for (let i = 0; i < 8; i++)
      answers.push(await hitRequestLimit(limit, through("127.0.0.1", `203.0.113.${i}`, 0), undefined, now));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, true, true, false, false, false]);
  });

  it("behind trusted proxies, the address they saw; never an entry the client wrote", () => {
    expect(clientAddressOf("10.0.0.9", "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.9", "198.51.100.66, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.9", "198.51.100.66, 203.0.113.7, 10.0.0.8", 2)).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.9", undefined, 1)).toBe("10.0.0.9");
    expect(clientAddressOf("127.0.0.1", "203.0.113.7", 0)).toBe("127.0.0.1");
  });
});

describe("every mutation, per person", () => {
  it("serves 300 a minute, then answers 429 with a message, at chosen instants", async () => {
    const { runMutation } = await import("@/lib/server/action");
    const { z } = await import("zod");
    const user = await createUser({ role: "INTERN" });
    const viewer = { id: user.id, email: user.email, name: user.name, role: "INTERN" as const, locale: null };
    const minute = new Date("2026-11-29T10:00:00Z");
    let ran = 0;
    const run = (now: Date) => runMutation(z.object({}), {}, async () => ++ran, { viewer, now });
    for (let i = 0; i < 300; i++) expect((await run(new Date(minute.getTime() + i))).status).toBe(200);
    const refused = await run(new Date(minute.getTime() + 59_000));
    expect(refused.status).toBe(429);
    expect(refused.result).toEqual({
      ok: false,
      formError: "That is more changes in a minute than Worklog takes. Wait 1 second, then try again.",
    });
    expect(ran).toBe(300);
    // In the person's language when they chose one.
    const inVietnamese = await runMutation(z.object({}), {}, async () => ++ran, {
      viewer: { ...viewer, locale: "vi" },
      now: new Date(minute.getTime() + 59_500),
    });
    expect(inVietnamese.result).toEqual({
      ok: false,
      formError: "Bạn đang thay đổi quá nhiều trong một phút. Hãy chờ 1 giây rồi thử lại.",
    });
    expect((await run(new Date(minute.getTime() + 60_000))).status).toBe(200);
  });
});
