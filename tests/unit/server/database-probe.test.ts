// Which errors mean "the database is away" (a 503 that says to retry) rather than a failed query:
// the driver's error as Prisma wraps it, a few causes deep, as seen when PostgreSQL restarts under
// load (the restart bench answered one tick 500 before this looked past the wrapper).
import { describe, expect, it } from "vitest";
import { isConnectionError } from "@/lib/server/database-probe";

describe("isConnectionError", () => {
  it("finds the shutdown in Prisma's wrapper of the driver's error", () => {
    const wrapped = Object.assign(new Error("Invalid `tx.task.update()` invocation"), {
      code: "P2010",
      meta: {
        driverAdapterError: {
          name: "DriverAdapterError",
          cause: { kind: "postgres", originalCode: "57P01", originalMessage: "terminating connection" },
        },
      },
    });
    expect(isConnectionError(wrapped)).toBe(true);
    expect(isConnectionError(new Error("terminating connection due to administrator command"))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("x"), { cause: { cause: { code: "ECONNREFUSED" } } }))).toBe(true);
  });

  it("leaves a failed query alone", () => {
    expect(isConnectionError(Object.assign(new Error("duplicate key value"), { code: "23505" }))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
    expect(isConnectionError("57P01 in a string is not an error object")).toBe(false);
  });
});
